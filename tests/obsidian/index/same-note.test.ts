import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, dimensionMatcher, indexNote, runSteps } from "../../../src/core/index.js";
import { sameNoteSteps } from "../../../src/obsidian/index/same-note.js";

const matcher = dimensionMatcher(DEFAULT_CONFIG);
const note = (text: string) => indexNote("Plans/a.md", text, matcher, DEFAULT_CONFIG, { whole: true });
const tasks = (n: number, change = -1) => Array.from({ length: n }, (_, i) => `- [${i === change ? "x" : " "}] Task ${i} #intl/strategy`).join("\n") + "\n";

describe("same records after a read (nothing to redraw)", () => {
	it("should find a note read again to the same records the same, in steps over its items", () => {
		const a = note(tasks(1000) + "\nProse.\n");
		const b = note(tasks(1000) + "\nProse, typed on.\n");
		const steps = sameNoteSteps(a, b);
		let yields = 0;
		let next = steps.next();
		for (; !next.done; next = steps.next()) yields++;
		expect(next.value).toBe(true);
		expect(yields).toBeGreaterThanOrEqual(3);
	});

	it("should see a change anywhere: an item, a task with no dimension, a problem, the note's own facts", () => {
		const base = tasks(600);
		const same = (x: string, y: string) => runSteps(sameNoteSteps(note(x), note(y)));
		expect(same(base, tasks(600, 599))).toBe(false);
		expect(same(base, tasks(601))).toBe(false);
		expect(same(base + "- [ ] Untagged\n", base + "- [x] Untagged\n")).toBe(false);
		expect(same(base + "- [ ] Due 📅 2027-13-01 #intl/tech\n", base + "- [ ] Due 📅 2027-12-01 #intl/tech\n")).toBe(false);
		expect(same("---\nintl-plan: 1\ncompany: A\n---\n" + base, "---\nintl-plan: 1\ncompany: B\n---\n" + base)).toBe(false);
		expect(runSteps(sameNoteSteps(null, null))).toBe(true);
		expect(runSteps(sameNoteSteps(note(base), null))).toBe(false);
	});
});
