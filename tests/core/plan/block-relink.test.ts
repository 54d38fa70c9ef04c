import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relinkPlanBlocks } from "../../../src/core/index.js";

const toNew = (target: string): string | null => (target === "Old plan" ? "New plan" : target === "Plans/Old plan" ? "Plans/New plan" : null);

describe("plan links in code blocks, after a rename", () => {
	it("should rewrite the plan line of an intl-plan block, keeping alias, heading, spacing and line ending", () => {
		const note = "# Notes\r\n```intl-plan\r\nplan: [[Old plan|our plan]]\r\nstatus: open\r\n```\r\nplan: [[Old plan]] outside a block\r\n";
		expect(relinkPlanBlocks(note, toNew)).toBe("# Notes\r\n```intl-plan\r\nplan: [[New plan|our plan]]\r\nstatus: open\r\n```\r\nplan: [[Old plan]] outside a block\r\n");
		expect(relinkPlanBlocks("~~~~ intl-plan\n  Plan：[[Plans/Old plan#Goals]]  \n~~~~\n", toNew)).toBe("~~~~ intl-plan\n  Plan：[[Plans/New plan#Goals]]  \n~~~~\n");
	});

	it("should leave other blocks, other plans, all and unassigned alone", () => {
		for (const note of ["```intl-plan-rollup\nplan: [[Old plan]]\n```\n", "```intl-plan\nplan: all\n```\n", "```intl-plan\nplan: [[Another]]\n```\n", "```js\nplan: [[Old plan]]\n```\n"]) {
			expect(relinkPlanBlocks(note, toNew)).toBe(note);
		}
	});

	it("should change no byte outside the plan lines it rewrites (property)", () => {
		const line = fc.constantFrom("```intl-plan", "```", "~~~", "plan: [[Old plan]]", "plan: Old plan", "text", "", "    ```intl-plan", "status: open");
		fc.assert(
			fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\r"), (ls, eol) => {
				const note = ls.join(eol) + eol;
				const out = relinkPlanBlocks(note, toNew);
				const a = note.split(eol);
				const b = out.split(eol);
				expect(b).toHaveLength(a.length);
				a.forEach((l, i) => {
					if (l !== b[i]) expect(l.replace("Old plan", "New plan")).toBe(b[i]);
				});
				expect(relinkPlanBlocks(out, toNew)).toBe(out);
			}),
		);
	});
});
