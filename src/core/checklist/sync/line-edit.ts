/**
 * Sync's edits as values. A replace or a removal names the line it expects (`before`): applying it
 * to a note whose line reads otherwise is refused, never guessed at. Inserts are the checklist's
 * `InsertLines`. Every line no edit names comes back byte for byte: the BOM, each line's own ending,
 * a missing final newline.
 */
import type { InsertLines } from "../line-edits.js";
import { endsWithBreak, linesWithEndings, noteEnding, withoutEnding } from "../../text/line-endings.js";

export interface ReplaceLine {
	readonly kind: "replace";
	/** 1-based. */
	readonly line: number;
	/** The line as read, without its ending (and without a BOM on line 1). */
	readonly before: string;
	readonly after: string;
}

/** Only de-duplication removes lines: the first line of a copy, and child lines it moves. */
export interface RemoveLine {
	readonly kind: "remove";
	readonly line: number;
	readonly before: string;
}

export type LineEdit = ReplaceLine | RemoveLine | InsertLines;

export class StaleEditError extends Error {
	constructor(
		readonly line: number,
		readonly expected: string,
		readonly found: string | undefined,
	) {
		super(`line ${line} changed: expected ${JSON.stringify(expected)}, found ${JSON.stringify(found)}`);
	}
}

const BOM = "\uFEFF";

export function isInsert(edit: LineEdit): edit is InsertLines {
	return !("kind" in edit);
}

/**
 * Applies replaces and removals at their lines and inserts before theirs, all by the original line
 * numbers, in one pass. Inserts at the same line keep the order they were given in.
 * @throws StaleEditError when a replace or removal does not find the line it expects
 */
export function applyEdits(text: string, edits: readonly LineEdit[]): string {
	if (edits.length === 0) return text;
	const hadBom = text.startsWith(BOM);
	const body = hadBom ? text.slice(1) : text;
	const eol = noteEnding(body);
	// Each part keeps its own ending, so untouched lines come back as they were.
	const parts = linesWithEndings(body);
	const inserts = new Map<number, string[]>();
	const changes = new Map<number, ReplaceLine | RemoveLine>();
	for (const e of edits) {
		if (isInsert(e)) {
			const at = Math.min(e.before, parts.length + 1);
			inserts.set(at, [...(inserts.get(at) ?? []), ...e.lines]);
			continue;
		}
		const part = parts[e.line - 1];
		const content = part === undefined ? undefined : withoutEnding(part);
		if (content !== e.before || changes.has(e.line)) throw new StaleEditError(e.line, e.before, content);
		changes.set(e.line, e);
	}
	let out = hadBom ? BOM : "";
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i] ?? "";
		const adding = inserts.get(i + 1);
		if (adding) out += adding.map((l) => l + eol).join("");
		const change = changes.get(i + 1);
		if (!change) out += part;
		else if (change.kind === "replace") out += change.after + part.slice(change.before.length);
	}
	const atEnd = inserts.get(parts.length + 1);
	if (atEnd) {
		if (out !== "" && out !== BOM && !endsWithBreak(out)) out += eol;
		out += atEnd.map((l) => l + eol).join("");
	}
	return out;
}
