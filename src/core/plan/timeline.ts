/**
 * A plan's timeline: one lane per dimension, each dated task a bar from its start (🛫, else ⏳
 * scheduled) to its due day (📅), or a one-day bar on the one date it has; the plan's horizon and its
 * market-entry dates (entry-sequence.ts) milestones. Tasks with no dimension (the plan's unsorted tray) get a lane of their own, last: a dated
 * task is never missing from the timeline. Positions are fractions of the whole span, so any renderer (the view's Timeline tab, the
 * summary's Mermaid gantt) lays it out the same way.
 */
import { daysBetween, isCalendarDay, ISO_DAY, utcDay } from "./dates.js";
import { DIMENSIONS, type Dimension } from "./dimensions.js";
import { entriesByDate, type MarketEntry } from "./entry-sequence.js";
import type { ListedItem } from "./items.js";
import type { Profile } from "./profile.js";

export interface TaskSpan {
	readonly start: string;
	/** The last day, included. */
	readonly end: string;
}

/** A task's days on a timeline; null when it has no start, scheduled or due date. */
export function taskSpan(item: Pick<ListedItem, "fields">): TaskSpan | null {
	const date = (key: string): string | null => {
		const v = item.fields[key];
		return v !== undefined && isCalendarDay(v) ? v : null;
	};
	const [begins, scheduled, due] = [date("start"), date("scheduled"), date("due")];
	const start = begins ?? scheduled ?? due;
	const end = due ?? scheduled ?? begins;
	if (!start || !end) return null;
	return start <= end ? { start, end } : { start: end, end: start };
}

export interface TimelineBar<T> extends TaskSpan {
	readonly item: T;
	/** Where the bar starts and how long it is, as fractions of the timeline (0–1). */
	readonly left: number;
	readonly width: number;
	/** Open or under way, and due before today. */
	readonly overdue: boolean;
}

export interface Timeline<T> {
	/** The first and last day shown (today and the horizon included). */
	readonly from: string;
	readonly to: string;
	/** `dimension` null: the lane of tasks with no dimension. */
	readonly lanes: readonly { readonly dimension: Dimension | null; readonly bars: readonly TimelineBar<T>[] }[];
	/** Today and the plan's horizon, where they fall (0–1). */
	readonly today: number;
	readonly horizon: TimelineMilestone | null;
	/** The plan's market entries, by date. */
	readonly entries: readonly (TimelineMilestone & { readonly entry: MarketEntry })[];
	/** Month starts within the span, for an axis. */
	readonly months: readonly { readonly date: string; readonly at: number }[];
	/** Tasks with no date: not on the timeline, counted. */
	readonly undated: number;
}

/**
 * A milestone this far along (0–1) or further has its label before its flag, not after, so that the edge
 * of the timeline never cuts it (every renderer: the view's Timeline tab, the HTML report).
 */
export const LABEL_BEFORE_FROM = 2 / 3;

export interface TimelineMilestone {
	readonly date: string;
	/** Where it falls (0–1). */
	readonly at: number;
}

/** What a plan says about its own dates: the horizon and the market-entry sequence. */
export type PlanDates = Pick<Profile, "horizon" | "entries">;

/**
 * Null when no task has a date and the plan names no entry date. Cancelled tasks are left out; bars in a lane by start, then end.
 * `items` may hold tasks with no dimension (the unsorted tray): they go in the last lane.
 */
export function timeline<T extends ListedItem & { readonly dimension?: Dimension }>(items: readonly T[], plan: PlanDates | null, today: string): Timeline<T> | null {
	const horizon = plan?.horizon ?? null;
	const entries = entriesByDate(plan?.entries ?? []);
	const tasks = items.filter((i) => i.kind === "task" && i.status !== "cancelled");
	const dated = tasks.flatMap((item) => {
		const span = taskSpan(item);
		return span ? [{ item, ...span }] : [];
	});
	if (dated.length === 0 && entries.length === 0) return null;
	const marks = entries.map((e) => e.date);
	const ends = [...dated.map((d) => d.end), ...marks, ...(ISO_DAY.test(today) ? [today] : []), ...(horizon && ISO_DAY.test(horizon) ? [horizon] : [])];
	const from = [...dated.map((d) => d.start), ...marks, ...(ISO_DAY.test(today) ? [today] : [])].reduce((a, b) => (b < a ? b : a));
	const to = ends.reduce((a, b) => (b > a ? b : a));
	const days = daysBetween(from, to) + 1;
	const at = (date: string): number => daysBetween(from, date) / days;
	const lanes = [...DIMENSIONS, null].map((dimension) => ({
		dimension,
		bars: dated
			.filter((d) => (d.item.dimension ?? null) === dimension)
			.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0))
			.map((d) => ({
				...d,
				left: at(d.start),
				width: (daysBetween(d.start, d.end) + 1) / days,
				overdue: d.item.status !== "done" && ISO_DAY.test(today) && d.end < today,
			})),
	})).filter((lane) => lane.bars.length > 0);
	const months: { date: string; at: number }[] = [];
	for (let m = nextMonthStart(from); m <= to; m = nextMonthStart(m)) months.push({ date: m, at: at(m) });
	return {
		from,
		to,
		lanes,
		today: ISO_DAY.test(today) ? at(today) : -1,
		horizon: horizon && ISO_DAY.test(horizon) ? { date: horizon, at: at(horizon) } : null,
		entries: entries.map((entry) => ({ date: entry.date, at: at(entry.date), entry })),
		months,
		undated: tasks.length - dated.length,
	};
}

/** The first day of the month after the one `date` is in. */
function nextMonthStart(date: string): string {
	const [y, m] = date.split("-").map(Number);
	return utcDay(y ?? 0, m ?? 1, 1).toISOString().slice(0, 10); // month index m is the next month
}
