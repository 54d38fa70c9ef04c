/**
 * A team's own task can do a checklist item's work in its own words: `[covers:: ck-…]` (Chinese
 * `[覆盖:: ck-…]`, several ids separated by commas) links it to the item. The summary then counts the
 * item as in the plan (no gap, its risk addressed by that task), and sync does not add the item to a
 * plan note that holds such a task. Reusing the item's `^ck-…` block id on the task does the same, but
 * makes sync reword the line to the library's wording; `covers` keeps the team's words.
 */
import type { Item } from "../plan/items.js";

/** The checklist ids a field value names: `ck-a, ^ck-b` → ["ck-a", "ck-b"]. */
export function coveredIds(value: string | undefined): string[] {
	if (!value) return [];
	return value
		.split(/[\s,，、;；]+/u)
		.map((s) => s.replace(/^\^/u, ""))
		.filter((s) => /^ck-[A-Za-z0-9-]+$/u.test(s));
}

/** Every checklist id an item stands for: its own block id, and the ids it covers. */
export function itemCovers(item: Pick<Item, "blockId" | "fields">): string[] {
	return [...(item.blockId ? [item.blockId] : []), ...coveredIds(item.fields.covers)];
}
