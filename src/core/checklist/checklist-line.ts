/** How a checklist item is written into a plan: one task line, in the plan's language, cited and identified. */
import type { PlanLang } from "../plan/profile.js";
import { oneLine } from "../text/one-line.js";
import type { ApplicableItem } from "./applicability.js";
import type { LibraryItem } from "./library.js";

/** On one line whatever the library holds: a wording with a line break would add lines to the plan. */
export function wording(item: LibraryItem, lang: PlanLang): string {
	return oneLine(lang === "en" ? item.en : lang === "zh" ? item.zh : `${item.zh} / ${item.en}`);
}

/** `- [ ] 文本 [market:: SG] [source:: §3.1] ^ck-…` — fields Dataview reads, an id Obsidian links to. */
export function checklistLine({ item, markets }: ApplicableItem, lang: PlanLang, indent = ""): string {
	const market = markets ? ` [market:: ${oneLine(markets.join(", "))}]` : "";
	return `${indent}- [ ] ${wording(item, lang)}${market} [source:: ${oneLine(item.sources.join(", "))}] ^${item.id}`;
}
