/**
 * The plan summary as one self-contained HTML file, for leadership outside Obsidian (issue 14 item 11):
 * the summary's markdown (escaped for markdown already) turned into HTML by remark-rehype with raw HTML
 * dropped, so nothing from a note becomes markup; the two Mermaid charts, which need Obsidian to draw,
 * replaced by charts drawn in plain HTML and CSS from the same figures (completion bars; the roadmap as
 * lanes of bars placed by their days, core/plan/timeline.ts); a stylesheet inlined, print-friendly for a
 * PDF from the browser. No script, no external file, no link into the vault (note names are text).
 */
import type { Element, ElementContent, Root } from "hast";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { t, type Lang } from "../i18n/index.js";
import { LABEL_BEFORE_FROM, timeline } from "../plan/timeline.js";
import type { ListedItem } from "../plan/items.js";
import type { PlanSummary } from "./plan-summary.js";
import type { SinceLast } from "./snapshot.js";
import { summaryMarkdown, type ReportRecord } from "./summary-markdown.js";

/** Marks a file this generator wrote (the plugin and the CLI replace only such a file). */
export const HTML_GENERATOR = "intl-plan summary";

/** Whether a file's text is a report this generator wrote (it says so in its head). */
export function isGeneratedReport(text: string): boolean {
	return text.includes(`<meta name="generator" content="${HTML_GENERATOR}">`);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).freeze();

export function summaryHtml(s: PlanSummary, lang: Lang, report?: Pick<ReportRecord, "since">): string {
	return reportsHtml([{ summary: s, lang, since: report?.since ?? null }]);
}

export interface HtmlReport {
	readonly summary: PlanSummary;
	readonly lang: Lang;
	readonly since: SinceLast<ListedItem> | null;
}

