/**
 * The one span that turns `before` into `after`: their common start and end are left out, so an edit
 * applied through an editor replaces only what changed (the cursor, selections and folds elsewhere
 * stay where they were). Never splits a UTF-16 surrogate pair or a CRLF.
 */
import { diffHunks } from "../checklist/sync/diff.js";
import { linesWithEndings } from "./line-endings.js";

export interface TextChange {
	/** Offsets into `before`. */
	readonly from: number;
	readonly to: number;
	/** What replaces `before.slice(from, to)`. */
	readonly text: string;
}

export function textChange(before: string, after: string): TextChange | null {
	if (before === after) return null;
	const max = Math.min(before.length, after.length);
	let start = 0;
	while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	let end = 0;
	while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
	// Keep a pair whole: a boundary between a high and a low surrogate, or between CR and LF, moves out.
	const splits = (s: string, at: number): boolean => {
		const a = s.charCodeAt(at - 1);
		const b = s.charCodeAt(at);
		return (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) || (a === 13 && b === 10);
	};
	while (start > 0 && (splits(before, start) || splits(after, start))) start--;
	while (end > 0 && (splits(before, before.length - end) || splits(after, after.length - end))) end--;
	return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}

/**
 * The changed lines as separate spans (a line diff, no context), in order, so that a cursor between
 * two edits (a line typed between two sections that both get items) stays on its text. Falls back to
 * the one span of `textChange` where the line diff cannot say it exactly (a change only in a line's
 * ending, which the diff does not compare).
 */
export function textChanges(before: string, after: string): TextChange[] {
	if (before === after) return [];
	const a = linesWithEndings(before);
	const b = linesWithEndings(after);
	const startsA = offsets(a);
	const startsB = offsets(b);
	const changes = diffHunks(before, after, 0).map((h): TextChange => {
		const from = startsA[h.oldStart - 1] ?? before.length;
		const to = startsA[h.oldStart - 1 + h.oldLines] ?? before.length;
		const newFrom = startsB[h.newStart - 1] ?? after.length;
		const newTo = startsB[h.newStart - 1 + h.newLines] ?? after.length;
		return { from, to, text: after.slice(newFrom, newTo) };
	});
	let out = "";
	let at = 0;
	for (const c of changes) {
		if (c.from < at) return fallback(before, after);
		out += before.slice(at, c.from) + c.text;
		at = c.to;
	}
	out += before.slice(at);
	return out === after ? changes : fallback(before, after);
}

function fallback(before: string, after: string): TextChange[] {
	const one = textChange(before, after);
	return one === null ? [] : [one];
}

/** Offset of each line's start, and the text's length after the last. */
function offsets(lines: readonly string[]): number[] {
	const starts = [0];
	for (const line of lines) starts.push((starts[starts.length - 1] ?? 0) + line.length);
	return starts;
}
