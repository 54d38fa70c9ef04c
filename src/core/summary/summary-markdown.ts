/**
 * A plan summary as markdown, in English or Chinese: what a strategist sends to leadership. Every
 * value from a note goes through markdown-escape.ts for where it lands, so the summary holds the
 * blocks written here and no others, whatever the notes say.
 */
import { t, type Lang } from "../i18n/index.js";
import { DIMENSIONS } from "../plan/dimensions.js";
import { basename, type ListedItem } from "../plan/items.js";
import { blockStart, codeSpan, headingText, inline, noteLink } from "./markdown-escape.js";
import { completionChart } from "./mermaid.js";
import type { DimensionProgress, Gap, NextStep, PlanSummary } from "./plan-summary.js";

const LIST_LIMIT = 10;

export function summaryMarkdown(s: PlanSummary, lang: Lang): string {
	const out: string[] = [];
	const heading = (key: Parameters<typeof t>[1]): void => void out.push("", `## ${t(lang, key)}`, "");
	out.push(`# ${headingText(t(lang, "summary.title", { title: inline(s.plan.title) }))}`, "", t(lang, "summary.generated", { date: s.today }));

	heading("summary.profile");
	out.push(profileLine(s, lang));

	heading("summary.progress");
	const cols = ["summary.col.dimension", "summary.col.done", "summary.col.inProgress", "summary.col.open", "summary.col.cancelled", "summary.col.completion"] as const;
	out.push(`| ${cols.map((c) => t(lang, c)).join(" | ")} |`, `| --- | ${cols.slice(1).map(() => "---:").join(" | ")} |`);
	for (const p of s.progress) out.push(progressRow(t(lang, `dimension.${p.dimension}`), p));
	out.push(progressRow(`**${t(lang, "summary.overall")}**`, s.overall));
	out.push("", completionChart(s.progress, lang, t(lang, "summary.chart")));

	heading("summary.overdue");
	list(out, s.overdue, lang, "summary.overdue.none", (o) => `${t(lang, "summary.overdue.item", { text: inline(o.item.text), due: inline(o.item.fields.due ?? ""), days: o.daysLate })} ${source(o.item)}`);

	heading("summary.top");
	const anyUrgent = DIMENSIONS.some((d) => s.urgent[d].length > 0);
	if (!anyUrgent) out.push(t(lang, "summary.top.none"));
	for (const d of DIMENSIONS) {
		if (s.urgent[d].length === 0) continue;
		out.push(`- **${t(lang, `dimension.${d}`)}**`);
		for (const item of s.urgent[d]) out.push(`    - ${blockStart(itemLine(item, lang))}`);
	}

	heading("summary.noOwner");
	list(out, s.withoutOwner, lang, "summary.noOwner.none", (i) => itemLine(i, lang));

	// Only when there are any: most plans have none, and the summary stays short.
	if (s.unsorted.length > 0) {
		heading("summary.unsorted");
		out.push(t(lang, "summary.unsorted.intro", { count: s.unsorted.length }), "");
		list(out, s.unsorted, lang, "summary.unsorted.intro", (i) => itemLine(i, lang));
	}

	heading("summary.gaps");
	// How many per dimension first: the list below is capped.
	if (s.gaps.length > LIST_LIMIT) {
		const counts = DIMENSIONS.map((d) => [d, s.gaps.filter((g) => g.dimension === d).length] as const).filter(([, n]) => n > 0);
		out.push(t(lang, "summary.gaps.count", { count: s.gaps.length, byDimension: counts.map(([d, n]) => `${t(lang, `dimension.${d}.short`)} ${n}`).join(" · ") }), "");
	}
	list(out, s.gaps, lang, "summary.gaps.none", (g) => gapLine(g, lang));

	heading("summary.risks");
	if (s.risks.length === 0) out.push(t(lang, "summary.risks.none"));
	for (const r of s.risks) {
		const where = r.markets.length > 0 ? ` · ${t(lang, "summary.risk.markets", { markets: r.markets.map((m) => inline(m)).join(", ") })}` : "";
		out.push(`- ${blockStart(`**${t(lang, `risk.${r.id}`)}** — ${r.sources.map((x) => inline(x)).join(", ")}${where}`)}`);
		for (const item of r.open.slice(0, RISK_ITEMS)) out.push(`    - ${blockStart(itemLine(item, lang))}`);
		if (r.open.length > RISK_ITEMS) out.push(`    - ${t(lang, "summary.more", { count: r.open.length - RISK_ITEMS })}`);
		if (r.notInPlan.length > 0) out.push(`    - ${t(lang, "summary.risk.notInPlan", { count: r.notInPlan.length, ids: r.notInPlan.map((id) => codeSpan(`^${id}`)).join(", ") })}`);
		if (r.open.length === 0 && r.notInPlan.length === 0) out.push(`    - ${t(lang, "summary.risk.noOpen")}`);
	}

	heading("summary.next");
	if (s.next.length === 0) out.push(t(lang, "summary.next.none"));
	s.next.forEach((n, i) => out.push(`${i + 1}. ${blockStart(nextLine(n, lang))}`));
	return out.join("\n") + "\n";
}

