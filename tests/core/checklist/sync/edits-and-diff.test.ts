import { describe, expect, it } from "vitest";
import { applyEdits, diffHunks, diffLines, StaleEditError, syncPlanText } from "../../../../src/core/checklist/index.js";
import { DEFAULT_CONFIG } from "../../../../src/core/plan/index.js";
import { frontmatter, LIB, TODAY } from "./support.js";

describe("applying line edits", () => {
	const text = "\uFEFFone\r\ntwo\nthree";

	it("should replace, remove and insert by the original line numbers, keeping each line's ending and the BOM", () => {
		const out = applyEdits(text, [
			{ kind: "replace", line: 1, before: "one", after: "ONE" },
			{ kind: "remove", line: 2, before: "two" },
			{ before: 3, lines: ["2.5"] },
			{ before: 1, lines: ["zero"] },
		]);
		expect(out).toBe("\uFEFFzero\r\nONE\r\n2.5\r\nthree");
	});

	it("should read a lone CR as a line ending and give new lines the note's lone CR", () => {
		const out = applyEdits("one\rtwo\rthree", [
			{ kind: "replace", line: 2, before: "two", after: "TWO" },
			{ before: 4, lines: ["four"] },
		]);
		expect(out).toBe("one\rTWO\rthree\rfour\r");
	});

	it("should append after a last line that has no newline", () => {
		expect(applyEdits("a\nb", [{ before: 3, lines: ["c"] }])).toBe("a\nb\nc\n");
		expect(applyEdits("a\n", [{ before: 9, lines: ["c"] }])).toBe("a\nc\n");
	});

	it("should refuse a line that no longer reads as expected", () => {
		expect(() => applyEdits(text, [{ kind: "replace", line: 2, before: "TWO", after: "x" }])).toThrow(StaleEditError);
		expect(() => applyEdits(text, [{ kind: "remove", line: 7, before: "" }])).toThrow(StaleEditError);
	});

	it("should not depend on the order replaces and removals come in", () => {
		const edits = [
			{ kind: "replace", line: 1, before: "one", after: "1" },
			{ kind: "remove", line: 3, before: "three" },
		] as const;
		expect(applyEdits(text, [...edits])).toBe(applyEdits(text, [...edits].reverse()));
	});
});

describe("the preview's diff", () => {
	it("should write a unified diff with hunks and context", () => {
		const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join("\n") + "\n";
		const after = before.replace("line 2\n", "line two\n").replace("line 18\n", "line 18\nnew\n");
		expect(diffLines(before, after, { path: "Plans/A.md" })).toBe(
			[
				"--- a/Plans/A.md",
				"+++ b/Plans/A.md",
				"@@ -1,5 +1,5 @@",
				" line 1",
				"-line 2",
				"+line two",
				" line 3",
				" line 4",
				" line 5",
				"@@ -16,5 +16,6 @@",
				" line 16",
				" line 17",
				" line 18",
				"+new",
				" line 19",
				" line 20",
				"",
			].join("\n"),
		);
	});

	it("should be empty for equal texts and ignore line endings", () => {
		expect(diffLines("a\r\nb\r\n", "a\nb\n")).toBe("");
		expect(diffHunks("", "x\n")).toEqual([{ oldStart: 1, oldLines: 0, newStart: 1, newLines: 1, lines: [{ kind: "+", text: "x" }] }]);
		expect(diffLines("", "x\n")).toBe("@@ -0,0 +1 @@\n+x\n");
	});

	it("should find the shortest script between scattered changes", () => {
		const a = "a\nb\nc\nd\ne\nf\n";
		const b = "a\nc\nd\nX\ne\nf\nY\n";
		const kinds = diffHunks(a, b, 0).flatMap((h) => h.lines.map((l) => l.kind + l.text));
		expect(kinds).toEqual(["-b", "+X", "+Y"]);
	});
});

describe("syncing a plan note's text", () => {
	const options = { config: DEFAULT_CONFIG, defaultLang: "zh" as const };

	it("should refuse a profile it cannot read rather than retire half the checklist", () => {
		const result = syncPlanText(LIB, `${frontmatter({ size: "huge" })}- [ ] x ^ck-tech-a\n`, TODAY, options);
		expect(result.kind).toBe("bad-profile");
	});

	it("should leave notes that are no plan alone", () => {
		expect(syncPlanText(LIB, "# Notes\n- [ ] x ^ck-tech-a\n", TODAY, options).kind).toBe("not-a-plan");
		expect(syncPlanText(LIB, "---\nintl-plan:\n---\n", TODAY, options).kind).toBe("not-a-plan");
	});

	it("should say unchanged when there is nothing to write", () => {
		const first = syncPlanText(LIB, `${frontmatter({ lang: "en" })}## Strategy\n`, TODAY, options);
		if (first.kind !== "synced") throw new Error(first.kind);
		expect(first.report.unchanged).toBe(false);
		const again = syncPlanText(LIB, first.after, TODAY, options);
		expect(again.kind === "synced" && again.report.unchanged && again.after === first.after).toBe(true);
	});
});
