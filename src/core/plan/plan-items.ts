/**
 * A plan's own items, found once per index: an index is never changed in place (the live index makes a
 * new one on every change), so its items can be grouped by plan the first time anyone asks, and every
 * later question about the same index (the summary, "since the last report", a canvas) costs a lookup
 * instead of a walk over the vault's items.
 */
import type { ListedItem } from "./items.js";

type WithPlan = ListedItem & { readonly plan: string | null };

const grouped = new WeakMap<readonly WithPlan[], Map<string | null, WithPlan[]>>();

/** The items of `list` (an index's `items` or `unsorted`) whose plan is `plan`, in the list's order. */
export function itemsOfPlan<T extends WithPlan>(list: readonly T[], plan: string | null): readonly T[] {
	let groups = grouped.get(list);
	if (!groups) {
		groups = new Map();
		for (const item of list) {
			const group = groups.get(item.plan);
			if (group) group.push(item);
			else groups.set(item.plan, [item]);
		}
		grouped.set(list, groups);
	}
	return (groups.get(plan) ?? []) as T[];
}
