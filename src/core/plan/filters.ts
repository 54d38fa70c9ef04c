/** What a plan view or code block shows: status, market, owner and text filters over items. */
import { ownerNames } from "./fields.js";
import type { ListedItem } from "./items.js";

export interface ItemFilter {
	/** `open`: hides done and cancelled tasks (initiatives, sections and notes stay). */
	readonly status: "open" | "all";
	/** A market code; items for no particular market concern every market and stay. */
	readonly market: string | null;
	readonly owner: string | null;
	/** Case-insensitive words, all of which must appear in the item's text. */
	readonly text: string | null;
}

export const NO_FILTER: ItemFilter = { status: "all", market: null, owner: null, text: null };

export function filterItems<T extends ListedItem>(items: readonly T[], filter: ItemFilter): T[] {
	const market = filter.market?.trim().toUpperCase() || null;
	const owner = filter.owner?.trim().toLowerCase() || null;
	const words = (filter.text ?? "").toLowerCase().split(/\s+/).filter((w) => w !== "");
	return items.filter((item) => {
		if (filter.status === "open" && (item.status === "done" || item.status === "cancelled")) return false;
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
