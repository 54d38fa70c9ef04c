/**
 * V8's own check whether objects share a hidden class (see core/plan/items.ts: spread copies each had one
 * of their own, and every read of an item's field was then a slow lookup).
 */
import { setFlagsFromString } from "node:v8";
import { runInThisContext } from "node:vm";

setFlagsFromString("--allow-natives-syntax");
// V8's intrinsic syntax can only be compiled after the flag is set, so at run time.
const sameShape = runInThisContext("(function sameShape(a, b) { return %HaveSameMap(a, b); })") as (a: object, b: object) => boolean;

/** How many hidden classes the objects have among them. */
export function shapes(objects: readonly object[]): number {
	const seen: object[] = [];
	for (const o of objects) if (!seen.some((s) => sameShape(s, o))) seen.push(o);
	return seen.length;
}
