import { describe, expect, it } from "vitest";
import { indexVault, taskSpan, timeline } from "../../../src/core/plan/index.js";

const items = (tasks: string) => indexVault([{ path: "P/A.md", text: `---\nintl-plan: 1\n---\n${tasks}` }]).items;

describe("a plan's timeline", () => {
	it("should place each dated task by its days, today and the horizon included in the span", () => {
		const tl = timeline(items("## Strategy\n- [ ] a 🛫 2027-01-01 📅 2027-01-10\n- [x] b 📅 2027-01-05\n## Marketing\n- [ ] c ⏳ 2027-01-20\n- [-] dropped 📅 2027-01-02\n- [ ] undated\n"), { horizon: "2027-01-31", entries: [] }, "2026-12-31");
		expect(tl?.from).toBe("2026-12-31");
		expect(tl?.to).toBe("2027-01-31");
		expect(tl?.lanes.map((l) => [l.dimension, l.bars.map((b) => [b.item.text, b.start, b.end, +b.left.toFixed(4), +b.width.toFixed(4), b.overdue])])).toEqual([
			["strategy", [["a", "2027-01-01", "2027-01-10", 0.0313, 0.3125, false], ["b", "2027-01-05", "2027-01-05", 0.1563, 0.0313, false]]],
			["marketing", [["c", "2027-01-20", "2027-01-20", 0.625, 0.0313, false]]],
		]);
		expect(tl?.today).toBe(0);
		expect(tl?.horizon).toEqual({ date: "2027-01-31", at: 31 / 32 });
		expect(tl?.months.map((m) => m.date)).toEqual(["2027-01-01"]);
		expect(tl?.undated).toBe(1);
	});

	it("should mark open work due before today as overdue, not done work, and have no timeline without dates", () => {
		const tl = timeline(items("## Risk\n- [ ] late 📅 2026-11-01\n- [x] done late 📅 2026-11-01\n"), null, "2026-12-01");
		expect(tl?.lanes[0]?.bars.map((b) => [b.item.text, b.overdue])).toEqual([["late", true], ["done late", false]]);
		expect(timeline(items("## Risk\n- [ ] undated\n"), null, "2026-12-01")).toBeNull();
	});

	it("should give the plan's tasks with no dimension a lane of their own, last, so no dated task is missing", () => {
		const index = indexVault([{ path: "P/A.md", text: "---\nintl-plan: 1\n---\n## Risk\n- [ ] VAT 📅 2027-01-05\n## Loose ends\n- [ ] call the forwarder 📅 2027-01-02\n- [ ] no date\n" }]);
		const tl = timeline([...index.items, ...index.unsorted], null, "2027-01-01");
		expect(tl?.lanes.map((l) => [l.dimension, l.bars.map((b) => b.item.text)])).toEqual([
			["compliance", ["VAT"]],
			[null, ["call the forwarder"]],
		]);
		expect(tl?.undated).toBe(1);
		// Only undated tasks with no dimension: still no timeline.
		expect(timeline(indexVault([{ path: "P/A.md", text: "---\nintl-plan: 1\n---\n- [ ] no date\n" }]).unsorted, null, "2027-01-01")).toBeNull();
	});

	it("should read a start after the due date as the span between them", () => {
		expect(taskSpan({ fields: { start: "2027-02-01", due: "2027-01-01" } })).toEqual({ start: "2027-01-01", end: "2027-02-01" });
		expect(taskSpan({ fields: { due: "2027-13-01" } })).toBeNull();
	});

	it("should place the plan's market entries as milestones, by date, widening the span to hold them", () => {
		const plan = "---\nintl-plan: 1\nhorizon: 2027-06-30\n---\n| Market | Entry date |\n|---|---|\n| US | 2027-09-01 |\n| DE | 2027-02-01 |\n\n## Strategy\n- [ ] pick 📅 2027-01-10\n";
		const index = indexVault([{ path: "P/A.md", text: plan }]);
		const profile = index.plans[0]?.profile ?? null;
		const tl = timeline(index.items, profile, "2027-01-01");
		expect(tl?.to).toBe("2027-09-01");
		expect(tl?.entries.map((e) => [e.entry.market, e.date, +e.at.toFixed(3)])).toEqual([["DE", "2027-02-01", 0.127], ["US", "2027-09-01", 0.996]]);
		expect(tl?.horizon?.date).toBe("2027-06-30");
	});

	it("should draw a plan's entries even before any task has a date", () => {
		const index = indexVault([{ path: "P/A.md", text: "---\nintl-plan: 1\n---\n| 市场 | 计划进入 |\n|---|---|\n| 越南 | 2027-04-01 |\n\n## 战略决策\n- [ ] 选市场\n" }]);
		const tl = timeline(index.items, index.plans[0]?.profile ?? null, "2027-01-01");
		expect(tl?.lanes).toEqual([]);
		expect(tl?.entries.map((e) => e.entry.market)).toEqual(["越南"]);
		expect(tl?.undated).toBe(1);
	});

	it("should keep early years as written (no Date.UTC reading year 50 as 1950)", () => {
		const tl = timeline(items("## Strategy\n- [ ] ancient 🛫 0050-01-10 📅 0050-02-20\n"), null, "not a date");
		expect(tl?.months.map((m) => m.date)).toEqual(["0050-02-01"]);
		expect(tl?.lanes[0]?.bars[0]?.width).toBe(1);
	});
});
