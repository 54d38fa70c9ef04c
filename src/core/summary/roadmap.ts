/**
 * The plan's roadmap as a Mermaid `gantt` block (Obsidian renders it natively): one section per
 * dimension, each dated task a bar from its start (🛫, else ⏳ scheduled) to its due date (📅), or a
 * one-day bar on the one date it has; done bars marked done, work under way active, overdue work crit;
 * the plan's horizon and its market entries (the entry sequence's dated rows) milestones. Tasks with no dimension (the unsorted tray) get a section of their own,
 * last, as on the view's Timeline tab. Capped per dimension (the nearest open work first), so the block stays
 * readable; how many were left out is said under it.
 */
import { t, type Lang } from "../i18n/index.js";
import { addDays, ISO_DAY } from "../plan/dates.js";
import { DIMENSIONS, type Dimension } from "../plan/dimensions.js";
import { entriesByDate } from "../plan/entry-sequence.js";
import type { ListedItem } from "../plan/items.js";
import { taskSpan, type TaskSpan } from "../plan/timeline.js";
import type { Plan } from "../plan/vault-index.js";
import { oneLine } from "../text/index.js";

/** Bars per dimension. */
export const ROADMAP_PER_DIMENSION = 8;

export interface Roadmap {
	/** The ```mermaid block; null when no task of the plan has a date. */
	readonly block: string | null;
	/** Dated tasks not drawn (past the cap). */
	readonly left: number;
}

/** `items` may hold the plan's tasks with no dimension: they go in the last section. */
export function roadmap(plan: Pick<Plan, "profile">, items: readonly (ListedItem & { readonly dimension?: Dimension })[], today: string, lang: Lang): Roadmap {
	// Each task's days, worked out once (sorting would otherwise redo them for every comparison).
	const dated: (TaskSpan & { readonly item: (typeof items)[number] })[] = [];
	for (const item of items) {
		if (item.kind !== "task" || item.status === "cancelled") continue;
		// The same days as the view's Timeline tab (core/plan/timeline.ts).
		const s = taskSpan(item);
		if (s) dated.push({ item, start: s.start, end: s.end });
	}
	const entries = entriesByDate(plan.profile.entries);
	if (dated.length === 0 && entries.length === 0) return { block: null, left: 0 };
	const lines = ["```mermaid", "gantt", `    title ${ganttText(t(lang, "summary.roadmap.chart"))}`, "    dateFormat YYYY-MM-DD", "    axisFormat %Y-%m-%d"];
	const byEnd = (a: TaskSpan, b: TaskSpan): number => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0);
	const byStart = (a: TaskSpan, b: TaskSpan): number => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
	let id = 0;
	let left = 0;
	const lanes = new Map<Dimension | null, typeof dated>();
	for (const x of dated) {
		const lane = lanes.get(x.item.dimension ?? null);
		if (lane) lane.push(x);
		else lanes.set(x.item.dimension ?? null, [x]);
	}
	for (const d of [...DIMENSIONS, null]) {
		const mine = lanes.get(d) ?? [];
		if (mine.length === 0) continue;
		// Open work first, the soonest first; then what is done, the latest first (only as many as are drawn are ordered).
		const open = first(mine.filter((x) => x.item.status !== "done"), ROADMAP_PER_DIMENSION, byEnd);
		const done = first(mine.filter((x) => x.item.status === "done"), ROADMAP_PER_DIMENSION - open.length, (a, b) => byEnd(b, a));
		const shown = [...open, ...done];
		left += mine.length - shown.length;
		lines.push(`    section ${ganttText(d ? t(lang, `dimension.${d}`) : t(lang, "timeline.unsorted"))}`);
		for (const s of shown.sort(byStart)) {
			const { item } = s;
			const tags = [item.status === "done" ? "done" : item.status === "in-progress" ? "active" : null, item.status !== "done" && s.end < today ? "crit" : null].filter((x) => x !== null);
			// Mermaid's end date is exclusive: the bar ends the day after the due day, so that day is on it.
			lines.push(`    ${ganttText(item.text)} :${[...tags, `t${++id}`, s.start, s.end === s.start ? "1d" : addDays(s.end, 1)].join(", ")}`);
		}
	}
	const horizon = plan.profile.horizon;
	const milestones = [
		...entries.map((e) => ({ name: t(lang, "summary.roadmap.entry", { market: e.market }), date: e.date })),
		...(horizon && ISO_DAY.test(horizon) ? [{ name: t(lang, "summary.roadmap.horizon"), date: horizon }] : []),
	];
	if (milestones.length > 0) {
		lines.push(`    section ${ganttText(t(lang, "summary.roadmap.milestones"))}`);
		milestones.forEach((m, i) => lines.push(`    ${ganttText(m.name)} :milestone, m${i + 1}, ${m.date}, 0d`));
	}
	lines.push("```");
	return { block: lines.join("\n"), left };
}

/** The first `n` of `items` in `order`, in that order, without sorting them all (a dimension may hold hundreds). */
function first<T>(items: readonly T[], n: number, order: (a: T, b: T) => number): T[] {
	const kept: T[] = [];
	if (n <= 0) return kept;
	for (const x of items) {
		if (kept.length === n && order(x, kept[n - 1] as T) >= 0) continue;
		let at = kept.length;
		while (at > 0 && order(x, kept[at - 1] as T) < 0) at--;
		kept.splice(at, 0, x);
		if (kept.length > n) kept.pop();
	}
	return kept;
}

/**
 * A task or section name as a gantt line can hold it: one line, no `:` (which starts the bar's data),
 * `;` or `#` (which Mermaid reads as syntax), no `%%` (a comment), no `<`, `>` or `"` (markup), at most
 * 60 characters; never empty. Each is replaced by its full-width form, which reads the same.
 */
export function ganttText(text: string): string {
	const clean = oneLine(text)
		// A link reads as its text: [[note|shown]] → shown, [[note]] → note.
		.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
		.replace(/\[\[([^\]]*)\]\]/g, "$1")
		.replace(/:/g, "：")
		.replace(/;/g, "；")
		.replace(/#/g, "＃")
		.replace(/%/g, "％")
		// No markup reaches the renderer: angle brackets and quotes as their full-width forms.
		.replace(/</g, "＜")
		.replace(/>/g, "＞")
		.replace(/"/g, "＂")
		.replace(/\s+/g, " ")
		.trim();
	const chars = [...clean];
	const cut = chars.length > 60 ? `${chars.slice(0, 59).join("")}…` : clean;
	return cut === "" ? "-" : cut;
}
