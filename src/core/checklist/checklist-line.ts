/** How a checklist item is written into a plan: one task line, in the plan's language, cited and identified. */
import type { PlanLang } from "../plan/profile.js";
import type { ApplicableItem } from "./applicability.js";
import type { LibraryItem } from "./library.js";

export function wording(item: LibraryItem, lang: PlanLang): string {
	return lang === "en" ? item.en : lang === "zh" ? item.zh : `${item.zh} / ${item.en}`;
}

/** `- [ ] 文本 [market:: SG] [source:: §3.1] ^ck-…` — fields Dataview reads, an id Obsidian links to. */
export function checklistLine({ item, markets }: ApplicableItem, lang: PlanLang, indent = ""): string {
	const market = markets ? ` [market:: ${markets.join(", ")}]` : "";
	return `${indent}- [ ] ${wording(item, lang)}${market} [source:: ${item.sources.join(", ")}] ^${item.id}`;
}
