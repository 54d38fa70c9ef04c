import { describe, expect, it } from "vitest";
import { indexVault } from "../../../src/core/plan/index.js";
import { itemsOfPlan } from "../../../src/core/plan/plan-items.js";

describe("a plan's own items, grouped once per index", () => {
	const index = indexVault([
		{ path: "A/A plan.md", text: "---\nintl-plan: 1\n---\n## Strategy\n- [ ] a1\n- [ ] a2\n" },
		{ path: "B/B plan.md", text: "---\nintl-plan: 1\n---\n## Strategy\n- [ ] b1\n" },
		{ path: "Loose.md", text: "- [ ] loose #intl/risk\n" },
	]);

	it("should give each plan its items in the index's order, and the items in no plan under null", () => {
		expect(itemsOfPlan(index.items, "A/A plan.md").map((i) => i.text)).toEqual(["a1", "a2"]);
		expect(itemsOfPlan(index.items, "B/B plan.md").map((i) => i.text)).toEqual(["b1"]);
		expect(itemsOfPlan(index.items, null).map((i) => i.text)).toEqual(["loose"]);
		expect(itemsOfPlan(index.items, "Nowhere.md")).toEqual([]);
	});

	it("should answer again from the same grouping, and group a new index (a new list) afresh", () => {
		expect(itemsOfPlan(index.items, "A/A plan.md")).toBe(itemsOfPlan(index.items, "A/A plan.md"));
		const next = [...index.items].reverse();
		expect(itemsOfPlan(next, "A/A plan.md").map((i) => i.text)).toEqual(["a2", "a1"]);
	});
});
