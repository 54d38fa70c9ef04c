/**
 * Budgets: no note costs far more than its size to read, whatever its nesting or its marks, and the
 * ordinary lines around the hostile ones are read as usual. The tests check what the parser is
 * handed (no line deeper or denser than a budget, no piece over one), which is what keeps it linear;
 * the time it takes is measured by `bench/hostile.mjs` (these notes took 4–27 s each before).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote, problemMessage } from "../../../src/core/index.js";
import { applyBudgets, inlineMarksOf, MAX_LINE_MARKS, MAX_NESTING } from "../../../src/core/parse/budgets.js";
import { BLOCK_BUDGET, CHUNK_SIZE, INLINE_BUDGET, splitIntoChunks } from "../../../src/core/parse/chunks.js";
import { splitLines } from "../../../src/core/parse/lines.js";
import { maskHiddenText } from "../../../src/core/parse/mask.js";

const ORDINARY = "# Plan\n\n- [ ] before #intl/strategy\n\n";
const AFTER = "\n\n- [ ] after #intl/tech\n";

/** The text the parser reads once budgets apply, as `parseNote` builds it. */
function budgeted(text: string): string {
	const lines = splitLines(text);
	return applyBudgets(maskHiddenText(lines), lines).text;
}

/** Deepest run of list or quote markers at the start of any line (indentation aside). */
function deepestMarkers(text: string): number {
	let deepest = 0;
	for (const line of text.split("\n")) {
		const m = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$))*/.exec(line);
		deepest = Math.max(deepest, (m?.[0].match(/[-*+>]|\d{1,9}[.)]/g) ?? []).length);
	}
	return deepest;
}

/** Indentation steps of the deepest line (an item nested by indentation alone). */
function deepestIndent(text: string): number {
	return Math.max(...text.split("\n").filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0));
}

describe("parse budgets", () => {
	it.each([
		["10,000 list markers on one line", `${"- ".repeat(10_000)}[ ] x`, "note-nesting", 5],
		["10,000 quote markers on one line", `${"> ".repeat(10_000)}- [ ] x`, "note-nesting", 5],
		// Its first 32 steps are read; the 33rd (line 5 + 32) is the first too deep.
		["an indented staircase of 600 items", Array.from({ length: 600 }, (_, i) => `${" ".repeat(2 * i)}- [ ] step ${i}`).join("\n"), "note-nesting", 37],
		["20,000 unclosed links on one line", "[a](".repeat(20_000), "note-long-line", 5],
		["50,000 opening brackets on one line", "[".repeat(50_000), "note-long-line", 5],
	] as const)("should hand the parser a note with %s within budget, name the line, and keep the ordinary tasks around it", (_what, hostile, code, line) => {
		const text = ORDINARY + hostile + AFTER;
		const read = budgeted(text);
		expect(read).toHaveLength(text.length); // offsets kept
		expect(deepestMarkers(read)).toBeLessThanOrEqual(MAX_NESTING);
		expect(deepestIndent(read)).toBeLessThanOrEqual(2 * MAX_NESTING);
		for (const l of read.split("\n")) expect(inlineMarksOf(l)).toBeLessThanOrEqual(MAX_LINE_MARKS);
		const facts = parseNote(text);
		expect(facts.problems.map((p) => [p.code, p.line])).toEqual([[code, line]]);
		const texts = facts.listItems.filter((i) => i.task).map((i) => i.text);
		expect(texts).toContain("before #intl/strategy");
		expect(texts).toContain("after #intl/tech");
		expect(problemMessage(facts.problems[0] ?? { code }, "zh")).toContain(`第 ${line} 行`);
	});

	it("should keep reading lists nested as deep as people write them (31 levels)", () => {
		const deep = Array.from({ length: 31 }, (_, i) => `${"  ".repeat(i)}- [ ] level ${i}`).join("\n");
		const facts = parseNote(deep);
		expect(facts.problems).toEqual([]);
		expect(facts.listItems).toHaveLength(31);
	});

	it("should cut a long paragraph full of links into pieces within both budgets, and read every task in it", () => {
		const line = "Lorem ipsum [link](http://x.y) and **bold** text #tag.\n";
		const text = `${line.repeat(4000)}- [ ] last #intl/risk\n`;
		const chunks = splitIntoChunks(text, splitLines(text));
		expect(chunks.length).toBeGreaterThan(1);
		expect(chunks[0]?.from).toBe(0);
		expect(chunks.at(-1)?.to).toBe(text.length);
		for (const [i, c] of chunks.entries()) {
			if (i > 0) expect(c.from).toBe(chunks[i - 1]?.to); // contiguous: nothing skipped or read twice
			const piece = text.slice(c.from, c.to);
			// A piece ends at the first line past a budget, so it holds at most one line more.
			expect(piece.length).toBeLessThanOrEqual(Math.max(BLOCK_BUDGET, CHUNK_SIZE) + line.length);
			expect(inlineMarksOf(piece)).toBeLessThanOrEqual(INLINE_BUDGET + inlineMarksOf(line));
		}
		expect(parseNote(text).listItems.map((i) => i.text)).toEqual(["last #intl/risk"]);
	});

	it("should never throw, and keep every task at an ordinary depth, whatever the nesting (property)", () => {
		const prefix = fc.array(fc.constantFrom("- ", "> ", "  ", "1. ", "* ", "\t"), { maxLength: 80 });
		fc.assert(
			fc.property(fc.array(prefix, { maxLength: 8 }), (prefixes) => {
				const hostile = prefixes.map((p) => `${p.join("")}[ ] x`).join("\n");
				const facts = parseNote(ORDINARY + hostile + AFTER);
				const texts = facts.listItems.filter((i) => i.task).map((i) => i.text);
				expect(texts).toContain("before #intl/strategy");
				expect(texts).toContain("after #intl/tech");
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 200) },
		);
	});
});
