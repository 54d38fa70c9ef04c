// @vitest-environment happy-dom
/** Filters that survive a reload, the due-date filter, My items, and a code block's `due` and `sort`. */
import type { ViewStateResult } from "obsidian";
import { describe, expect, it } from "vitest";
import { PLAN_VIEW_TYPE, type PlanView } from "../../../src/obsidian/view/plan-view.js";
import { command, noticeTexts, run, settle } from "../support/harness.js";
import { loadIndexed } from "../index/live-harness.js";
import { renderBlock } from "../codeblock/block-harness.js";
import { itemTexts, openView, pick } from "./support.js";
import { localToday } from "../../../src/obsidian/ui/today.js";

const PLAN = "---\nintl-plan: 1\ncompany: Acme\n---\n## Strategy\n- [ ] late [owner:: Mei] 📅 2026-11-20\n- [ ] soon [owner:: Li] 📅 2026-11-28 ⏫\n- [ ] later [owner:: Mei] 📅 2026-12-30\n- [x] done [owner:: Mei]\n";
const FILES = { "Acme/Acme plan.md": PLAN, "Acme/Other.md": "## Strategy\n- [ ] elsewhere [owner:: Mei] 📅 2026-11-26\n" };
const RESULT = {} as ViewStateResult;

describe("plan view filters", () => {
	it("should save every filter with the layout and bring them back on reload", async () => {
		const h = await openView(FILES);
		const select = (cls: string): HTMLSelectElement => h.el.querySelector<HTMLSelectElement>(`.${cls}`) ?? (() => { throw new Error(cls); })();
		pick(select("intl-plan-filter-owner"), "Mei");
		pick(select("intl-plan-filter-due"), "7d");
		await settle();
		expect(itemTexts(h.el)).toEqual(["late", "elsewhere"]);
		const saved = h.view.getState();
		expect(saved).toMatchObject({ owner: "Mei", due: "7d", status: "all", market: null, text: null });

		// Obsidian reopens the view from the saved layout: a fresh view, the same state.
		const again = await openView(FILES);
		await again.view.setState(JSON.parse(JSON.stringify(saved)), RESULT);
		expect(itemTexts(again.el)).toEqual(["late", "elsewhere"]);
		expect(again.el.querySelector<HTMLSelectElement>(".intl-plan-filter-due")?.value).toBe("7d");
		expect(again.el.querySelector<HTMLSelectElement>(".intl-plan-filter-owner")?.value).toBe("Mei");
	});

	it("should take only well-formed saved state (a damaged layout file shows everything, not nothing)", async () => {
		const h = await openView(FILES);
		await h.view.setState({ owner: 42, due: "soon", status: "maybe", text: "   " }, RESULT);
		expect(itemTexts(h.el)).toEqual(["late", "soon", "later", "done", "elsewhere"]);
	});

	it("should filter by due date with the view's own today", async () => {
		const h = await openView(FILES, {}, "2026-11-25");
		pick(h.el.querySelector<HTMLSelectElement>(".intl-plan-filter-due") ?? (() => { throw new Error("due"); })(), "overdue");
		await settle();
		expect(itemTexts(h.el)).toEqual(["late"]);
	});
});

describe("my items", () => {
	it("should open the plan view on every plan's open items owned by the user's name", async () => {
		const h = await loadIndexed(FILES, { doneBy: "Mei" });
		await run(h, "show-my-items");
		const leaf = h.app.workspace.getLeavesOfType(PLAN_VIEW_TYPE)[0];
		const view = leaf?.view as PlanView | undefined;
		expect(view?.getState()).toMatchObject({ scope: "all", owner: "Mei", status: "open" });
		await settle();
		expect(itemTexts(view?.contentEl ?? document.body)).toEqual(["late", "later", "elsewhere"]);
		expect(command(h, "show-my-items").name).toBe("Show my items");
	});

	it("should say where to set the name when none is set, and open nothing", async () => {
		const h = await loadIndexed(FILES);
		await run(h, "show-my-items");
		expect(noticeTexts().at(-1)).toContain('Set "Your name"');
		expect(h.app.workspace.getLeavesOfType(PLAN_VIEW_TYPE)).toHaveLength(0);
	});
});

describe("code block: due and sort", () => {
	it("should list open work due in the window, sorted by due date across notes, each row naming its note", async () => {
		// The block counts from the machine's today: the notes' dates are set from it.
		const day = (n: number): string => new Date(Date.parse(`${localToday()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
		const files = {
			"Acme/Acme plan.md": `---\nintl-plan: 1\n---\n## Strategy\n- [ ] late 📅 ${day(-5)}\n- [ ] soon 📅 ${day(3)} ⏫\n- [ ] later 📅 ${day(30)}\n`,
			"Acme/Other.md": `## Strategy\n- [ ] elsewhere 📅 ${day(1)}\n`,
		};
		const h = await loadIndexed(files);
		const { el } = await renderBlock(h, "due: 7d\nsort: due", "Acme/Acme plan.md");
		const rows = Array.from(el.querySelectorAll(".intl-plan-grid .intl-plan-item"));
		expect(rows.map((r) => [r.querySelector(".intl-plan-item-text")?.textContent, r.querySelector(".intl-plan-item-note")?.textContent])).toEqual([
			["late", "Acme plan"],
			["elsewhere", "Other"],
			["soon", "Acme plan"],
		]);
		expect(el.querySelectorAll(".intl-plan-note-group")).toHaveLength(0);
	});
});
