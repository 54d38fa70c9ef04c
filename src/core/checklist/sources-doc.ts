/**
 * docs/checklist-sources.md, written from the library itself so it cannot drift from it:
 * `npm run docs:checklist` writes it, and a test fails when the committed file is out of date.
 */
import { t } from "../i18n/index.js";
import { DIMENSIONS } from "../plan/dimensions.js";
import type { Library, LibraryItem } from "./library.js";
import { PAPER_SECTIONS } from "./paper-sections.js";

/** Ids the built-in library no longer has: sync retires them in plans; here is why, and what replaced them. */
export const RETIRED_ITEMS: readonly { readonly id: string; readonly why: string; readonly instead: string | null }[] = [
	{
		id: "ck-strategy-agile-trial",
		why: "It asked for small-batch test launches with a stop-loss line, which §4.3 does not say: its 敏捷试错 is iterating products quickly on platform data.",
		instead: "ck-tech-rapid-iteration",
	},
];

export function checklistSourcesMarkdown(library: Pick<Library, "items">): string {
	const items = library.items;
	const out: string[] = [
		"# Checklist sources · 清单来源",
		"",
		"<!-- Generated from templates/checklist-library.md by `npm run docs:checklist`; do not edit by hand. -->",
		"",
		"How the built-in checklist library (`templates/checklist-library.md`) traces back to the paper it is written from.",
		"本页说明内置清单库（`templates/checklist-library.md`）的每一条目出自论文哪一节、在什么条件下适用。",
		"",
		"## How items are derived · 条目如何得出",
		"",
		"Every item restates one management implication of Zhang Jixin (张荠心), *跨境电商对企业国际化经营管理的影响研究* (A Study on the Impact of Cross-Border E-Commerce on Enterprise Internationalization Management), Hans Publishers, 2026, CC BY 4.0, as one action a team can tick off, in the paper's own terms where it has them.",
		"",
		"- The general mechanisms of §3 apply to every plan (`when:: always`), except where §4 says a size, industry or market does it differently.",
		"- The size, industry and market paths of §4 carry the matching condition. §4.1 drives technology: large and medium firms build a global data middle platform and join their systems up; small and micro firms use the platform's infrastructure and lightweight tools instead.",
		"- Where §4 gives a default path (platform-first for small and micro firms, a hybrid model that large and medium firms *may* adopt, an independent site for manufacturers) and the plan's channel departs from it, the item asks the team to reassess its path against that section rather than telling it to switch.",
		"- Actions that only make sense on a platform or an independent site carry a `channel` clause; actions about a bloc's rules carry its name (`market = EU`, `market = RCEP`), which reaches a plan selling in any member state or in a region written as Europe or Southeast Asia.",
		"- Where the paper states an implication only in general terms (the challenges of §2.3, the tensions of §5), the item names the concrete step that addresses it.",
		"",
		"Conditions: `always`, or clauses joined by `;` (all must hold), each `key = value, value` (any of them) or `key != value, value` (none of them; also holds when the plan leaves the key empty). To cite an item, use its block id and its `source::` section, e.g. `[[checklist-library#^ck-strategy-market-scoring]]` (§3.1). Checklist lines written into a plan carry the same id and a `[source:: §…]` field. Ids never change when the wording is edited.",
		"",
		"## Sections to items · 章节与条目",
		"",
		"An id may appear under several sections. 一个条目可对应多个章节。",
		"",
		"| section 章节 | title 标题 | items 条目 |",
		"|---|---|---|",
	];
	for (const section of PAPER_SECTIONS) {
		const cited = items.filter((i) => i.sources.includes(section.id)).map((i) => `\`${i.id}\``);
		out.push(`| ${section.id} | ${cell(section.zh)} · ${cell(section.en)} | ${cited.join(", ") || "—"} |`);
	}
	const unknown = [...new Set(items.flatMap((i) => i.sources))].filter((s) => !PAPER_SECTIONS.some((p) => p.id === s));
	for (const s of unknown) out.push(`| ${cell(s)} | (not a section of the paper) | ${items.filter((i) => i.sources.includes(s)).map((i) => `\`${i.id}\``).join(", ")} |`);

	const counts = DIMENSIONS.map((d) => `${d} ${items.filter((i) => i.dimension === d).length}`).join(", ");
	out.push("", "## All items · 全部条目", "", `${items.length} items, in library order (${counts}). 共 ${items.length} 条，按清单库顺序排列。`);
	for (const d of DIMENSIONS) {
		out.push("", `### ${t("en", `dimension.${d}`)} · ${t("zh", `dimension.${d}`)}`, "", "| id | when 适用条件 | source 出处 | 中文 | English |", "|---|---|---|---|---|");
		for (const item of items.filter((i) => i.dimension === d)) out.push(row(item));
	}

	out.push("", "## Retired ids · 已停用的标识", "", "Sync marks these in plans as retired (`[-]` and `[retired:: date]`), never deletes them. 同步时这些条目在规划中标为停用，不会删除。", "");
	const gone = RETIRED_ITEMS.filter((r) => !items.some((i) => i.id === r.id));
	if (gone.length === 0) out.push("None. 无。");
	for (const r of gone) out.push(`- \`${r.id}\`: ${r.why}${r.instead ? ` Instead: \`${r.instead}\`.` : ""}`);
	return out.join("\n") + "\n";
}

function row(item: LibraryItem): string {
	return `| \`${item.id}\` | \`${cell(item.when)}\` | ${item.sources.map(cell).join(", ")} | ${cell(item.zh)} | ${cell(item.en)} |`;
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
	return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}
