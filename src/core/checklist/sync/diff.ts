/**
 * A unified line diff for previews (Myers' O(ND) algorithm after trimming the common head and tail,
 * so a sync's few changed lines cost little even in a long note). Lines are compared without their
 * endings; a BOM is not a line's content.
 */
import { splitLines } from "../../parse/lines.js";

export type DiffKind = " " | "-" | "+";

export interface DiffLine {
	readonly kind: DiffKind;
	readonly text: string;
}

export interface DiffHunk {
	/** 1-based first line in the old and new text (as in `@@ -oldStart,oldLines +newStart,newLines @@`). */
	readonly oldStart: number;
	readonly oldLines: number;
	readonly newStart: number;
	readonly newLines: number;
	readonly lines: readonly DiffLine[];
}

export function diffHunks(before: string, after: string, context = 3): DiffHunk[] {
	const a = linesOf(before);
	const b = linesOf(after);
	const script = editScript(a, b);
	const hunks: DiffHunk[] = [];
	let i = 0;
	while (i < script.length) {
		while (i < script.length && script[i]?.kind === " ") i++;
		if (i >= script.length) break;
		const start = Math.max(0, i - context);
		// The hunk runs on while changes come within 2 × context lines of each other.
		let end = i;
		for (let j = i; j < script.length; j++) {
			if (script[j]?.kind !== " ") end = j;
			else if (j - end > 2 * context) break;
		}
		const stop = Math.min(script.length, end + context + 1);
		const lines = script.slice(start, stop);
		const first = script[start];
		hunks.push({
			oldStart: (first?.old ?? 0) + 1,
			oldLines: lines.filter((l) => l.kind !== "+").length,
			newStart: (first?.new ?? 0) + 1,
			newLines: lines.filter((l) => l.kind !== "-").length,
			lines: lines.map(({ kind, text }) => ({ kind, text })),
		});
		i = stop;
	}
	return hunks;
}

/** The diff as text: `--- a/path` / `+++ b/path` (when a path is given), `@@` hunk headers, ` `/`-`/`+` lines. */
export function diffLines(before: string, after: string, options: { readonly path?: string; readonly context?: number } = {}): string {
	const hunks = diffHunks(before, after, options.context ?? 3);
	if (hunks.length === 0) return "";
	const out = options.path === undefined ? [] : [`--- a/${options.path}`, `+++ b/${options.path}`];
	for (const h of hunks) {
		out.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`);
		for (const l of h.lines) out.push(l.kind + l.text);
	}
	return out.join("\n") + "\n";
}

/** Lines as a reader counts them: a final newline ends the last line, it does not start another. */
function linesOf(text: string): readonly string[] {
	const lines = splitLines(text).content;
	return lines[lines.length - 1] === "" ? lines.slice(0, -1) : lines;
}

function range(start: number, count: number): string {
	// As GNU diff writes it: an empty range names the line before it.
	return count === 1 ? String(start) : `${count === 0 ? start - 1 : start},${count}`;
}

interface Step extends DiffLine {
	/** 0-based line in the old / new text this step is at. */
	readonly old: number;
	readonly new: number;
}

function editScript(a: readonly string[], b: readonly string[]): Step[] {
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
	const ops = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
	const steps: Step[] = [];
	let x = 0;
	let y = 0;
	const push = (kind: DiffKind): void => {
		steps.push({ kind, text: kind === "+" ? (b[y] ?? "") : (a[x] ?? ""), old: x, new: y });
		if (kind !== "+") x++;
		if (kind !== "-") y++;
	};
	for (let i = 0; i < head; i++) push(" ");
	for (const op of ops) push(op);
	for (let i = 0; i < tail; i++) push(" ");
	return steps;
}

/** The shortest edit script from a to b, as a list of kept / removed / added lines. */
function myers(a: readonly string[], b: readonly string[]): DiffKind[] {
	const n = a.length;
	const m = b.length;
	const max = n + m;
	if (max === 0) return [];
	const off = max + 1;
	const v = new Int32Array(2 * max + 3);
	// v as it stood before each round d, only its k ∈ [-d, d] part: O(D²) memory, not O((N+M)·D).
	const trace: Int32Array[] = [];
	let done = false;
	for (let d = 0; d <= max && !done; d++) {
		trace.push(v.slice(off - d, off + d + 1));
		for (let k = -d; k <= d; k += 2) {
			let x = k === -d || (k !== d && (v[off + k - 1] ?? 0) < (v[off + k + 1] ?? 0)) ? (v[off + k + 1] ?? 0) : (v[off + k - 1] ?? 0) + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			v[off + k] = x;
			if (x >= n && y >= m) {
				done = true;
				break;
			}
		}
	}
	const ops: DiffKind[] = [];
	let x = n;
	let y = m;
	for (let d = trace.length - 1; d >= 0; d--) {
		const at = (k: number): number => trace[d]?.[k + d] ?? 0;
		const k = x - y;
		const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
		const prevX = d === 0 ? 0 : at(prevK);
		const prevY = prevX - prevK;
		while (x > prevX && y > prevY) {
			ops.push(" ");
			x--;
			y--;
		}
		if (d > 0) {
			if (x === prevX) {
				ops.push("+");
				y--;
			} else {
				ops.push("-");
				x--;
			}
		}
	}
	return ops.reverse();
}
