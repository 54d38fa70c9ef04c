/**
 * Styled text for the terminal: cleaning user text, cutting it into grapheme cells measured in
 * display columns (fast-string-width: CJK and most emoji take 2), and writing lines of cells with or
 * without ANSI colour. Widths are always those of the visible text. Wrapping is in wrap.ts.
 */
import stringWidth from "fast-string-width";
import { terminalText } from "../../core/index.js";

export interface Style {
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly color?: "red" | "green";
}

/** A run of text with one style. `keep` runs are not broken at their spaces (chips like `📅 03-01`). */
export interface Piece {
	readonly text: string;
	readonly style?: Style;
	readonly keep?: boolean;
}

/** One grapheme cluster with its display width. */
export interface Cell {
	readonly g: string;
	readonly w: number;
	readonly style: Style | undefined;
	/** Index of the `keep` piece it belongs to, or -1. */
	readonly keep: number;
}

/** A laid-out line: cells whose widths sum to at most the width it was laid out for. */
export type Line = readonly Cell[];

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Marks that reorder or hide text (bidi controls, BOM): they have no place in a grid cell either. */
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const SPACES = /[\t\n\u2028\u2029\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+/g;

/** User text → one line of printable text: escape sequences and control characters gone, white space single spaces. */
export function clean(text: unknown): string {
	const s = typeof text === "string" ? text : typeof text === "number" || typeof text === "boolean" ? String(text) : "";
	return terminalText(s.replace(/\r\n?|\u0085/g, "\n")).replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

export function width(text: string): number {
	return stringWidth(text);
}

const widths = new Map<string, number>();

/** Display width of one grapheme, remembered (the same few hundred graphemes come back all the time). */
function graphemeWidth(g: string): number {
	if (g.length === 1 && g >= " " && g <= "~") return 1;
	let w = widths.get(g);
	if (w === undefined) {
		w = stringWidth(g);
		if (widths.size < 10_000) widths.set(g, w);
	}
	return w;
}

/** Pieces → cells, one per grapheme; zero-width graphemes are kept (they attach to nothing harmful). */
export function cellsOf(pieces: readonly Piece[]): Cell[] {
	const cells: Cell[] = [];
	pieces.forEach((piece, i) => {
		const keep = piece.keep ? i : -1;
		if (/^[ -~]*$/.test(piece.text)) {
			for (const g of piece.text) cells.push({ g, w: 1, style: piece.style, keep });
			return;
		}
		for (const { segment } of segmenter.segment(piece.text)) {
			cells.push({ g: segment, w: graphemeWidth(segment), style: piece.style, keep });
		}
	});
	return cells;
}

/** Pieces as one line, unwrapped (for short fixed parts such as a marker). */
export function toLine(pieces: readonly Piece[]): Line {
	return cellsOf(pieces);
}

export function lineWidth(line: Line): number {
	return line.reduce((n, c) => n + c.w, 0);
}

/** Prefixes a line with unstyled spaces (continuation indent). */
export function indent(line: Line, columns: number): Line {
	return [...Array.from({ length: columns }, () => ({ g: " ", w: 1, style: undefined, keep: -1 })), ...line];
}

const CODES: Readonly<Record<string, string>> = { bold: "1", dim: "2", red: "31", green: "32" };

function sgr(style: Style | undefined): string {
	if (!style) return "";
	const codes: string[] = [];
	if (style.bold) codes.push(CODES.bold!);
	if (style.dim) codes.push(CODES.dim!);
	if (style.color) codes.push(CODES[style.color]!);
	return codes.length > 0 ? `\u001b[${codes.join(";")}m` : "";
}

/** The line as a string; with `color`, each styled run is wrapped in SGR codes and a reset. */
export function renderLine(line: Line, color: boolean): string {
	if (!color) return line.map((c) => c.g).join("");
	let out = "";
	let run = "";
	let runStyle = "";
	const flush = (): void => {
		if (run) out += runStyle ? `${runStyle}${run}\u001b[0m` : run;
		run = "";
	};
	line.forEach((cell, i) => {
		// A plain space between two cells of one style joins their run (`Risk & compliance` is one bold run).
		const next = line[i + 1];
		const s = cell.g === " " && !cell.style && next && sgr(next.style) === runStyle ? runStyle : sgr(cell.style);
		if (s !== runStyle) {
			flush();
			runStyle = s;
		}
		run += cell.g;
	});
	flush();
	return out;
}
