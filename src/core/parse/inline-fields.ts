/**
 * Dataview inline fields, read the way Dataview reads them:
 * - `[key:: value]` and `(key:: value)` anywhere on a line, brackets nesting inside the value
 *   (`[due:: [[2026-12-01]]]`);
 * - a whole line `key:: value` (the key at the start of the line, optionally in bold/italic).
 */
import type { InlineField } from "./types.js";
import { inRanges } from "./tags.js";

const KEY = String.raw`[\p{L}\p{N}_\p{Extended_Pictographic}][\p{L}\p{N}_\p{Extended_Pictographic}\s\-/]*?`;
const BRACKETED_START = new RegExp(`[\\[(]\\s*(${KEY})\\s*::`, "gu");
const WHOLE_LINE = new RegExp(`^(\\s*)[*_~]*(${KEY})[*_~]*::(?!:)\\s*(.*?)\\s*$`, "u");

export function canonicalKey(key: string): string {
	return key
		.replace(/[*_~`]/g, "")
		.trim()
		.toLowerCase()
		.replace(/\s+/g, "-");
}

/** Bracketed fields on one (masked) line; `skip` holds column ranges inside code or links. */
export function scanBracketedFields(
	line: string,
	lineNo: number,
	skip: readonly (readonly [number, number])[],
): InlineField[] {
	if (!line.includes("::")) return [];
	const out: InlineField[] = [];
	BRACKETED_START.lastIndex = 0;
	for (let m = BRACKETED_START.exec(line); m !== null; m = BRACKETED_START.exec(line)) {
		const from = m.index;
		if (inRanges(from, skip)) continue;
		const open = line[from] ?? "[";
		const close = open === "[" ? "]" : ")";
		const end = matchingClose(line, from, open, close);
		if (end === -1) continue;
		const key = (m[1] ?? "").trim();
		const value = line.slice(from + m[0].length, end).trim();
		out.push({
			key,
			canonicalKey: canonicalKey(key),
			value,
			style: open === "[" ? "bracket" : "paren",
			line: lineNo,
			from,
			to: end + 1,
		});
		BRACKETED_START.lastIndex = end + 1;
	}
	return out;
}

function matchingClose(line: string, from: number, open: string, close: string): number {
	let depth = 0;
	for (let i = from; i < line.length; i++) {
		const c = line[i];
		if (c === "\\") i++;
		else if (c === open) depth++;
		else if (c === close && --depth === 0) return i;
	}
	return -1;
}

/** A whole line `key:: value` (not a list item's marker line). */
export function scanWholeLineField(line: string, lineNo: number): InlineField | null {
	if (!line.includes("::")) return null;
	const m = WHOLE_LINE.exec(line);
	if (!m) return null;
	const key = (m[2] ?? "").trim();
	if (key.length === 0) return null;
	const from = (m[1] ?? "").length;
	return { key, canonicalKey: canonicalKey(key), value: m[3] ?? "", style: "line", line: lineNo, from, to: line.trimEnd().length };
}
