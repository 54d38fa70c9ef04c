/** A plan's four quadrants: its items by dimension, with counts by status and progress. */
import { DIMENSIONS, type Dimension } from "./dimensions.js";
import type { Item, Status, UnsortedTask } from "./items.js";
import type { VaultIndex } from "./vault-index.js";

export type StatusCounts = Readonly<Record<Status, number>>;

export interface Quadrant {
	readonly dimension: Dimension;
	readonly items: readonly Item[];
	/** Tasks by status (initiatives, sections and notes carry no status). */
	readonly counts: StatusCounts;
	/** Tasks that count towards progress: all but cancelled. */
	readonly total: number;
	readonly done: number;
}

/** Which items to show: one plan's, every plan's (`all`), or those in no plan (`unassigned`). */
export type PlanScope = { readonly plan: string } | "all" | "unassigned";

export function quadrants(index: Pick<VaultIndex, "items">, scope: PlanScope): Quadrant[] {
	const inScope = (item: Item): boolean =>
		scope === "all" ? true : scope === "unassigned" ? item.plan === null : item.plan === scope.plan;
	const items = index.items.filter(inScope);
	return DIMENSIONS.map((dimension) => {
		const mine = items.filter((i) => i.dimension === dimension);
		const counts = countStatuses(mine);
		return { dimension, items: mine, counts, total: counts.open + counts["in-progress"] + counts.done, done: counts.done };
	});
}

export function countStatuses(items: readonly Item[]): StatusCounts {
	const counts: Record<Status, number> = { open: 0, "in-progress": 0, done: 0, cancelled: 0 };
	for (const item of items) if (item.status) counts[item.status]++;
	return counts;
}

/** A scope's unsorted tray: its plans' tasks with no dimension (notes in no plan have no tray). */
export function unsortedIn(index: Pick<VaultIndex, "unsorted">, scope: PlanScope): readonly UnsortedTask[] {
	if (scope === "unassigned") return [];
	return scope === "all" ? index.unsorted : index.unsorted.filter((task) => task.plan === scope.plan);
}
