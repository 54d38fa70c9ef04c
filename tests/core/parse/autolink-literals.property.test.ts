import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { autolinkLiteralsMatter } from "../../../src/core/parse/autolink-literals.js";
import { emptyPieceRecords } from "../../../src/core/parse/block-records.js";

/** The rule as first written: every literal outside the spans, its whole run checked (quadratic on big pieces). */
function reference(piece: string, skips: [number, number][], opaque: [number, number][]): boolean {
	const bom = piece.charCodeAt(0) === 0xfeff ? 1 : 0;
	const inside = (at: number, ranges: readonly (readonly [number, number])[]) => ranges.some(([from, to]) => at - bom >= from && at - bom < to);
	for (const m of piece.matchAll(/@|www\.|:\/\//gi)) {
		if (inside(m.index, skips) || inside(m.index, opaque)) continue;
		let start = m.index;
		while (start > 0 && !/[ \t\r\n]/.test(piece[start - 1] ?? " ")) start--;
		let end = m.index + m[0].length;
		while (end < piece.length && !/[ \t\r\n]/.test(piece[end] ?? " ")) end++;
		if (/[`<>[\]()#\\&!*_~^|%$]/.test(piece.slice(start, end))) return true;
	}
	return false;
}

describe("autolink literals that could change a note's facts", () => {
	const piece = fc.array(fc.constantFrom("@", "www.", "://", "a", "b.c", " ", "\n", "#", "[", "`", "\uFEFF", "WWW.", "x"), { maxLength: 40 }).map((p) => p.join(""));
	const ranges = (max: number) => fc.array(fc.tuple(fc.nat(max), fc.nat(8)).map(([from, length]): [number, number] => [from, from + length]), { maxLength: 6 });

	it("should decide as checking every literal's run against every span does, in one pass", () => {
		fc.assert(
			fc.property(piece, ranges(40), ranges(40), (text, skips, opaque) => {
				const records = { ...emptyPieceRecords(), skips, opaque };
				expect(autolinkLiteralsMatter(text, records)).toBe(reference(text, skips, opaque));
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 2000) },
		);
	});
});