function profileLine(s: PlanSummary, lang: Lang): string {
	const p = s.plan.profile;
	const parts = [
		p.company && inline(p.company),
		p.size && t(lang, `size.${p.size}`),
		p.industry && t(lang, `industry.${p.industry}`),
		p.channel && t(lang, `channel.${p.channel}`),
		p.markets.length ? p.markets.map((m) => `${inline(m.code)} (${t(lang, `market.${m.type}`)})`).join(", ") : null,
		p.platforms.length ? p.platforms.map((x) => inline(x)).join(", ") : null,
		p.owner && t(lang, "show.owner", { owner: inline(p.owner) }),
		p.horizon && t(lang, "show.horizon", { date: inline(p.horizon) }),
	].filter((x): x is string => Boolean(x));
	return blockStart(`${parts.join(" · ")} — ${noteLink(s.plan.path, s.plan.title)}`);
}

function progressRow(label: string, p: DimensionProgress): string {
	const c = p.counts;
	return `| ${label} | ${c.done} | ${c["in-progress"]} | ${c.open} | ${c.cancelled} | ${p.completion === null ? "—" : `${p.completion}%`} |`;
}

/** Open tasks shown under each risk; the rest are counted. */
const RISK_ITEMS = 3;

function list<T>(out: string[], items: readonly T[], lang: Lang, none: Parameters<typeof t>[1], line: (x: T) => string): void {
	if (items.length === 0) return void out.push(t(lang, none));
	for (const x of items.slice(0, LIST_LIMIT)) out.push(`- ${blockStart(line(x))}`);
	if (items.length > LIST_LIMIT) out.push(`- ${t(lang, "summary.more", { count: items.length - LIST_LIMIT })}`);
}

const PRIORITIES = ["highest", "high", "medium", "low", "lowest"] as const;
function isPriority(value: string | undefined): value is (typeof PRIORITIES)[number] {
	return (PRIORITIES as readonly (string | undefined)[]).includes(value);
}

function itemLine(item: ListedItem, lang: Lang): string {
	const fields = [
		item.fields.owner ? t(lang, "summary.field.owner", { owner: inline(item.fields.owner) }) : null,
		// Priority orders the lists, so it is said.
		isPriority(item.fields.priority) ? t(lang, "summary.field.priority", { priority: t(lang, `view.priority.${item.fields.priority}`) }) : null,
		item.fields.due ? t(lang, "summary.field.due", { date: inline(item.fields.due) }) : null,
		item.fields.market ? inline(item.fields.market) : null,
	].filter((x): x is string => x !== null);
	return `${inline(item.text)}${fields.length ? ` (${fields.join(", ")})` : ""} ${source(item)}`;
}

function gapLine(g: Gap, lang: Lang): string {
	const kind = t(lang, g.kind === "missing" ? "summary.gaps.missing" : "summary.gaps.untouched");
	return `${inline(lang === "zh" ? g.zh : g.en)} — ${t(lang, `dimension.${g.dimension}.short`)}, ${sources(g)}, ${kind} (${codeSpan(`^${g.id}`)})`;
}

function nextLine(n: NextStep, lang: Lang): string {
	switch (n.kind) {
		case "overdue":
			return t(lang, "summary.next.overdue", { text: inline(n.item.text), due: inline(n.item.fields.due ?? "") });
		case "urgent":
			return t(lang, "summary.next.urgent", { text: inline(n.item.text) });
		case "gap":
			return t(lang, "summary.next.gap", { text: inline(lang === "zh" ? n.gap.zh : n.gap.en), source: sources(n.gap) });
		case "owners":
			return t(lang, "summary.next.owner", { count: n.count });
		case "unsorted":
			return t(lang, "summary.next.unsorted", { count: n.count });
	}
}

/** A link to the item's note and line, readable in Obsidian and in plain text. */
/**
 * Where an item is: its note, by title (a line number means nothing to a reader, and Obsidian cannot
 * open one); straight to the item when it has a block id.
 */
function source(item: ListedItem): string {
	return noteLink(item.path, basename(item.path), "text", item.blockId);
}

function sources(g: Gap): string {
	return g.sources.map((x) => inline(x)).join(", ");
}
