/** What a plan view, code block or `show` lists: status, market, owner, due-date and text filters over items, and their order. */
import { addDays, ISO_DAY } from "./dates.js";
import { ownerNames } from "./fields.js";
import type { ListedItem } from "./items.js";

/** `overdue`: due before today; `days`: due within that many days from today, overdue included. */
export type DueFilter = "overdue" | { readonly days: number };
export type ItemSort = "due" | "priority";

export interface ItemFilter {
	/** `open`: hides done and cancelled tasks (initiatives, sections and notes stay). */
	readonly status: "open" | "all";
	/** A market code; items for no particular market concern every market and stay. */
	readonly market: string | null;
	readonly owner: string | null;
	/** Case-insensitive words, all of which must appear in the item's text. */
	readonly text: string | null;
	/** Only open work with a due date in this window (items without a due date are left out). */
	readonly due?: DueFilter | null;
}

export const NO_FILTER: ItemFilter = { status: "all", market: null, owner: null, text: null };

/** @param today YYYY-MM-DD, which a due-date filter counts from */
export function filterItems<T extends ListedItem>(items: readonly T[], filter: ItemFilter, today = ""): T[] {
	const dueBy = filter.due ? dueLimit(filter.due, today) : null;
	const market = filter.market?.trim().toUpperCase() || null;
	const owner = filter.owner?.trim().toLowerCase() || null;
	const words = (filter.text ?? "").toLowerCase().split(/\s+/).filter((w) => w !== "");
	return items.filter((item) => {
		if (filter.status === "open" && (item.status === "done" || item.status === "cancelled")) return false;
		if (dueBy) {
			const due = item.fields.due ?? "";
			if (!ISO_DAY.test(due) || item.status === "done" || item.status === "cancelled" || !dueBy(due)) return false;
		}
		if (market) {
			const markets = (item.fields.market ?? "").split(/,\s*/).filter((m) => m !== "").map((m) => m.toUpperCase());
			if (markets.length > 0 && !markets.includes(market)) return false;
		}
		if (owner && !ownerNames(item.fields.owner ?? "").some((name) => name.toLowerCase() === owner)) return false;
		const text = item.text.toLowerCase();
		return words.every((w) => text.includes(w));
	});
}

/** The values a filter can take in this set of items, for pickers. */
export function filterChoices(items: readonly ListedItem[]): { markets: string[]; owners: string[] } {
	const markets = new Set<string>();
	const owners = new Set<string>();
	for (const item of items) {
		for (const m of (item.fields.market ?? "").split(/,\s*/)) if (m) markets.add(m.toUpperCase());
		for (const name of ownerNames(item.fields.owner ?? "")) owners.add(name);
	}
	const sort = (s: Set<string>): string[] => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return { markets: sort(markets), owners: sort(owners) };
}

/** Which due dates a window takes, counted from `today`; none when today is not a date. */
function dueLimit(due: DueFilter, today: string): ((date: string) => boolean) | null {
	if (!ISO_DAY.test(today)) return () => false;
	if (due === "overdue") return (date) => date < today;
	const last = addDays(today, due.days);
	return (date) => date <= last;
}

/** `overdue`, `today`, `7d`, `2w` (or 逾期, 今天): a due-date window; null when it is none of these. */
export function parseDueFilter(text: string): DueFilter | null {
	const v = text.trim().toLowerCase();
	if (v === "overdue" || v === "逾期") return "overdue";
	if (v === "today" || v === "今天") return { days: 0 };
	const m = /^(\d{1,4})\s*([dw天周])$/u.exec(v);
	if (!m) return null;
	const n = Number(m[1]);
	return { days: m[2] === "w" || m[2] === "周" ? n * 7 : n };
}

/** How a due-date window is written back (`overdue`, `7d`), for saved view state and messages. */
export function dueFilterText(due: DueFilter): string {
	return due === "overdue" ? "overdue" : `${due.days}d`;
}

const PRIORITY_RANK: Readonly<Record<string, number>> = { highest: 0, high: 1, medium: 2, low: 4, lowest: 5 };
/** As in the Tasks plugin: no priority ranks between medium and low. */
const NO_PRIORITY = 3;

/** Items in an order (stable: ties keep the order they came in). `due`: dated first, earliest first, then priority; `priority`: highest first, then due. */
export function sortItems<T extends ListedItem>(items: readonly T[], by: ItemSort): T[] {
	const rank = (i: ListedItem): number => PRIORITY_RANK[i.fields.priority ?? ""] ?? NO_PRIORITY;
	const due = (i: ListedItem): string => (ISO_DAY.test(i.fields.due ?? "") ? (i.fields.due ?? "") : "9999-99-99");
	const byDue = (a: ListedItem, b: ListedItem): number => (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : 0);
	const byRank = (a: ListedItem, b: ListedItem): number => rank(a) - rank(b);
	return items
		.map((item, index) => ({ item, index }))
		.sort((a, b) => (by === "due" ? byDue(a.item, b.item) || byRank(a.item, b.item) : byRank(a.item, b.item) || byDue(a.item, b.item)) || a.index - b.index)
		.map((x) => x.item);
}
