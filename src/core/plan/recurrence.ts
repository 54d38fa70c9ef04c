/**
 * The next occurrence of a recurring task (`🔁 every week`), as the Tasks plugin computes it, so a
 * task ticked here comes back exactly as it would if ticked in Tasks:
 * - the rule is read by `rrule` (the library Tasks uses; its English text grammar); `when done`
 *   counts from the day it was done, otherwise from the task's reference date: its due date, else its
 *   scheduled date, else its start date, else today;
 * - the next reference date is the rule's first date after that day; the other dates keep their
 *   distance to it (a start date one week before the due date stays one week before);
 * - "every month" or "every year" from a day the next month or year lacks (31 January, 29 February)
 *   lands on that month's last day, not a month later.
 * Dates are calendar days (YYYY-MM-DD), computed in UTC (as rrule computes), so no time zone or
 * daylight-saving change moves them; date-fns is not used here because it counts in local time.
 */
import { RRule } from "rrule";
import { ISO_DAY, utcDay } from "./dates.js";

export interface TaskDates {
	readonly start: string | null;
	readonly scheduled: string | null;
	readonly due: string | null;
}

/** Tasks' own rule text: words, numbers, commas and `!`, optionally followed by `when done`. */
const RULE = /^([a-zA-Z0-9, !]+?)( when done)?$/i;

/** The dates of the next occurrence, or null when the rule cannot be read (the task then just gets done). */
export function nextOccurrence(ruleText: string, dates: TaskDates, today: string): TaskDates | null {
	const m = RULE.exec(ruleText.trim());
	if (!m?.[1]) return null;
	let options: ReturnType<typeof RRule.parseText>;
	try {
		options = RRule.parseText(m[1].trim());
	} catch {
		return null; // rrule throws on text it cannot read ("every blue moon")
	}
	if (!options || options.freq === undefined) return null;
	const whenDone = m[2] !== undefined;
	const reference = dates.due ?? dates.scheduled ?? dates.start;
	const from = utc(whenDone || reference === null ? today : reference);
	if (!from) return null;

	const plain = Object.entries(options).every(([key, value]) => key === "freq" || key === "interval" || value === null || value === undefined);
	const interval = options.interval ?? 1;
	let next: Date | null;
	if (plain && options.freq === RRule.MONTHLY) next = addMonths(from, interval); // clamped to the month's last day
	else if (plain && options.freq === RRule.YEARLY) next = addMonths(from, 12 * interval); // 29 February → 28 February
	else next = new RRule({ ...options, dtstart: from }).after(new Date(from.getTime() + DAY - 1), false);
	if (!next) return null; // a rule with no later date ("every day until …" run out)
	if (reference === null) return { start: null, scheduled: null, due: null };

	const base = utc(reference);
	const after = next;
	const keep = (date: string | null): string | null => {
		const d = utc(date);
		return d && base ? iso(new Date(after.getTime() + Math.round((d.getTime() - base.getTime()) / DAY) * DAY)) : null;
	};
	return { start: keep(dates.start), scheduled: keep(dates.scheduled), due: keep(dates.due) };
}

const DAY = 24 * 60 * 60 * 1000;

/** `months` later, on the same day or the month's last (31 January + 1 → 28 or 29 February). */
function addMonths(d: Date, months: number): Date {
	const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
	const year = Math.floor(total / 12);
	const month = total - year * 12;
	const last = utcDay(year, month + 1, 0).getUTCDate();
	return utcDay(year, month, Math.min(d.getUTCDate(), last));
}

function utc(date: string | null): Date | null {
	if (date === null || !ISO_DAY.test(date)) return null;
	const d = utcDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
	return iso(d) === date ? d : null; // 2026-02-30 is no date
}

function iso(d: Date): string {
	return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}
