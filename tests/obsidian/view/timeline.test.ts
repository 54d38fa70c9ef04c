// @vitest-environment happy-dom
/** The plan view's Timeline tab: the same items as the quadrants, placed by their dates. */
import type { ViewStateResult } from "obsidian";
import { describe, expect, it } from "vitest";
import { activeFilePath, settle } from "../support/harness.js";
import { openView } from "./support.js";

const PLAN = "---\nintl-plan: 1\ncompany: Acme\nhorizon: 2027-03-31\n---\n## Strategy\n- [ ] pick markets 🛫 2026-12-01 📅 2027-01-31 [owner:: Mei]\n- [x] read the paper 📅 2026-11-20\n## 风险合规\n- [ ] VAT in DE 📅 2026-11-10 [owner:: Li]\n- [ ] no date yet\n";
const FILES = { "Acme/Acme plan.md": PLAN };

const tab = (el: HTMLElement, name: string): HTMLButtonElement => {
	const button = el.querySelector<HTMLButtonElement>(`.intl-plan-tab-${name}`);
	if (!button) throw new Error(`no ${name} tab`);
	return button;
};
const bars = (el: HTMLElement) => Array.from(el.querySelectorAll<HTMLElement>(".intl-plan-timeline-bar"));

describe("plan view: the Timeline tab", () => {
	it("should draw a lane per dimension with each dated task a bar placed by its days, and count the undated", async () => {
		const h = await openView(FILES, {}, "2026-11-25");
		expect(tab(h.el, "quadrants").getAttribute("aria-pressed")).toBe("true");
		tab(h.el, "timeline").click();
		await settle();
		expect(tab(h.el, "timeline").getAttribute("aria-pressed")).toBe("true");
		expect(h.el.querySelectorAll(".intl-plan-quadrant")).toHaveLength(0);
		// The plan's own dates lead: here its horizon.
		expect(Array.from(h.el.querySelectorAll(".intl-plan-timeline-lane")).map((l) => l.getAttribute("data-dimension"))).toEqual(["milestones", "strategy", "compliance"]);
		expect(h.el.querySelector(".intl-plan-timeline-milestone-horizon")?.textContent).toBe("Plan horizon · 2027-03-31");
		expect(bars(h.el).map((b) => [b.textContent, b.dataset.start, b.dataset.end])).toEqual([
			["read the paper", "2026-11-20", "2026-11-20"],
			["pick markets", "2026-12-01", "2027-01-31"],
			["VAT in DE", "2026-11-10", "2026-11-10"],
		]);
		// From the first start (2026-11-10) to the horizon (2027-03-31): 142 days.
		const vat = bars(h.el)[2];
		expect(vat?.style.getPropertyValue("--intl-plan-left")).toBe("0.000%");
		expect(bars(h.el)[1]?.style.getPropertyValue("--intl-plan-width")).toBe(`${((62 / 142) * 100).toFixed(3)}%`);
		expect(vat?.classList.contains("intl-plan-overdue")).toBe(true);
		expect(bars(h.el)[0]?.classList.contains("intl-plan-status-done")).toBe(true);
		expect(h.el.querySelector(".intl-plan-timeline-note")?.textContent).toBe("Dashed line: the plan's horizon, 2027-03-31 · 1 task without a date is not on the timeline");
	});

	it("should follow the filters, open a task from its bar, and be saved with the layout", async () => {
		const h = await openView(FILES, {}, "2026-11-25");
		tab(h.el, "timeline").click();
		await settle();
		await h.view.setState({ ...h.view.getState(), owner: "Mei" }, {} as ViewStateResult);
		expect(bars(h.el).map((b) => b.textContent)).toEqual(["pick markets"]);
		bars(h.el)[0]?.click();
		await settle();
		expect(activeFilePath(h.app)).toBe("Acme/Acme plan.md");
		expect(h.view.getState()).toMatchObject({ tab: "timeline", owner: "Mei" });
		const again = await openView(FILES, {}, "2026-11-25");
		await again.view.setState({ tab: "timeline" }, {} as ViewStateResult);
		expect(bars(again.el)).toHaveLength(3);
	});

	it("should give dated tasks with no dimension a lane of their own, dashed, after the dimensions", async () => {
		const h = await openView({ "Acme/Acme plan.md": `${PLAN}## Loose ends\n- [ ] call the forwarder 📅 2026-12-05\n` }, {}, "2026-11-25");
		tab(h.el, "timeline").click();
		await settle();
		const lanes = Array.from(h.el.querySelectorAll<HTMLElement>(".intl-plan-timeline-lane"));
		expect(lanes.map((l) => l.getAttribute("data-dimension"))).toEqual(["milestones", "strategy", "compliance", "none"]);
		const last = lanes[3];
		expect(last?.classList.contains("intl-plan-timeline-unsorted")).toBe(true);
		expect(last?.querySelector(".intl-plan-timeline-title")?.textContent).toBe("No dimension");
		expect(Array.from(last?.querySelectorAll(".intl-plan-timeline-bar") ?? []).map((b) => b.textContent)).toEqual(["call the forwarder"]);
	});

	it("should say how to get a timeline when no task has a date", async () => {
		const h = await openView({ "Acme/Acme plan.md": "---\nintl-plan: 1\n---\n## Strategy\n- [ ] someday\n" });
		tab(h.el, "timeline").click();
		await settle();
		expect(h.el.querySelector(".intl-plan-timeline .intl-plan-message")?.textContent).toContain("give tasks a start (🛫)");
	});

	it("should flag each market entry of the plan's entry sequence, in both languages, and open its row from the flag", async () => {
		const table = "| 市场 Market | 计划进入 Entry date |\n|---|---|\n| DE | 2027-02-01 |\n| US | 2027-03-20 |\n\n";
		const files = { "Acme/Acme plan.md": PLAN.replace("## Strategy\n", `${table}## Strategy\n`) };
		const h = await openView(files, {}, "2026-11-25");
		tab(h.el, "timeline").click();
		await settle();
		const flags = Array.from(h.el.querySelectorAll<HTMLElement>(".intl-plan-timeline-milestones .intl-plan-timeline-milestone"));
		expect(flags.map((f) => [f.textContent, f.dataset.date])).toEqual([
			["Enter DE · 2027-02-01", "2027-02-01"],
			["Enter US · 2027-03-20", "2027-03-20"],
			["Plan horizon · 2027-03-31", "2027-03-31"],
		]);
		// A flag near the end carries its label on its left, where the track does not cut it.
		expect(flags.map((f) => f.classList.contains("intl-plan-timeline-milestone-end"))).toEqual([false, true, true]);
		// Each entry is also a line across the dimensions' lanes.
		expect(h.el.querySelectorAll(".intl-plan-timeline-lane[data-dimension=strategy] .intl-plan-timeline-entry-line")).toHaveLength(2);
		expect(activeFilePath(h.app)).toBeNull();
		flags[0]?.click();
		await settle();
		expect(activeFilePath(h.app)).toBe("Acme/Acme plan.md");
		const zh = await openView(files, { uiLanguage: "zh" }, "2026-11-25");
		tab(zh.el, "timeline").click();
		await settle();
		expect(Array.from(zh.el.querySelectorAll(".intl-plan-timeline-milestone")).map((f) => f.textContent)).toEqual(["进入DE · 2027-02-01", "进入US · 2027-03-20", "规划期限 · 2027-03-31"]);
	});
});