/** Several plans' reports as one file (the CLI's summary of every plan): one article each, each on a new page when printed. */
export function reportsHtml(reports: readonly HtmlReport[]): string {
	const lang = reports[0]?.lang ?? "en";
	const articles = reports.map((r) => {
		// What changed since the last report is shown; the record itself belongs to the note, not here.
		const markdown = readableLinks(summaryMarkdown(r.summary, r.lang, r.since ? { since: r.since } : undefined), true);
		const tree = processor.runSync(processor.parse(markdown));
		replaceCharts(tree, r.summary, r.lang, r.since);
		noteNames(tree);
		return `<article class="report" lang="${htmlLang(r.lang)}">\n${processor.stringify(tree)}\n</article>`;
	});
	const only = reports.length === 1 ? reports[0] : undefined;
	const title = only ? t(only.lang, "summary.title", { title: only.summary.plan.title }) : t(lang, "summary.reportsTitle", { count: reports.length });
	return [
		"<!doctype html>",
		`<html lang="${htmlLang(lang)}">`,
		"<head>",
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta name="generator" content="${HTML_GENERATOR}">`,
		`<title>${escapeHtml(title)}</title>`,
		`<style>${STYLE}</style>`,
		"</head>",
		"<body><main>",
		...articles,
		"</main></body>",
		"</html>",
		"",
	].join("\n");
}

const htmlLang = (lang: Lang): string => (lang === "zh" ? "zh-CN" : "en");

/**
 * Links into the vault mean nothing in a file sent by mail: a wikilink reads as its text, a note link as
 * its title, marked (`mark`) so the note's name can be set apart once the markdown is HTML (`noteNames`).
 */
function readableLinks(markdown: string, mark = false): string {
	const name = (shown: string): string => (mark ? `${NAME_OPEN}${shown}${NAME_CLOSE}` : shown);
	return markdown
		.replace(/\[\[(?:[^\]|\n]*)\|([^\]\n]*)\]\]/g, (_, shown: string) => name(shown))
		.replace(/\[\[([^\]\n]*)\]\]/g, (_, shown: string) => name(shown))
		.replace(/\[([^\]\n]*)\]\(<[^>\n]*>\)/g, (_, shown: string) => name(shown));
}

/** Private-use characters around a note's name between markdown and HTML (a note holding them just shows them). */
const NAME_OPEN = "\uE000";
const NAME_CLOSE = "\uE001";

/** Each marked note name becomes `<span class="note">`, read as the source of the line it ends. */
function noteNames(parent: Root | Element): void {
	parent.children = parent.children.flatMap((node): (typeof parent.children)[number][] => {
		if (node.type === "element") noteNames(node);
		if (node.type !== "text" || !node.value.includes(NAME_OPEN)) return [node];
		return node.value.split(/(\uE000[^\uE001]*\uE001)/).flatMap((part): ElementContent[] => {
			if (part === "") return [];
			return part.startsWith(NAME_OPEN) && part.endsWith(NAME_CLOSE) ? [el("span", "note", [text(part.slice(1, -1))])] : [text(part)];
		});
	});
}

function el(tagName: string, className: string | null, children: ElementContent[] = [], style?: string): Element {
	const properties: Record<string, string | string[]> = {};
	if (className) properties.className = className.split(" ");
	if (style) properties.style = style;
	return { type: "element", tagName, properties, children };
}
const text = (value: string): ElementContent => ({ type: "text", value });
const pct = (x: number): string => `${(Math.max(0, Math.min(1, x)) * 100).toFixed(2)}%`;

/** The ```mermaid blocks, told apart by what they draw: completion bars, the trend line, the roadmap. */
function replaceCharts(tree: Root, s: PlanSummary, lang: Lang, since: SinceLast<ListedItem> | null): void {
	const visit = (parent: Root | Element): void => {
		parent.children.forEach((node, i) => {
			if (node.type !== "element") return;
			const code = node.tagName === "pre" ? node.children.find((c): c is Element => c.type === "element" && c.tagName === "code") : undefined;
			const classes = code?.properties.className;
			if (code && Array.isArray(classes) && classes.includes("language-mermaid")) {
				const source = code.children.map((c) => (c.type === "text" ? c.value : "")).join("");
				parent.children[i] = source.startsWith("gantt") ? roadmapLanes(s, lang) : /\n\s*line \[/.test(source) ? trendBars(since, lang) : completionBars(s, lang);
				return;
			}
			visit(node);
		});
	};
	visit(tree);
}

/** Completion over the last reports: a bar per report. */
function trendBars(since: SinceLast<ListedItem> | null, lang: Lang): Element {
	const rows = (since?.history ?? []).map((p) => {
		const total = p.done + p.open;
		const value = total === 0 ? 0 : Math.round((100 * p.done) / total);
		return el("div", "bar-row", [el("span", "bar-label", [text(p.date)]), el("span", "bar-track", [el("span", "bar-fill", [], `width: ${value}%`)]), el("span", "bar-value", [text(`${value}%`)])]);
	});
	return el("figure", "chart trend", [el("figcaption", null, [text(t(lang, "summary.trend"))]), ...rows]);
}

function completionBars(s: PlanSummary, lang: Lang): Element {
	const rows = s.progress.map((p) =>
		el("div", `bar-row dim-${p.dimension}`, [
			el("span", "bar-label", [text(t(lang, `dimension.${p.dimension}`))]),
			el("span", "bar-track", [el("span", "bar-fill", [], `width: ${p.completion ?? 0}%`)]),
			el("span", "bar-value", [text(p.completion === null ? "—" : `${p.completion}%`)]),
		]),
	);
	return el("figure", "chart completion", [el("figcaption", null, [text(t(lang, "summary.chart"))]), ...rows]);
}

function roadmapLanes(s: PlanSummary, lang: Lang): Element {
	const tl = timeline([...s.dated, ...s.unsorted], s.plan.profile, s.today);
	if (!tl) return el("p", null, [text(t(lang, "timeline.empty"))]);
	const axis = el("div", "axis", [el("span", "tick", [text(tl.from.slice(0, 7))], "left: 0%"), ...tl.months.map((m) => el("span", "tick", [text(m.date.slice(0, 7))], `left: ${pct(m.at)}`))]);
	const lanes = tl.lanes.map((lane) => {
		const marks: ElementContent[] = [];
		if (tl.today >= 0) marks.push(el("span", "today", [], `left: ${pct(tl.today)}`));
		if (tl.horizon) marks.push(el("span", "horizon", [], `left: ${pct(tl.horizon.at)}`));
		for (const e of tl.entries) marks.push(el("span", "entry", [], `left: ${pct(e.at)}`));
		const bars = lane.bars.map((bar) => {
			const status = bar.item.status ?? "open";
			return el("div", "row", [
				el("span", `bar ${status}${bar.overdue ? " overdue" : ""}`, [], `left: ${pct(bar.left)}; width: ${pct(bar.width)}`),
				el("span", "bar-text", [text(`${readableLinks(bar.item.text)} · ${bar.start === bar.end ? bar.start : `${bar.start} – ${bar.end}`}`)], `margin-left: ${pct(Math.min(bar.left, 0.6))}`),
			]);
		});
		return el("section", `lane dim-${lane.dimension ?? "none"}`, [el("h4", null, [text(lane.dimension ? t(lang, `dimension.${lane.dimension}`) : t(lang, "timeline.unsorted"))]), el("div", "track", [...marks, ...bars])]);
	});
	// The plan's own dates lead, one row each, as on the view's Timeline tab.
	const flags = [
		...tl.entries.map((e) => ({ at: e.at, label: t(lang, "timeline.entry", { market: e.entry.market, date: e.date }), kind: "entry" })),
		...(tl.horizon ? [{ at: tl.horizon.at, label: t(lang, "timeline.horizonFlag", { date: tl.horizon.date }), kind: "horizon" }] : []),
	];
	if (flags.length > 0) {
		const rows = flags.map((f) => {
			const before = f.at >= LABEL_BEFORE_FROM;
			return el("div", "row", [el("span", `flag ${f.kind}${before ? " end" : ""}`, [text(f.label)], before ? `right: ${pct(1 - f.at)}` : `left: ${pct(f.at)}`)]);
		});
		lanes.unshift(el("section", "lane milestones", [el("h4", null, [text(t(lang, "summary.roadmap.milestones"))]), el("div", "track", rows)]));
	}
	const notes = [tl.horizon ? t(lang, "timeline.horizon", { date: tl.horizon.date }) : null, tl.undated > 0 ? t(lang, "timeline.undated", { count: tl.undated }) : null].filter((x): x is string => x !== null);
	return el("figure", "chart roadmap", [axis, ...lanes, ...(notes.length ? [el("figcaption", null, [text(notes.join(" · "))])] : [])]);
}

export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

const STYLE = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --strategy: #0969da; --technology: #8250df; --marketing: #bc4c00; --compliance: #cf222e; --none: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.55 -apple-system, "Segoe UI", "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
.report { max-width: 960px; margin: 0 auto; padding: 32px 24px 48px; overflow-wrap: anywhere; }
.report + .report { border-top: 2px solid var(--line); }
h1 { font-size: 1.7em; margin: 0 0 .3em; } h2 { font-size: 1.25em; margin: 1.6em 0 .5em; padding-bottom: .2em; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05em; } h4 { margin: 0 0 .4em; font-size: .95em; }
p, li { color: var(--ink); } ul, ol { padding-left: 1.4em; }
.note { color: var(--muted); font-size: .9em; }
.note::before { content: "· "; }
code { background: var(--panel); border-radius: 4px; padding: 0 .3em; font-size: .9em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; } td:not(:first-child) { text-align: right; }
.chart { margin: 1em 0; padding: 12px 16px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }
.chart figcaption { color: var(--muted); font-size: .85em; margin-top: .4em; }
.bar-row { display: grid; grid-template-columns: minmax(6em, 14em) 1fr 3.5em; gap: 8px; align-items: center; margin: 4px 0; }
.bar-track { height: 12px; background: #e6eaef; border-radius: 6px; overflow: hidden; }
.bar-fill { display: block; height: 100%; background: var(--accent, #0969da); }
.bar-value { text-align: right; font-variant-numeric: tabular-nums; }
.dim-strategy { --accent: var(--strategy); } .dim-technology { --accent: var(--technology); } .dim-marketing { --accent: var(--marketing); }
.dim-compliance { --accent: var(--compliance); } .dim-none { --accent: var(--none); }
.roadmap .axis { position: relative; overflow: hidden; height: 1.4em; border-bottom: 1px solid var(--line); margin-bottom: 8px; font-size: .75em; color: var(--muted); }
.roadmap .tick { position: absolute; top: 0; white-space: nowrap; }
.lane { border-left: 4px solid var(--accent); padding: 6px 0 6px 10px; margin: 8px 0; }
.lane.dim-none { border-left-style: dashed; }
.track { position: relative; }
.track .today, .track .horizon { position: absolute; top: 0; bottom: 0; width: 0; border-left: 2px solid #cf222e; }
.track .horizon { border-left: 2px dashed var(--muted); }
.track .entry { position: absolute; top: 0; bottom: 0; width: 0; border-left: 1px dotted var(--strategy); }
.lane.milestones { --accent: var(--muted); }
.flag { position: absolute; top: .1em; padding: 0 6px; font-size: .8em; white-space: nowrap; border-left: 2px solid var(--strategy); }
.flag.end { border-left: none; border-right: 2px solid var(--strategy); }
.flag.horizon { color: var(--muted); border-color: var(--muted); border-left-style: dashed; }
.flag.horizon.end { border-left-style: none; border-right-style: dashed; }
.row { position: relative; min-height: 1.5em; overflow: hidden; }
.bar { position: absolute; top: .25em; height: 1em; min-width: 4px; border-radius: 3px; background: color-mix(in srgb, var(--accent) 35%, transparent); border: 1px solid var(--accent); }
.bar.done { opacity: .5; } .bar.overdue { border-color: #cf222e; background: #ffebe9; }
.bar-text { position: relative; display: block; padding-left: 6px; font-size: .8em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
@media (max-width: 600px) { .report { padding: 16px 12px 32px; } .bar-row { grid-template-columns: 7em 1fr 3em; } }
@media print {
  @page { size: A4; margin: 16mm; }
  body { font-size: 11pt; } .report { max-width: none; padding: 0; }
  h2 { break-after: avoid; } .chart, .lane, tr, li { break-inside: avoid; }
  .report + .report { break-before: page; border-top: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();
