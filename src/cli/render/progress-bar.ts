/** `3/8 done ██████░░░░░░░░░ 37%`: a progress label, a bar and a percentage, fitted to a width. */
import { width, type Line, type Piece } from "./text.js";
import { wrap } from "./wrap.js";

const FULL = "█";
const EMPTY = "░";
/** The bar never gets narrower than this on the label's line; otherwise it goes below the label. */
const MIN_BAR = 5;
/** "100%" */
const PCT_COLUMNS = 4;

/** Done over total as 0–1; 0 when there is nothing to do (or the numbers are nonsense). */
export function ratio(done: number, total: number): number {
	if (!(total > 0) || !Number.isFinite(done) || !Number.isFinite(total)) return 0;
	return Math.min(1, Math.max(0, done / total));
}

/** The bar and its percentage (`—` when total is 0) as styled pieces. */
export function barPieces(done: number, total: number, barColumns: number): Piece[] {
	const columns = Math.max(1, Math.floor(barColumns));
	const r = ratio(done, total);
	const filled = r >= 1 ? columns : Math.floor(r * columns);
	const pieces: Piece[] = [];
	if (filled > 0) pieces.push({ text: FULL.repeat(filled), style: { color: "green" }, keep: true });
	if (columns - filled > 0) pieces.push({ text: EMPTY.repeat(columns - filled), style: { dim: true }, keep: true });
	pieces.push({ text: " " }, { text: total > 0 ? `${Math.floor(r * 100)}%` : "—", keep: true });
	return pieces;
}

/** The label then the bar on one line when the bar gets at least MIN_BAR columns, else on two or more. */
export function progressLines(label: string, done: number, total: number, columns: number, maxBar = 20): Line[] {
	const room = columns - width(label) - 1 - 1 - PCT_COLUMNS;
	if (room >= MIN_BAR) {
		const pieces: Piece[] = [{ text: label, keep: true }, { text: " " }, ...barPieces(done, total, Math.min(maxBar, room))];
		return wrap(pieces, columns);
	}
	const bar = Math.max(1, Math.min(maxBar, columns - 1 - PCT_COLUMNS));
	return [...wrap([{ text: label }], columns), ...wrap(barPieces(done, total, bar), columns)];
}
