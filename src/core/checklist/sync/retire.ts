/**
 * Retiring, visibly and reversibly. A checklist item the plan no longer calls for (its profile
 * changed, or the library dropped it) is never deleted: its status becomes cancelled (`[-]`), which
 * takes it out of the quadrant counts, and `[retired:: YYYY-MM-DD]` says why. When the item applies
 * again, sync takes back exactly what it added: the field goes, and the status returns to done if
 * the line still carries the Tasks done date (`✅ …`) or `[done-by:: …]`, else to open.
 *
 * Only tasks are retired (a plain bullet counts in no quadrant). A task the user cancelled
 * themselves (`[-]` without `[retired::]`) is their decision and is left alone either way.
 */
import type { ListItem } from "../../parse/types.js";
import { addFieldSplice, fieldOn, removeFieldSplice, type Splice } from "./line-splice.js";

export const RETIRED_KEY = "retired";

export function isRetired(item: ListItem): boolean {
	return fieldOn(item, RETIRED_KEY) !== null;
}

/** The splices that retire the item, or null when there is nothing to do. */
export function retireSplices(item: ListItem, line: string, today: string): Splice[] | null {
	if (!item.task || isRetired(item) || item.task.status === "-") return null;
	return [
		{ from: item.task.at, to: item.task.at + 1, insert: "-" },
		addFieldSplice(item, line, `[${RETIRED_KEY}:: ${today}]`),
	];
}

/** The splices that bring a retired item back, or null when it is not retired by sync. */
export function unretireSplices(item: ListItem, line: string): Splice[] | null {
	const field = fieldOn(item, RETIRED_KEY);
	if (!item.task || !field) return null;
	const splices = [removeFieldSplice(field, line)];
	if (item.task.status === "-") {
		const wasDone = item.emoji.some((e) => e.kind === "done") || fieldOn(item, "done-by") !== null;
		splices.push({ from: item.task.at, to: item.task.at + 1, insert: wasDone ? "x" : " " });
	}
	return splices;
}
