/**
 * Box drawing: a 2×2 grid of boxes sharing borders, or boxes stacked one above the other. Content
 * comes as laid-out lines no wider than the inner widths given by `gridInner` / `stackInner`; each
 * cell has one column of padding on both sides of its borders.
 */
import { lineWidth, renderLine, type Line } from "./text.js";
import { truncate } from "./wrap.js";

/** Segment lengths (the `─` runs) of the left and right columns of a grid `total` columns wide. */
function gridSegments(total: number): [number, number] {
	const left = Math.floor((total - 3) / 2);
	return [left, total - 3 - left];
}

/** Content widths of the left and right cells of a grid `total` columns wide. */
export function gridInner(total: number): [number, number] {
	const [l, r] = gridSegments(total);
	return [l - 2, r - 2];
}

export function stackInner(total: number): number {
	return total - 4;
}

/** Rows of cells side by side: both cells of a row get the height of the taller. */
export function drawGrid(rows: readonly (readonly [readonly Line[], readonly Line[]])[], total: number, color: boolean): string[] {
	const [l, r] = gridSegments(total);
	const [li, ri] = gridInner(total);
	const rule = (a: string, b: string, c: string): string => `${a}${"─".repeat(l)}${b}${"─".repeat(r)}${c}`;
	const out: string[] = [rule("┌", "┬", "┐")];
	rows.forEach(([left, right], i) => {
		if (i > 0) out.push(rule("├", "┼", "┤"));
		const height = Math.max(left.length, right.length);
		for (let k = 0; k < height; k++) {
			out.push(`│ ${pad(left[k] ?? [], li, color)} │ ${pad(right[k] ?? [], ri, color)} │`);
		}
	});
	out.push(rule("└", "┴", "┘"));
	return out;
}

/** One full-width box per entry, each closed before the next opens. */
export function drawStack(boxes: readonly (readonly Line[])[], total: number, color: boolean): string[] {
	const inner = stackInner(total);
	const out: string[] = [];
	for (const lines of boxes) {
		out.push(`┌${"─".repeat(total - 2)}┐`);
		for (const line of lines) out.push(`│ ${pad(line, inner, color)} │`);
		out.push(`└${"─".repeat(total - 2)}┘`);
	}
	return out;
}

/** The line padded with spaces to `columns` (cut with `…` first if it is somehow wider). */
export function pad(line: Line, columns: number, color: boolean): string {
	const fitted = lineWidth(line) > columns ? truncate([{ text: renderLine(line, false) }], columns) : line;
	return renderLine(fitted, color) + " ".repeat(Math.max(0, columns - lineWidth(fitted)));
}
