/** The head of a plan's quadrants: its title, the company profile as chips, and overall progress. */
import { t, type Lang, type Market, type Profile } from "../../core/index.js";
import type { QuadrantModel } from "./quadrant-render.js";

export function renderHeader(parent: HTMLElement, model: QuadrantModel): void {
	const { lang } = model;
	const header = parent.createDiv({ cls: "intl-plan-header" });
	header.createEl("h3", { cls: "intl-plan-title", text: model.title });
	if (model.profile) renderProfile(header, model.profile, lang);
	const done = model.quadrants.reduce((n, q) => n + q.done, 0);
	const total = model.quadrants.reduce((n, q) => n + q.total, 0);
	const row = header.createDiv({ cls: "intl-plan-overall" });
	progressBar(row, done, total);
	row.createSpan({ cls: "intl-plan-progress-label", text: t(lang, "show.progress", { done, total }) });
}

function renderProfile(header: HTMLElement, profile: Profile, lang: Lang): void {
	const chips = header.createDiv({ cls: ["intl-plan-chips", "intl-plan-profile"] });
	const chip = (kind: string, text: string): HTMLElement => chips.createSpan({ cls: ["intl-plan-chip", `intl-plan-chip-${kind}`], text });
	if (profile.size) chip("size", t(lang, `size.${profile.size}`));
	if (profile.industry) chip("industry", t(lang, `industry.${profile.industry}`));
	for (const type of ["developed", "emerging"] as const) {
		const markets = profile.markets.filter((m: Market) => m.type === type);
		if (markets.length === 0) continue;
		const text = t(lang, "show.markets", { markets: markets.map((m) => m.code).join(", "), type: t(lang, `market.${type}`) });
		chip(`market-${type}`, text);
	}
	if (profile.channel) chip("channel", t(lang, `channel.${profile.channel}`));
}

/** A native <progress>: its value is an attribute, so the bar needs no inline style. */
export function progressBar(parent: HTMLElement, done: number, total: number): HTMLProgressElement {
	const bar = parent.createEl("progress", { cls: "intl-plan-progress" });
	bar.max = Math.max(total, 1);
	bar.value = done;
	return bar;
}
