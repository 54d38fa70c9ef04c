import { describe, expect, it } from "vitest";
import { indexVault, toJson } from "../../../src/core/plan/index.js";
import { shapes } from "../../support/v8-shape.js";

const SECTIONS = ["## 战略决策", "## 技术赋能", "## 营销协同", "## 风险合规", "## Notes"];

describe("the index's items", () => {
	it("should share one hidden class, in quadrants and in the unsorted tray, however many notes they come from", () => {
		const files = [{ path: "Plans/A/A plan.md", text: "---\nintl-plan: 1\ncompany: A\n---\n# A\n" }];
		for (let n = 0; n < 12; n++) {
			const lines = ["---", "plan: \"[[A plan]]\"", "---"];
			for (const [s, heading] of SECTIONS.entries()) {
				lines.push(heading);
				for (let i = 0; i < 10; i++) lines.push(`${i % 3 === 2 ? "  " : ""}- [${i % 2 ? "x" : " "}] task ${n}-${s}-${i}${i % 2 ? " [owner:: 王芳]" : ""}${i % 4 === 0 ? ` 📅 2026-01-0${1 + (i % 9)}` : ""}${i === 5 ? " ^b" + String(n) : ""}`);
			}
			files.push({ path: `Plans/A/note-${n}.md`, text: lines.join("\n") });
		}
		const index = indexVault(files);
		const tasks = index.items.filter((i) => i.kind === "task");
		expect(tasks.length).toBe(12 * 4 * 10);
		expect(index.unsorted.length).toBe(12 * 10);
		// Read a field of each first: an object whose class V8 has since widened moves to the new one when touched.
		for (const i of [...index.items, ...index.unsorted]) void i.parentLine;
		expect(shapes(tasks)).toBe(1);
		expect(shapes(index.unsorted)).toBe(1);
		// And as the JSON contract prints them (`index --json` at 33,000 items): one class per kind of list.
		const json = toJson(index) as { items: object[]; unsorted: object[] };
		expect(shapes(json.items)).toBe(1);
		expect(shapes(json.unsorted)).toBe(1);
	});
});
