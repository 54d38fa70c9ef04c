/**
 * A plan summary as markdown, in English or Chinese: what a strategist sends to leadership. Every
 * value from a note goes through markdown-escape.ts for where it lands, so the summary holds the
 * blocks written here and no others, whatever the notes say.
 */
import { t, type Lang } from "../i18n/index.js";
import { DIMENSIONS } from "../plan/dimensions.js";
import { basename, type ListedItem } from "../plan/items.js";
import { blockStart, codeSpan, headingText, inline, noteLink } from "./markdown-escape.js";
import { completionChart, trendChart } from "./mermaid.js";
import { roadmap, ROADMAP_PER_DIMENSION } from "./roadmap.js";
import type { DimensionProgress, Gap, NextStep, PlanSummary } from "./plan-summary.js";
import { snapshotLine, type SinceLast, type Snapshot, type TrendPoint } from "./snapshot.js";

/** What changed since the last report, and this one's record to keep at the end of the note (none when only shown). */
export interface ReportRecord {
	readonly snapshot?: Snapshot;
	readonly since: SinceLast<ListedItem> | null;
}

/** Tasks named per line of "since the last report"; the rest are counted. */
const SINCE_ITEMS = 5;

const LIST_LIMIT = 10;

/**
 * Punctuation by language: Chinese takes full-width brackets and commas, 、 between listed things and
 * —— as a dash, with no spaces around them; English its own.
 */
interface Punct {
	readonly open: string;
	readonly close: string;
	readonly comma: string;
	readonly list: string;
	readonly dash: string;
}
const PUNCT: Readonly<Record<Lang, Punct>> = {
	en: { open: " (", close: ")", comma: ", ", list: ", ", dash: " — " },
	zh: { open: "（", close: "）", comma: "，", list: "、", dash: "——" },
};

/**
 * `report`, for a summary that is written to a note: what changed since the last report is shown
 * after the next steps, and this report's record ends the text (snapshot.ts).
 */
