/**
 * Budgets that keep any note's parse near linear in its size (see also `BLOCK_BUDGET` and
 * `INLINE_BUDGET` in chunks.ts, which cut long runs into pieces):
 *
 * - Nesting. micromark's container stack makes deeply nested list items or quotes cost far more than
 *   their size (20 KB of `- ` took 27 s; an indented staircase of 900 items, 16 s), and no person
 *   writes 32 levels. A cheap linear scan estimates each line's depth the way CommonMark nests
 *   containers (list items by their content column, quotes by their markers).
 * - One line full of inline marks (`[a](` × 20,000 on one line took 4–6 s): no cut can split a line.
 *
 * A line over a budget is blanked in the text the parser reads (offsets and line endings kept, as
 * `mask.ts` hides comments), and the first such line of each kind is named in a problem.
 */
import type { Lines } from "./lines.js";
import { runSteps, STEP_EVERY, type Steps } from "./steps.js";
import type { Problem } from "./types.js";

/** Deeper than this, a line is not read as markdown structure. */
export const MAX_NESTING = 32;

/** More inline marks than this on one line, and it is not read (a person's line holds a few dozen). */
export const MAX_LINE_MARKS = 2048;

const MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

export interface Budgeted {
	/** The text to parse: `masked` with every line over a budget blanked. */
	readonly text: string;
	readonly problems: readonly Problem[];
}

export function applyBudgets(masked: string, lines: Lines): Budgeted {
	return runSteps(applyBudgetsSteps(masked, lines));
}

/** `applyBudgets`, yielding every few hundred lines (see steps.ts). */
export function* applyBudgetsSteps(masked: string, lines: Lines): Steps<Budgeted> {
	// Fast path: no line can be over a budget without that many marks or that much indentation.
	if (!(yield* mayExceed(masked))) return { text: masked, problems: [] };
	let out: string[] | null = null;
	let first = 0;
	let deepLines = 0;
	let firstLong = 0;
	let longLines = 0;
	// Content columns of the open list items, innermost last.
	const stack: number[] = [];
	for (let n = 0; n < lines.content.length; n++) {
		if (n % STEP_EVERY === STEP_EVERY - 1) yield;
		const start = lines.starts[n] ?? 0;
		const line = masked.slice(start, start + (lines.content[n]?.length ?? 0));
		if (line.trim() === "") continue; // blank lines close nothing by themselves
		if (line.length > MAX_LINE_MARKS && inlineMarksOf(line) > MAX_LINE_MARKS) {
			if (longLines++ === 0) firstLong = n + 1;
			out ??= masked.split("");
			for (let i = start; i < start + line.length; i++) out[i] = " ";
			continue;
		}
		let at = 0;
		let quotes = 0;
		let depth = 0;
		// Leading indentation closes the items whose content starts to its right.
		const indent = leadingColumns(line, 0);
		while (stack.length > 0 && (stack[stack.length - 1] ?? 0) > indent.columns) stack.pop();
		at = indent.end;
		// Then every marker on the line opens a container: quotes, and list items at their content column.
		for (;;) {
			if (line[at] === ">") {
				quotes++;
				at++;
				if (line[at] === " " || line[at] === "\t") at++;
				continue;
			}
			const m = MARKER.exec(line.slice(at, at + 16));
			if (!m) break;
			const column = at + m[0].length;
			stack.push(column);
			at = column;
			depth++;
			if (stack.length + quotes > MAX_NESTING * 4) break; // far past the cap: no need to count on
		}
		if (stack.length + quotes <= MAX_NESTING && depth + quotes <= MAX_NESTING) continue;
		if (deepLines++ === 0) first = n + 1;
		out ??= masked.split("");
		for (let i = start; i < start + line.length; i++) out[i] = " ";
	}
	if (out === null) return { text: masked, problems: [] };
	const problems: Problem[] = [];
	if (deepLines > 0) problems.push({ line: first, code: "note-nesting", args: { line: String(first), limit: String(MAX_NESTING), count: String(deepLines) } });
	if (longLines > 0) problems.push({ line: firstLong, code: "note-long-line", args: { line: String(firstLong), limit: String(MAX_LINE_MARKS), count: String(longLines) } });
	return { text: out.join(""), problems };
}

/** Brackets, parentheses, `<`, emphasis marks, backticks and `!`: what inline parsing works on. */
export function inlineMarksOf(line: string): number {
	let n = 0;
	for (let i = 0; i < line.length; i++) if (isInlineMark(line.charCodeAt(i))) n++;
	return n;
}

function isInlineMark(c: number): boolean {
	return c === 91 || c === 40 || c === 60 || c === 42 || c === 95 || c === 96 || c === 33;
}

/** Columns of leading white space (a tab to the next multiple of 4) and where it ends. */
function leadingColumns(line: string, from: number): { columns: number; end: number } {
	let columns = 0;
	let i = from;
	for (; i < line.length; i++) {
		if (line[i] === " ") columns++;
		else if (line[i] === "\t") columns += 4 - (columns % 4);
		else break;
	}
	return { columns, end: i };
}

/** True when some line may be over a budget: many markers, many inline marks, or deep indentation (a cheap upper bound). */
function* mayExceed(text: string): Steps<boolean> {
	let markers = 0;
	let lineMarkers = 0;
	let lineMarks = 0;
	for (let i = 0; i < text.length; i++) {
		if ((i & 0x3ffff) === 0x3ffff) yield; // every 256 K characters
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) {
			lineMarkers = 0;
			lineMarks = 0;
			continue;
		}
		if (isInlineMark(c) && ++lineMarks > MAX_LINE_MARKS) return true;
		// '-', '*', '+', '>' or a digit run followed by '.' or ')' count as possible markers.
		if (c === 45 || c === 42 || c === 43 || c === 62 || c === 46 || c === 41) {
			if (++lineMarkers > MAX_NESTING) return true;
			markers++;
		}
	}
	// Depth from indentation needs as many nested items as levels, and deep indentation somewhere.
	return markers > MAX_NESTING && /(?:^|[\n\r])[ \t]{16,}(?:[-*+>]|\d)/.test(text);
}
