import { describe, expect, it } from "vitest";
import { countStatuses, DIMENSIONS, indexVault, quadrants } from "../../../src/core/plan/index.js";
import { md } from "../../support/markdown.js";

const files = [
	{
		path: "Acme/Acme plan.md",
		text: md`
			---
			intl-plan: 1
			---
			## 战略决策 Strategy
			- [ ] a
			- [/] b
			- [x] c
			- [X] d
			- [-] e
			- [?] f
			- Initiative #intl/strategy
			## Technology
			- [x] g
		`,
	},
	{ path: "Inbox/loose.md", text: "- [ ] loose #intl/risk\n- [x] done #intl/risk" },
];
const index = indexVault(files);

describe("Quadrants: a plan's items by dimension, in quadrant order", () => {
	it("should give four quadrants: strategy, technology, marketing, compliance", () => {
		expect(quadrants(index, "all").map((q) => q.dimension)).toEqual([...DIMENSIONS]);
		expect(DIMENSIONS).toEqual(["strategy", "technology", "marketing", "compliance"]);
	});

	it("should count tasks by status, other statuses as open", () => {
		const [strategy] = quadrants(index, { plan: "Acme/Acme plan.md" });
		expect(strategy?.counts).toEqual({ open: 2, "in-progress": 1, done: 2, cancelled: 1 });
	});

	it("should count progress over every task but the cancelled ones", () => {
		const [strategy, technology] = quadrants(index, { plan: "Acme/Acme plan.md" });
		expect([strategy?.done, strategy?.total]).toEqual([2, 5]);
		expect([technology?.done, technology?.total]).toEqual([1, 1]);
	});

	it("should list initiatives in the quadrant without counting them", () => {
		const [strategy] = quadrants(index, { plan: "Acme/Acme plan.md" });
		expect(strategy?.items.map((i) => i.kind)).toEqual(["task", "task", "task", "task", "task", "task", "initiative"]);
	});

	it.each([
		["one plan", { plan: "Acme/Acme plan.md" }, [7, 1, 0, 0]],
		["every plan and loose note", "all", [7, 1, 0, 2]],
		["notes in no plan", "unassigned", [0, 0, 0, 2]],
		["a plan that does not exist", { plan: "nope.md" }, [0, 0, 0, 0]],
	] as const)("should scope the items to %s", (_what, scope, sizes) => {
		expect(quadrants(index, scope).map((q) => q.items.length)).toEqual(sizes);
	});

	it("should count statuses of any list", () => {
		expect(countStatuses([])).toEqual({ open: 0, "in-progress": 0, done: 0, cancelled: 0 });
	});
});