export function summaryMarkdown(s: PlanSummary, lang: Lang, report?: ReportRecord): string {
	const p = PUNCT[lang];
	const out: string[] = [];
	const heading = (key: Parameters<typeof t>[1]): void => void out.push("", `## ${t(lang, key)}`, "");
	out.push(`# ${headingText(t(lang, "summary.title", { title: inline(s.plan.title) }))}`, "", t(lang, "summary.generated", { date: s.today }));

	heading("summary.profile");
	out.push(profileLine(s, lang));

	// Decisions first: what is late, what is stuck, what the paper warns of, what to do next.
	heading("summary.overdue");
	list(out, s.overdue, lang, "summary.overdue.none", (o) => `${t(lang, "summary.overdue.item", { text: inline(o.item.text), due: inline(o.item.fields.due ?? ""), days: o.daysLate })} ${source(o.item)}`);

	if (s.blocked.length > 0) {
		heading("summary.blocked");
		list(out, s.blocked, lang, "summary.blocked", (b) => {
			const on = b.waitingOn.map((w) => (typeof w === "string" ? t(lang, "summary.blocked.unknown", { id: codeSpan(w) }) : inline(w.text))).join(p.list);
			return `${itemLine(b.item, lang)}${p.dash}${t(lang, "summary.blocked.on", { items: on })}`;
		});
	}

	heading("summary.risks");
	if (s.risks.length === 0) out.push(t(lang, "summary.risks.none"));
	for (const r of s.risks) {
		const where = r.markets.length > 0 ? ` · ${t(lang, "summary.risk.markets", { markets: r.markets.map((m) => inline(m)).join(p.list) })}` : "";
		out.push(`- ${blockStart(`**${t(lang, `risk.${r.id}`)}**${p.dash}${r.sources.map((x) => inline(x)).join(p.list)}${where}`)}`);
		for (const item of r.open.slice(0, RISK_ITEMS)) out.push(`    - ${blockStart(itemLine(item, lang))}`);
		if (r.open.length > RISK_ITEMS) out.push(`    - ${t(lang, "summary.more", { count: r.open.length - RISK_ITEMS })}`);
		if (r.notInPlan.length > 0) out.push(`    - ${t(lang, "summary.risk.notInPlan", { count: r.notInPlan.length, ids: r.notInPlan.map((id) => codeSpan(`^${id}`)).join(p.list) })}`);
		if (r.open.length === 0 && r.notInPlan.length === 0) out.push(`    - ${t(lang, "summary.risk.noOpen")}`);
	}

	heading("summary.next");
	if (s.next.length === 0) out.push(t(lang, "summary.next.none"));
	s.next.forEach((n, i) => out.push(`${i + 1}. ${blockStart(nextLine(n, lang))}`));

	if (report?.since) sinceSection(out, report.since, lang, heading);

	// Then the state of the plan, and the lists behind the decisions.
	heading("summary.progress");
	const cols = ["summary.col.dimension", "summary.col.done", "summary.col.inProgress", "summary.col.open", "summary.col.cancelled", "summary.col.completion"] as const;
	out.push(`| ${cols.map((c) => t(lang, c)).join(" | ")} |`, `| --- | ${cols.slice(1).map(() => "---:").join(" | ")} |`);
	for (const pr of s.progress) out.push(progressRow(t(lang, `dimension.${pr.dimension}`), pr));
	out.push(progressRow(`**${t(lang, "summary.overall")}**`, s.overall));
	out.push("", completionChart(s.progress, lang, t(lang, "summary.chart")));

	// The unsorted tray's dated tasks have a section too: the roadmap leaves out no dated task.
	const road = roadmap(s.plan, [...s.dated, ...s.unsorted], s.today, lang);
	if (road.block !== null) {
		heading("summary.roadmap");
		out.push(road.block);
		if (road.left > 0) out.push("", t(lang, "summary.roadmap.left", { count: road.left, per: ROADMAP_PER_DIMENSION }));
	}

	heading("summary.top");
	const anyUrgent = DIMENSIONS.some((d) => s.urgent[d].length > 0);
	if (!anyUrgent) out.push(t(lang, "summary.top.none"));
	for (const d of DIMENSIONS) {
		if (s.urgent[d].length === 0) continue;
		out.push(`- **${t(lang, `dimension.${d}`)}**`);
		for (const item of s.urgent[d]) out.push(`    - ${blockStart(itemLine(item, lang))}`);
	}

	// Only when there are any: most plans have none, and the summary stays short.
	if (s.unsorted.length > 0) {
		heading("summary.unsorted");
		out.push(t(lang, "summary.unsorted.intro", { count: s.unsorted.length }), "");
		list(out, s.unsorted, lang, "summary.unsorted.intro", (i) => itemLine(i, lang));
	}

	heading("summary.noOwner");
	list(out, s.withoutOwner, lang, "summary.noOwner.none", (i) => itemLine(i, lang));

	heading("summary.gaps");
	// How many per dimension first: the list below is capped.
	if (s.gaps.length > LIST_LIMIT) {
		const counts = DIMENSIONS.map((d) => [d, s.gaps.filter((g) => g.dimension === d).length] as const).filter(([, n]) => n > 0);
		out.push(t(lang, "summary.gaps.count", { count: s.gaps.length, byDimension: counts.map(([d, n]) => `${t(lang, `dimension.${d}.short`)} ${n}`).join(" · ") }), "");
	}
	list(out, s.gaps, lang, "summary.gaps.none", (g) => gapLine(g, lang));
	if (report?.snapshot) out.push("", snapshotLine(report.snapshot));
	return out.join("\n") + "\n";
}

