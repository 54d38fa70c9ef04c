/**
 * De-duplication: an id held by several items in one note (a merge artefact of Sync or git) becomes
 * one item again. The copy with the most advanced state is kept (done > in progress > open >
 * cancelled; the first of equals). Nothing the others held is lost:
 * - their child lines move under the kept item, except lines it already has word for word;
 * - fields and Tasks emoji on their first line that the kept line lacks are carried over to it
 *   (not `[retired::]`, `[done-by::]`, ✅ or ❌: those belong to the state that was not kept);
 * - only then are their first lines removed. This is the one place sync removes lines.
 */
import { splitLines } from "../../parse/lines.js";
import { parseNote } from "../../parse/parse-note.js";
import type { ListItem } from "../../parse/types.js";
import { statusOf } from "../../plan/items.js";
import { applyEdits, type LineEdit, type RemoveLine } from "./line-edit.js";
import { addFieldSplice, firstLineFields, spliceLine } from "./line-splice.js";
import { RETIRED_KEY } from "./retire.js";

export interface Deduped {
	readonly edits: readonly LineEdit[];
	/** Ids merged into one item, sorted. */
	readonly merged: readonly string[];
}

const RANK = { done: 3, "in-progress": 2, open: 1, cancelled: 0 } as const;
const STATE_FIELDS = new Set([RETIRED_KEY, "done-by"]);
const STATE_EMOJI = new Set(["done", "cancelled"]);

/** @param only de-duplicate this id alone; every duplicated `ck-` id when omitted */
export function dedupe(planText: string, only?: string): Deduped {
	const facts = parseNote(planText);
	const lines = splitLines(planText).content;
	const copies = new Map<string, ListItem[]>();
	for (const item of facts.listItems) {
		const id = item.blockId?.id;
		if (id?.startsWith("ck-") && (only === undefined || id === only)) copies.set(id, [...(copies.get(id) ?? []), item]);
	}
	const edits: LineEdit[] = [];
	const merged: string[] = [];
	// Lines an earlier id's merge touched: an id whose copies overlap them (copies nested in each
	// other's children) waits for the next pass, on the text this one produces.
	const touched = new Set<number>();
	for (const id of [...copies.keys()].sort()) {
		const items = copies.get(id) ?? [];
		if (items.length < 2) continue;
		const span = items.flatMap((item) => range(item.line, item.endLine + 1));
		if (span.some((n) => touched.has(n))) continue;
		merged.push(id);
		edits.push(...mergeCopies(items, lines));
		for (const n of span) touched.add(n);
	}
	return { edits, merged };
}

/** Applies `dedupe` until no duplicated id is left (each pass merges the ids that do not overlap). */
export function dedupeAll(planText: string): { text: string; merged: string[] } {
	let text = planText;
	const merged: string[] = [];
	for (let pass = 0; pass < 100; pass++) {
		const result = dedupe(text);
		if (result.merged.length === 0) break;
		text = applyEdits(text, result.edits);
		merged.push(...result.merged);
	}
	return { text, merged: [...new Set(merged)].sort() };
}

function range(from: number, to: number): number[] {
	return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function rank(item: ListItem): number {
	return item.task ? RANK[statusOf(item.task.status)] : RANK.open;
}

/**
 * The copy with the most advanced state gives the line; it stands where the outermost copy holding
 * it stands (a copy nested in another's children moves up, so no list is left without its parent).
 */
function mergeCopies(items: readonly ListItem[], lines: readonly string[]): LineEdit[] {
	const best = items.reduce((a, item) => (rank(item) > rank(a) ? item : a));
	const within = (n: number, c: ListItem): boolean => n > c.line && n <= c.endLine;
	const host = items.find((c) => c === best || within(best.line, c)) ?? best;
	const others = items.filter((c) => c !== host);
	const prefixOf = (c: ListItem): string => (lines[c.line - 1] ?? "").slice(0, c.indent);
	const hostPrefix = prefixOf(host);
	const bestLine = lines[best.line - 1] ?? "";
	const firstLines = new Set(others.map((c) => c.line));
	const inOther = (n: number): boolean => others.some((c) => n >= c.line && n <= c.endLine);
	const children = new Set(lines.slice(host.line, host.endLine).filter((_, i) => !inOther(host.line + 1 + i)));

	const removals: RemoveLine[] = [];
	const moved: string[] = [];
	const carried = new Map<string, string>();
	const has = new Set([...firstLineFields(best).map((f) => `field:${f.canonicalKey}`), ...best.emoji.map((e) => `emoji:${e.kind}`)]);
	for (const copy of items) {
		if (copy === best) continue;
		const line = lines[copy.line - 1] ?? "";
		for (const f of firstLineFields(copy)) {
			const key = `field:${f.canonicalKey}`;
			if (!has.has(key) && !STATE_FIELDS.has(f.canonicalKey) && !carried.has(key)) carried.set(key, line.slice(f.from, f.to));
		}
		for (const e of copy.emoji) {
			const key = `emoji:${e.kind}`;
			if (!has.has(key) && !STATE_EMOJI.has(e.kind) && !carried.has(key)) carried.set(key, line.slice(e.from, e.to));
		}
	}
	const seen = new Set<number>();
	for (const copy of others) {
		for (let n = copy.line; n <= copy.endLine; n++) {
			if (seen.has(n)) continue;
			seen.add(n);
			const text = lines[n - 1] ?? "";
			removals.push({ kind: "remove", line: n, before: text });
			if (firstLines.has(n) || text.trim() === "") continue;
			// Re-based on the innermost copy holding the line, so it keeps its depth under the kept item.
			const owner = others.filter((c) => within(n, c)).pop() ?? copy;
			const prefix = prefixOf(owner);
			const rebased = /^\s*$/.test(prefix) && /^\s*$/.test(hostPrefix) && text.startsWith(prefix) ? hostPrefix + text.slice(prefix.length) : text;
			if (!children.has(rebased)) {
				children.add(rebased);
				moved.push(rebased);
			}
		}
	}

	const edits: LineEdit[] = [...removals];
	const hostLine = lines[host.line - 1] ?? "";
	let after = host === best ? hostLine : hostPrefix + bestLine.slice(best.indent);
	if (carried.size > 0) {
		// Columns from the best copy's line, shifted to where it now stands.
		const shift = hostPrefix.length - best.indent;
		const splice = addFieldSplice(best, bestLine, [...carried.values()].join(" "));
		after = spliceLine(after, [{ ...splice, from: splice.from + shift, to: splice.to + shift }]);
	}
	if (after !== hostLine) edits.push({ kind: "replace", line: host.line, before: hostLine, after });
	if (moved.length > 0) edits.push({ before: host.endLine + 1, lines: moved });
	return edits;
}
