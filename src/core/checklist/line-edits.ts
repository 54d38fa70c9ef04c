/**
 * Edits as values: lines to insert before a given line. Applying them touches nothing else: every
 * other byte, the BOM and each line's own ending stay as they were; new lines take the note's ending.
 */
import { endsWithBreak, linesWithEndings, noteEnding } from "../text/line-endings.js";

export interface InsertLines {
	/** 1-based line the new lines go before; lineCount + 1 appends at the end. */
	readonly before: number;
	readonly lines: readonly string[];
}

export function applyInserts(text: string, edits: readonly InsertLines[]): string {
	if (edits.length === 0) return text;
	const eol = noteEnding(text);
	// Split keeping each line's own ending, so untouched lines come back byte for byte.
	const parts = linesWithEndings(text);
	const byLine = new Map<number, string[]>();
	for (const e of edits) byLine.set(e.before, [...(byLine.get(e.before) ?? []), ...e.lines]);
	let out = "";
	for (let i = 0; i < parts.length; i++) {
		const adding = byLine.get(i + 1);
		if (adding) out += adding.map((l) => l + eol).join("");
		out += parts[i];
	}
	const atEnd = [...byLine.entries()].filter(([line]) => line > parts.length).flatMap(([, lines]) => lines);
	if (atEnd.length) {
		if (out !== "" && !endsWithBreak(out)) out += eol;
		out += atEnd.map((l) => l + eol).join("");
	}
	return out;
}
