import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textChange, textChanges } from "../../../src/core/index.js";

const apply = (before: string, after: string): string => {
	const c = textChange(before, after);
	return c === null ? before : before.slice(0, c.from) + c.text + before.slice(c.to);
};

describe("the one span that changed", () => {
	it("should replace only the changed part of a line", () => {
		expect(textChange("a\n- [ ] task\nb\n", "a\n- [x] task ✅ 2026-01-01\nb\n")).toEqual({ from: 5, to: 12, text: "x] task ✅ 2026-01-01" });
		expect(textChange("same", "same")).toBeNull();
	});

	it("should never split a surrogate pair or a CRLF", () => {
		const c = textChange("x😀y", "x😁y");
		expect(c).toEqual({ from: 1, to: 3, text: "😁" });
		expect(textChange("a\r\nb", "a\nb")).toEqual({ from: 1, to: 3, text: "\n" });
	});

	it("should turn any text into any other (property)", () => {
		const text = fc.string({ unit: fc.constantFrom("a", "b", "\r", "\n", "😀", "中", " ") });
		fc.assert(
			fc.property(text, text, (before, after) => {
				expect(apply(before, after)).toBe(after);
				const c = textChange(before, after);
				if (c === null) return;
				for (const at of [c.from, c.to]) expect(before.slice(at - 1, at + 1)).not.toMatch(/^[\uD800-\uDBFF][\uDC00-\uDFFF]$|^\r\n$/u);
			}),
			{ numRuns: 1000 },
		);
	});

	it("should give separate spans for edits in separate places, each touching only its lines", () => {
		const before = "# P\n## A\n\ntyped\n## B\n";
		const after = "# P\n## A\n- [ ] a\n\ntyped\n## B\n- [ ] b\n";
		expect(textChanges(before, after)).toEqual([
			{ from: 9, to: 9, text: "- [ ] a\n" },
			{ from: 21, to: 21, text: "- [ ] b\n" },
		]);
	});

	it("should turn any text into any other through its spans, in order (property)", () => {
		const line = fc.constantFrom("a", "b", "", "- [ ] x", "## H", "😀");
		const text = fc.tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean()).map(([ls, eol, last]) => ls.join(eol) + (last ? eol : ""));
		fc.assert(
			fc.property(text, text, (before, after) => {
				let out = "";
				let at = 0;
				for (const c of textChanges(before, after)) {
					expect(c.from).toBeGreaterThanOrEqual(at);
					out += before.slice(at, c.from) + c.text;
					at = c.to;
				}
				expect(out + before.slice(at)).toBe(after);
			}),
			{ numRuns: 1000 },
		);
	});
});
