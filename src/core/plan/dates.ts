/**
 * Dates users write in fields (`2026-12-01`, `2026/12/1`, `2026年12月1日`, a daily-note link
 * `[[2026-12-01]]`) → ISO `YYYY-MM-DD`. date-fns parses strictly, so `2026-02-30` is refused
 * rather than rolled over into March.
 */
import { format, isValid, parse } from "date-fns";

const FORMATS = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"] as const;
const REFERENCE = new Date(2000, 0, 1);

/** A day written YYYY-MM-DD (not yet known to be a real calendar day: `isCalendarDay`). */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function toIsoDate(value: unknown): string | null {
	if (value instanceof Date) return isValid(value) ? format(value, "yyyy-MM-dd") : null;
	if (typeof value !== "string") return null;
	// Most dates are written as ISO days already: checked without date-fns, which tops a summary's profile.
	if (ISO_DAY.test(value)) return isCalendarDay(value) ? value : null;
	const text = value.trim().replace(/^\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]$/, "$1").trim();
	if (!/^\d{4}\D/.test(text)) return null;
	for (const f of FORMATS) {
		const d = parse(text, f, REFERENCE);
		if (isValid(d)) return format(d, "yyyy-MM-dd");
	}
	return null;
}

/** A real calendar day written YYYY-MM-DD (`2027-02-29` and `2027-13-01` are not). */
export function isCalendarDay(v: string): boolean {
	if (!ISO_DAY.test(v)) return false;
	const year = Number(v.slice(0, 4));
	const month = Number(v.slice(5, 7));
	const day = Number(v.slice(8, 10));
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
	return day >= 1 && day <= days;
}

const DAY = 86_400_000;

/** Calendar days from one ISO day to another (negative when `b` is earlier); no time zone enters. */
export function daysBetween(a: string, b: string): number {
	return dayNumber(b) - dayNumber(a);
}

/** An ISO day as a count of days (since 1970-01-01), from its numbers: summaries do this for every task. */
export function dayNumber(iso: string): number {
	return Math.round(utcDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))).getTime() / DAY);
}

/** The ISO day `n` days after `iso` (before, for a negative `n`). */
export function addDays(iso: string, n: number): string {
	return utcDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + n).toISOString().slice(0, 10);
}

/** Midnight UTC of a day given by its numbers (month from 0; overflow rolls on, as Date.UTC does). */
export function utcDay(year: number, month: number, day: number): Date {
	// Not Date.UTC, which reads years 0–99 as 1900–1999.
	const at = new Date(0);
	at.setUTCFullYear(year, month, day);
	return at;
}
