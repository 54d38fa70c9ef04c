/**
 * The summary's chart: completion per dimension as a Mermaid bar chart, which Obsidian renders
 * natively. Labels go through `mermaidLabel` (markdown-escape.ts); the real parser checks them on
 * random text in the tests.
 */
import { t, type Lang } from "../i18n/index.js";
import { mermaidLabel } from "./markdown-escape.js";
import type { DimensionProgress } from "./plan-summary.js";

export function completionChart(progress: readonly DimensionProgress[], lang: Lang, title: string): string {
	const labels = progress.map((p) => mermaidLabel(t(lang, `dimension.${p.dimension}`)));
	const values = progress.map((p) => p.completion ?? 0);
	return [
		"```mermaid",
		"xychart-beta",
		`    title ${mermaidLabel(title)}`,
		`    x-axis [${labels.join(", ")}]`,
		'    y-axis "%" 0 --> 100',
		`    bar [${values.join(", ")}]`,
		"```",
	].join("\n");
}

/** Completion (%) over the last reports as a Mermaid line chart, oldest first (snapshot.ts keeps the counts). */
export function trendChart(points: readonly { readonly date: string; readonly done: number; readonly open: number }[], title: string): string {
	const values = points.map((p) => (p.done + p.open === 0 ? 0 : Math.round((100 * p.done) / (p.done + p.open))));
	return [
		"```mermaid",
		"xychart-beta",
		`    title ${mermaidLabel(title)}`,
		`    x-axis [${points.map((p) => mermaidLabel(p.date)).join(", ")}]`,
		'    y-axis "%" 0 --> 100',
		`    line [${values.join(", ")}]`,
		"```",
	].join("\n");
}
