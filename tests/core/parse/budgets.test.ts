/**
 * Budgets: no note costs far more than its size to read, whatever its nesting or its marks, and the
 * ordinary lines around the hostile ones are read as usual. Time limits here are loose (a loaded
 * 2-core CI machine); the notes took 4–27 s each before the budgets.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote, problemMessage } from "../../../src/core/index.js";

const ORDINARY = "# Plan\n\n- [ ] before #intl/strategy\n\n";
const AFTER = "\n\n- [ ] after #intl/tech\n";

function timed(text: string): { ms: number; facts: ReturnType<typeof parseNote> } {
	const start = performance.now();
	const facts = parseNote(text);
	return { ms: performance.now() - start, facts };
}

describe("parse budgets", () => {
	it.each([
		["10,000 list markers on one line", `${"- ".repeat(10_000)}[ ] x`, "note-nesting", 5],
		["10,000 quote markers on one line", `${"> ".repeat(10_000)}- [ ] x`, "note-nesting", 5],
		// Its first 32 steps are read; the 33rd (line 5 + 32) is the first too deep.
		["an indented staircase of 600 items", Array.from({ length: 600 }, (_, i) => `${" ".repeat(2 * i)}- [ ] step ${i}`).join("\n"), "note-nesting", 37],
		["20,000 unclosed links on one line", "[a](".repeat(20_000), "note-long-line", 5],
		["50,000 opening brackets on one line", "[".repeat(50_000), "note-long-line", 5],
	] as const)("should read a note with %s quickly, name the line, and keep the ordinary tasks around it", (_what, hostile, code, line) => {
		const { ms, facts } = timed(ORDINARY + hostile + AFTER);
		expect(ms).toBeLessThan(3000);
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

	it("should read a long paragraph full of links in linear time (cut into pieces past the budget)", () => {
		const line = "Lorem ipsum [link](http://x.y) and **bold** text #tag.\n";
		const small = timed(line.repeat(500)).ms;
		const big = timed(line.repeat(4000)).ms;
		// Eight times the text: far from the 30× a quadratic parse takes.
		expect(big).toBeLessThan(Math.max(small, 20) * 20);
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
