/**
 * Column edits inside one list item's first line, and where on that line sync may write. Sync owns
 * three places on a checklist line: the status character, the wording (from the checkbox to the first
 * field, emoji, tag or block id after it) and the value of `[source:: …]`; it adds or removes its own
 * `[retired:: …]`. Everything else on the line is the user's and is never rewritten.
 */
import type { InlineField, ListItem } from "../../parse/types.js";

export interface Splice {
	readonly from: number;
	readonly to: number;
	readonly insert: string;
}

/** Applies non-overlapping splices (any order) to a line. */
export function spliceLine(line: string, splices: readonly Splice[]): string {
	let out = line;
	for (const s of [...splices].sort((a, b) => b.from - a.from)) out = out.slice(0, s.from) + s.insert + out.slice(s.to);
	return out;
}

/** Fields written on the item's first line (bracketed or parenthesized), in column order. */
export function firstLineFields(item: ListItem): InlineField[] {
	return item.fields.filter((f) => f.line === item.line && f.style !== "line").sort((a, b) => a.from - b.from);
}

export function fieldOn(item: ListItem, key: string): InlineField | null {
	return firstLineFields(item).find((f) => f.canonicalKey === key) ?? null;
}

/** Start columns of everything that ends the wording: fields, Tasks emoji, tags and the block id on the first line. */
function metadataStarts(item: ListItem): number[] {
	return [
		...firstLineFields(item).map((f) => f.from),
		...item.emoji.map((e) => e.from),
		...item.tags.filter((t) => t.line === item.line).map((t) => t.from),
		...(item.blockId && item.blockId.line === item.line ? [item.blockId.from] : []),
	].filter((from) => from >= item.textFrom);
}

/** The wording as written: columns and text, surrounding white space left out. */
export function wordingSpan(item: ListItem, line: string): { from: number; to: number; text: string } {
	const end = Math.min(line.length, ...metadataStarts(item));
	const raw = line.slice(item.textFrom, end);
	const from = item.textFrom + (raw.length - raw.trimStart().length);
	const text = raw.trim();
	return { from, to: from + text.length, text };
}

/** The splice that puts `wording` in place of the current wording, keeping a space before what follows. */
export function rewordSplice(item: ListItem, line: string, wording: string): Splice {
	const span = wordingSpan(item, line);
	const next = line[span.to];
	const gap = span.text === "" && next !== undefined && !/\s/.test(next) ? " " : "";
	return { from: span.from, to: span.to, insert: wording + gap };
}

/** The splice that sets a field's value, leaving its brackets, key and spacing as written. */
export function fieldValueSplice(field: InlineField, line: string, value: string): Splice {
	const written = line.slice(field.from, field.to);
	const colons = written.indexOf("::") + 2;
	const inner = written.slice(colons, -1);
	const start = field.from + colons + (inner.length - inner.trimStart().length);
	const end = field.to - 1 - (inner.length - inner.trimEnd().length);
	return { from: start, to: Math.max(start, end), insert: value };
}

/**
 * Where sync adds a field: before the Tasks emoji (the Tasks plugin reads those only at the very end
 * of the line, before a block id), else before the block id, else at the end of the line.
 */
export function addFieldSplice(item: ListItem, line: string, field: string): Splice {
	const emoji = item.emoji[0];
	const anchor = emoji?.from ?? (item.blockId && item.blockId.line === item.line ? item.blockId.from : null);
	if (anchor !== null && anchor >= item.textFrom) return { from: anchor, to: anchor, insert: `${field} ` };
	const end = line.trimEnd().length;
	return { from: end, to: end, insert: `${line[end - 1] === undefined || /\s/.test(line[end - 1] ?? "") ? "" : " "}${field}` };
}

/** The splice that takes a field off the line, with the one space that `addFieldSplice` put beside it. */
export function removeFieldSplice(field: InlineField, line: string): Splice {
	if (line[field.to] === " ") return { from: field.from, to: field.to + 1, insert: "" };
	if (line[field.from - 1] === " ") return { from: field.from - 1, to: field.to, insert: "" };
	return { from: field.from, to: field.to, insert: "" };
}
