// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { DIMENSIONS, planForNote as planOfPath } from "../../../src/core/index.js";
import { file, openNote, settle } from "../support/harness.js";
import { counts, exampleFiles, HENGTAI, itemRow, itemTexts, LINGXI, openView, pick, quadrantEl, quadrantEls, selectEl, TestSource } from "./support.js";

describe("plan view: the example vault", () => {
	it("should show the first plan's four quadrants in the paper's order", async () => {
		const { el } = await openView();
		expect(el.querySelector(".intl-plan-title")?.textContent).toBe("恒泰制造 国际化规划");
		expect(quadrantEls(el).map((q) => q.dataset.dimension)).toEqual([...DIMENSIONS]);
		expect(quadrantEls(el).map((q) => q.querySelector(".intl-plan-quadrant-title")?.textContent)).toEqual([
			"Strategic decision-making", "Technology enablement", "Marketing synergy", "Risk & compliance",
		]);
	});

	it("should count each quadrant's tasks by status", async () => {
		const { el } = await openView();
		expect(counts(quadrantEl(el, "strategy"))).toEqual({ open: 17, "in-progress": 2, done: 4, cancelled: 2 });
		expect(quadrantEl(el, "strategy").querySelector(".intl-plan-progress-label")?.textContent).toBe("4/23 done");
		expect(quadrantEl(el, "technology").querySelector(".intl-plan-progress-label")?.textContent).toBe("5/32 done");
		expect(el.querySelector(".intl-plan-overall .intl-plan-progress-label")?.textContent).toBe("19/128 done");
		const bar = quadrantEl(el, "strategy").querySelector("progress");
		expect([bar?.value, bar?.max]).toEqual([4, 23]);
	});

	it("should show the company profile as chips", async () => {
		const { el } = await openView();
		const chips = Array.from(el.querySelectorAll(".intl-plan-profile .intl-plan-chip")).map((c) => c.textContent);
		expect(chips).toEqual(["medium", "manufacturing", "EU, US, DE (developed)", "hybrid model"]);
	});

	it("should group items under their note's name", async () => {
		const { el } = await openView();
		const notes = Array.from(quadrantEl(el, "strategy").querySelectorAll(".intl-plan-note-link")).map((a) => a.textContent);
		expect(notes).toContain("恒泰制造 国际化规划");
		expect(notes).toContain("Market entry decision - EU & US");
		expect(new Set(notes).size).toBe(notes.length);
	});

	it("should mark in-progress and cancelled tasks apart from open ones", async () => {
		const { el } = await openView();
		const doing = itemRow(el, "Define platform vs. independent-site roles");
		expect(doing.classList.contains("intl-plan-status-in-progress")).toBe(true);
		const box = doing.querySelector<HTMLInputElement>("input[type=checkbox]");
		expect([box?.checked, box?.indeterminate, box?.dataset.task]).toEqual([false, true, "/"]);
		expect(itemRow(el, "Enter the UK in 2026").classList.contains("intl-plan-status-cancelled")).toBe(true);
		expect(itemRow(el, "Choose entry sequence").querySelector<HTMLInputElement>("input")?.checked).toBe(true);
	});

	it("should render [[wikilinks]] in item text as internal links", async () => {
		const { el } = await openView();
		const link = itemRow(el, "Decide: own local team in DE").querySelector<HTMLAnchorElement>("a.internal-link");
		expect(link?.dataset.href).toBe("欧盟本地服务商");
		expect(link?.textContent).toBe("欧盟本地服务商");
		expect(link?.hasAttribute("href")).toBe(false);
	});

	it("should list both plans, all plans and notes in no plan in the picker", async () => {
		const { el } = await openView();
		const picker = selectEl(el, "intl-plan-picker");
		expect(Array.from(picker.options).map((o) => o.text)).toEqual(["恒泰制造 国际化规划", "灵犀贸易 国际化规划", "All plans", "Not in a plan"]);
		pick(picker, `plan:${LINGXI}`);
		expect(el.querySelector(".intl-plan-title")?.textContent).toBe("灵犀贸易 国际化规划");
		pick(picker, "all");
		expect(el.querySelector(".intl-plan-title")?.textContent).toBe("All plans");
		expect(el.querySelector(".intl-plan-profile")).toBeNull();
	});

	it("should narrow the items by status, market, owner and words", async () => {
		const { el } = await openView();
		const all = itemTexts(el).length;
		pick(selectEl(el, "intl-plan-filter-status"), "open");
		expect(itemTexts(el)).not.toContain("Choose entry sequence: US + DE first, FR / IT via Amazon EU in 2027 H2");
		expect(el.querySelectorAll(".intl-plan-status-done, .intl-plan-status-cancelled")).toHaveLength(0);
		const open = itemTexts(el).length;
		expect(open).toBeLessThan(all);

		const owner = selectEl(el, "intl-plan-filter-owner");
		expect(Array.from(owner.options).map((o) => o.value)).toContain("张伟");
		pick(owner, "张伟");
		const rows = Array.from(el.querySelectorAll(".intl-plan-item"));
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(row.querySelector(".intl-plan-chip-owner")?.textContent).toBe("张伟");
		pick(owner, "");

		const market = selectEl(el, "intl-plan-filter-market");
		pick(market, "DE");
		for (const row of Array.from(el.querySelectorAll(".intl-plan-item"))) {
			const markets = Array.from(row.querySelectorAll(".intl-plan-chip-market")).map((c) => c.textContent);
			if (markets.length > 0) expect(markets).toContain("DE");
		}
		pick(market, "");

		const search = el.querySelector<HTMLInputElement>("input.intl-plan-filter-text");
		if (!search) throw new Error("no search box");
		search.value = "gdpr";
		search.dispatchEvent(new Event("input"));
		expect(itemTexts(el).length).toBeGreaterThan(0);
		for (const text of itemTexts(el)) expect(text.toLowerCase()).toContain("gdpr");
		expect(document.activeElement === search || search.isConnected).toBe(true);
	});

	it("should say a quadrant is empty when the filters hide all its items", async () => {
		const { el } = await openView();
		const search = el.querySelector<HTMLInputElement>("input.intl-plan-filter-text");
		if (!search) throw new Error("no search box");
		search.value = "no such words anywhere";
		search.dispatchEvent(new Event("input"));
		expect(quadrantEl(el, "strategy").querySelector(".intl-plan-empty")?.textContent).toBe("No items match the filters.");
		expect(el.querySelector(".intl-plan-create-note")).toBeNull();
	});

	it("should mark items due before today and not done as overdue", async () => {
		const { el } = await openView(undefined, {}, "2026-11-21");
		const late = itemRow(el, "Institutional & cultural distance DE vs. US"); // 📅 2026-11-20, open
		expect(late.classList.contains("intl-plan-overdue")).toBe(true);
		expect(late.querySelector(".intl-plan-chip-due")?.classList.contains("intl-plan-overdue")).toBe(true);
		expect(itemRow(el, "Define platform vs. independent-site roles").classList.contains("intl-plan-overdue")).toBe(false); // 12-15
		const earlier = await openView(undefined, {}, "2026-11-20");
		expect(itemRow(earlier.el, "Institutional & cultural distance DE vs. US").classList.contains("intl-plan-overdue")).toBe(false);
	});

	it("should follow the active note to its plan", async () => {
		const h = await openView();
		// Obsidian fires file-open as a note opens; the mock workspace leaves that to the test.
		const open = async (path: string): Promise<void> => {
			await openNote(h.app, path);
			h.app.workspace.trigger("file-open", file(h.app, path));
		};
		await open("Plans/Lingxi Trading 灵犀贸易/周会纪要 2026-11-18.md");
		expect(h.el.querySelector(".intl-plan-title")?.textContent).toBe("灵犀贸易 国际化规划");
		await open("Inbox/随手记 2026-11-24.md"); // in no plan: the view stays
		expect(h.el.querySelector(".intl-plan-title")?.textContent).toBe("灵犀贸易 国际化规划");
		await open(HENGTAI);
		expect(h.el.querySelector(".intl-plan-title")?.textContent).toBe("恒泰制造 国际化规划");
	});

	it("should stay on all plans when it opens an item itself", async () => {
		const h = await openView();
		pick(selectEl(h.el, "intl-plan-picker"), "all");
		itemRow(h.el, "Choose entry sequence").querySelector<HTMLElement>(".intl-plan-item-text")?.click();
		await settle();
		h.app.workspace.trigger("file-open", file(h.app, HENGTAI));
		h.app.workspace.trigger("active-leaf-change", h.app.workspace.getLeaf(false));
		expect(h.el.querySelector(".intl-plan-title")?.textContent).toBe("All plans");
		h.app.workspace.trigger("file-open", file(h.app, LINGXI));
		expect(h.el.querySelector(".intl-plan-title")?.textContent).toBe("灵犀贸易 国际化规划");
	});

	it("should re-render when the index changes", async () => {
		const files = exampleFiles();
		const h = await openView(files);
		files[HENGTAI] = `${files[HENGTAI] ?? ""}\n## 战略决策 Strategy\n\n- [ ] A brand-new strategy task\n`;
		h.source.reindex(files);
		await new Promise((resolve) => setTimeout(resolve, 150));
		await settle();
		expect(itemTexts(h.el)).toContain("A brand-new strategy task");
	});

	it("should find a note's plan by the plan note, its items, or its folder", () => {
		const index = TestSource.build(exampleFiles());
		expect(planOfPath(index, HENGTAI)).toBe(HENGTAI);
		expect(planOfPath(index, "Plans/Hengtai Manufacturing 恒泰制造/数据中台 Data Platform.md")).toBe(HENGTAI);
		expect(planOfPath(index, "Plans/Hengtai Manufacturing 恒泰制造/Meetings/Some new note.md")).toBe(HENGTAI);
		expect(planOfPath(index, "Inbox/随手记 2026-11-24.md")).toBeNull();
	});
});