/** What was done, became overdue or was added since the last report, and the completion trend. */
function sinceSection(out: string[], since: SinceLast<ListedItem>, lang: Lang, heading: (key: Parameters<typeof t>[1]) => void): void {
	const p = PUNCT[lang];
	const title = since.ref === undefined ? t(lang, "summary.since", { date: since.date }) : t(lang, "summary.sinceRef", { ref: inline(since.ref), date: since.date });
	out.push("", `## ${headingText(title)}`, "");
	const lines = (
		[
			["summary.since.done", since.done],
			["summary.since.overdue", since.overdue],
			["summary.since.added", since.added],
		] as const
	).filter(([, items]) => items.length > 0);
	if (lines.length === 0) out.push(t(lang, "summary.since.nothing"));
	for (const [key, items] of lines) {
		const named = items.slice(0, SINCE_ITEMS).map((i) => inline(i.text));
		if (items.length > SINCE_ITEMS) named.push(t(lang, "summary.more", { count: items.length - SINCE_ITEMS }));
		out.push(`- ${blockStart(`**${t(lang, key)}**${p.open}${items.length}${p.close}${lang === "zh" ? "：" : ": "}${named.join(p.list)}`)}`);
	}
	if (since.history.length >= 2) {
		heading("summary.trend");
		out.push(`| ${t(lang, "summary.col.report")} | ${t(lang, "summary.col.done")} | ${t(lang, "summary.col.notDone")} | ${t(lang, "summary.col.completion")} |`, "| --- | ---: | ---: | ---: |");
		for (const point of since.history) out.push(trendRow(point));
		out.push("", trendChart(since.history, t(lang, "summary.trend")));
	}
}

function trendRow(point: TrendPoint): string {
	const total = point.done + point.open;
	return `| ${point.date} | ${point.done} | ${point.open} | ${total === 0 ? "—" : `${Math.round((100 * point.done) / total)}%`} |`;
}

function profileLine(s: PlanSummary, lang: Lang): string {
	const p = s.plan.profile;
	const punct = PUNCT[lang];
	const parts = [
		p.company && inline(p.company),
		p.size && t(lang, `size.${p.size}`),
		p.industry && t(lang, `industry.${p.industry}`),
		p.channel && t(lang, `channel.${p.channel}`),
		p.markets.length ? p.markets.map((m) => `${inline(m.code)}${punct.open}${t(lang, `market.${m.type}`)}${punct.close}`).join(punct.list) : null,
		p.platforms.length ? p.platforms.map((x) => inline(x)).join(punct.list) : null,
		p.owner && t(lang, "show.owner", { owner: inline(p.owner) }),
		p.horizon && t(lang, "show.horizon", { date: inline(p.horizon) }),
	].filter((x): x is string => Boolean(x));
	return blockStart(`${parts.join(" · ")}${punct.dash}${noteLink(s.plan.path, s.plan.title)}`);
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
	const p = PUNCT[lang];
	return `${inline(item.text)}${fields.length ? `${p.open}${fields.join(p.comma)}${p.close}` : ""} ${source(item)}`;
}

function gapLine(g: Gap, lang: Lang): string {
	const kind = t(lang, g.kind === "missing" ? "summary.gaps.missing" : "summary.gaps.untouched");
	const p = PUNCT[lang];
	return `${inline(lang === "zh" ? g.zh : g.en)}${p.dash}${t(lang, `dimension.${g.dimension}.short`)}${p.comma}${sources(g, lang)}${p.comma}${kind}${p.open}${codeSpan(`^${g.id}`)}${p.close}`;
}

function nextLine(n: NextStep, lang: Lang): string {
	switch (n.kind) {
		case "overdue":
			return t(lang, "summary.next.overdue", { text: inline(n.item.text), due: inline(n.item.fields.due ?? "") });
		case "urgent":
			return t(lang, "summary.next.urgent", { text: inline(n.item.text) });
		case "gap":
			return t(lang, "summary.next.gap", { text: inline(lang === "zh" ? n.gap.zh : n.gap.en), source: sources(n.gap, lang) });
		case "owners":
			return t(lang, "summary.next.owner", { count: n.count });
		case "unsorted":
			return t(lang, "summary.next.unsorted", { count: n.count });
	}
}

/**
 * Where an item is: its note, by title (a line number means nothing to a reader, and Obsidian cannot
 * open one); straight to the item when it has a block id.
 */
function source(item: ListedItem): string {
	return noteLink(item.path, basename(item.path), "text", item.blockId);
}

function sources(g: Gap, lang: Lang): string {
	return g.sources.map((x) => inline(x)).join(PUNCT[lang].list);
}
