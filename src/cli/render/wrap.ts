/**
 * Line breaking for terminal text: at spaces, and between CJK (wide) characters with a simple
 * kinsoku rule; words wider than a line (URLs, long CJK runs) are broken between graphemes.
 */
import { cellsOf, type Cell, type Line, type Piece } from "./text.js";

/** Characters a line should not start with, and ones it should not end with (simple kinsoku). */
const NO_START = new Set([..."、。，．,.：:；;？?！!）)]｝}」』】〕〉》”’…‥ー・ゝゞヽヾ々〜～%％"]);
const NO_END = new Set([..."（([｛{「『【〔〈《“‘"]);

function isSpace(c: Cell): boolean {
	return c.g === " " && c.keep < 0;
}

/** May a line break fall between these two adjacent (non-space) cells? Only around wide characters. */
function breakBetween(a: Cell, b: Cell): boolean {
	if (a.keep >= 0 && a.keep === b.keep) return false;
	if (a.w < 2 && b.w < 2) return false;
	return !NO_START.has(b.g) && !NO_END.has(a.g);
}

interface Word {
	readonly cells: Cell[];
	readonly w: number;
	/** Separated from the word before by a space (kept when both sit on one line). */
	readonly spaced: boolean;
}

function wordsOf(cells: readonly Cell[]): Word[] {
	const words: Word[] = [];
	let current: Cell[] = [];
	let spaced = false;
	const flush = (): void => {
		if (current.length > 0) words.push({ cells: current, w: current.reduce((n, c) => n + c.w, 0), spaced });
		current = [];
	};
	for (const cell of cells) {
		if (isSpace(cell)) {
			flush();
			spaced = words.length > 0;
			continue;
		}
		const last = current[current.length - 1];
		if (last && breakBetween(last, cell)) {
			flush();
			spaced = false;
		}
		current.push(cell);
	}
	flush();
	return words;
}

/** Columns left on a line for starting there a word that has to be broken anyway. */
const HARD_BREAK_ROOM = 8;

/**
 * Greedy wrap: the first line holds `first` columns, later lines `rest`. Words longer than a whole
 * line (URLs, long CJK runs) are broken between graphemes. Never returns a line wider than its
 * limit, and always at least one line (possibly empty).
 */
export function wrap(pieces: readonly Piece[], first: number, rest: number = first): Line[] {
	const lines: Cell[][] = [];
	let line: Cell[] = [];
	let used = 0;
	const limit = (): number => Math.max(1, lines.length === 0 ? first : rest);
	const newLine = (): void => {
		lines.push(trimEnd(line));
		line = [];
		used = 0;
	};
	for (const word of wordsOf(cellsOf(pieces))) {
		const gap = used > 0 && word.spaced ? 1 : 0;
		if (used + gap + word.w <= limit()) {
			if (gap) line.push({ g: " ", w: 1, style: undefined, keep: -1 });
			line.push(...word.cells);
			used += gap + word.w;
			continue;
		}
		// A word no line can hold is broken anyway: start it here if a fair piece of it fits.
		const unbreakable = word.w > Math.max(1, rest);
		if (used > 0 && unbreakable && limit() - used - gap >= HARD_BREAK_ROOM) {
			if (gap) line.push({ g: " ", w: 1, style: undefined, keep: -1 });
			used += gap;
		} else if (used > 0) newLine();
		if (word.w <= limit() - used) {
			line.push(...word.cells);
			used += word.w;
			continue;
		}
		for (const cell of word.cells) {
			if (used + cell.w > limit() && used > 0) newLine();
			if (cell.w > limit() || (used === 0 && cell.g === " ")) continue; // nothing fits it / no leading space
			line.push(cell);
			used += cell.w;
		}
	}
	lines.push(trimEnd(line));
	return lines;
}

function trimEnd(line: Cell[]): Cell[] {
	let end = line.length;
	while (end > 0 && line[end - 1]!.g === " ") end--;
	return end === line.length ? line : line.slice(0, end);
}

/** Like `wrap` to one line: what does not fit is cut and ends in `…`. */
export function truncate(pieces: readonly Piece[], max: number): Line {
	const cells = cellsOf(pieces);
	const total = cells.reduce((n, c) => n + c.w, 0);
	if (total <= max) return cells;
	const out: Cell[] = [];
	let used = 0;
	for (const cell of cells) {
		if (used + cell.w > max - 1) break;
		out.push(cell);
		used += cell.w;
	}
	while (out.length > 0 && isSpace(out[out.length - 1]!)) out.pop();
	if (max >= 1) out.push({ g: "…", w: 1, style: undefined, keep: -1 });
	return out;
}
