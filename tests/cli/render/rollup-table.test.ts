import fc from "fast-check";
import stringWidth from "fast-string-width";
import { describe, expect, it } from "vitest";
import { rollupTable } from "../../../src/cli/render/rollup-table.js";
import type { RollupRow } from "../../../src/core/summary/rollup.js";

const row = (title: string, doneBy: (readonly [string, number])[] = []): RollupRow => ({
	path: `Plans/${title}.md`,
	title,
	completion: { strategy: 17, technology: null, marketing: 9, compliance: 100 },
	overall: 15,
	overdue: 10,
	gaps: 45,
	doneBy,
});

describe("the roll-up as a terminal table", () => {
	it("should draw a box with the numbers right-aligned and Chinese measured by display width", () => {
		const out = rollupTable([row("恒泰制造 国际化规划", [["王芳", 3]]), row("Acme")], "zh", 120).trimEnd().split("\n");
		expect(out).toHaveLength(6);
		expect(new Set(out.map((l) => stringWidth(l))).size).toBe(1);
		expect(out[1]).toBe("│ 规划                │ 战略 │ 技术 │ 营销 │ 合规 │ 总体 │ 逾期 │ 缺口 │ 完成人 │");
		expect(out[3]).toBe("│ 恒泰制造 国际化规划 │  17% │    — │   9% │ 100% │  15% │   10 │   45 │ 王芳 3 │");
	});

	it("should fit any terminal of 20 columns or more by cutting the plan and done-by columns, never the numbers (property)", () => {
		const title = fc.string({ unit: fc.constantFrom("a", "规", " ", "划", "Z", "😀"), maxLength: 60 });
		fc.assert(
			fc.property(fc.array(title, { minLength: 1, maxLength: 4 }), fc.integer({ min: 20, max: 200 }), (titles, columns) => {
				const lines = rollupTable(titles.map((t) => row(t, [["某人", 2]])), "en", columns).trimEnd().split("\n");
				const widths = new Set(lines.map((l) => stringWidth(l)));
				expect(widths.size).toBe(1);
				// The numbers always show whole.
				for (const l of lines.slice(3, -1)) expect(l).toMatch(/│ +17% │ +— │ +9% │ +100% │ +15% │ +10 │ +45 │/);
				const natural = stringWidth(rollupTable(titles.map((t) => row(t, [["某人", 2]])), "en", 1000).split("\n")[0] ?? "");
				const narrowest = stringWidth(rollupTable([row("x")], "en", 20).split("\n")[0] ?? "");
				expect([...widths][0]).toBe(natural <= columns ? natural : [...widths][0]);
				expect([...widths][0]).toBeLessThanOrEqual(Math.max(columns, narrowest));
			}),
			{ numRuns: 200 },
		);
	});
});
