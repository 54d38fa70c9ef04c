// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { quadrants } from "../../../src/core/index.js";
import { activeFilePath, file, loadPlugin, settle, text } from "../support/harness.js";
import { setLanguage__ } from "../support/obsidian-shim.js";
import { afterDebounce, exampleVault, loadIndexed, modify, waitFor } from "../index/live-harness.js";
import { HENGTAI, HENGTAI_NOTE, LINGXI, quadrantItems, renderBlock } from "./block-harness.js";

describe("intl-plan code block: which plan", () => {
	it("should draw the plan of the note holding the block, with the index's items in its four quadrants", async () => {
		const h = await loadIndexed(exampleVault());
		const { el } = await renderBlock(h, "", HENGTAI_NOTE);
		expect(el.querySelector(".intl-plan-title")?.textContent).toBe("恒泰制造 国际化规划");
		const expected = Object.fromEntries(quadrants(h.plugin.index.current(), { plan: HENGTAI }).map((q) => [q.dimension, q.items.length]));
		const shown = quadrantItems(el);
		expect(Object.keys(shown)).toEqual(["strategy", "technology", "marketing", "compliance"]);
		for (const [d, n] of Object.entries(expected)) expect(shown[d]?.length).toBe(Math.min(n, 100));
		expect(Object.values(expected).every((n) => n > 0)).toBe(true);
		expect(el.querySelector(".intl-plan-grid")).not.toBeNull();
	});

	it("should draw the plan itself when the block sits in the plan note", async () => {
		const h = await loadIndexed(exampleVault());
		const { el } = await renderBlock(h, "layout: list", LINGXI);
		expect(el.querySelector(".intl-plan-title")?.textContent).toBe("灵犀贸易 国际化规划");
		expect(el.querySelector(".intl-plan-list")).not.toBeNull();
	});

	it("should resolve plan: [[…]] as Obsidian resolves links, from any note", async () => {
		const h = await loadIndexed(exampleVault());
		const { el } = await renderBlock(h, "plan: [[灵犀贸易 国际化规划]]\nstatus: open", "Inbox/随手记 2026-11-24.md");
		expect(el.querySelector(".intl-plan-title")?.textContent).toBe("灵犀贸易 国际化规划");
		const items = quadrants(h.plugin.index.current(), { plan: LINGXI }).flatMap((q) => q.items);
		const open = items.filter((i) => i.status !== "done" && i.status !== "cancelled").length;
		expect(el.querySelectorAll(".intl-plan-grid .intl-plan-item").length).toBe(open);
		expect(el.querySelectorAll(".intl-plan-status-done").length).toBe(0);
	});

	it("should draw every plan, or the notes in none", async () => {
		const h = await loadIndexed(exampleVault());
		const all = await renderBlock(h, "plan: all", "Inbox/随手记 2026-11-24.md");
		expect(all.el.querySelector(".intl-plan-title")?.textContent).toBe("All plans");
		expect(all.el.querySelectorAll(".intl-plan-grid .intl-plan-item").length).toBe(Math.min(h.plugin.index.current().items.length, 400));
		// Both plans' unsorted tasks, under the grid.
		expect(all.el.querySelectorAll(".intl-plan-unsorted .intl-plan-item").length).toBe(h.plugin.index.current().unsorted.length);
		const none = await renderBlock(h, "plan: unassigned", "Inbox/随手记 2026-11-24.md");
		expect(none.el.querySelector(".intl-plan-title")?.textContent).toBe("Not in a plan");
	});

	it("should say so when the linked note is no plan, or the note belongs to none", async () => {
		const h = await loadIndexed(exampleVault());
		const missing = await renderBlock(h, "plan: [[No such plan]]", HENGTAI_NOTE);
		expect(missing.el.querySelector(".intl-plan-block-error")?.textContent).toBe("No plan note named [[No such plan]].");
		const notPlan = await renderBlock(h, "plan: [[欢迎 Welcome]]", HENGTAI_NOTE);
		expect(notPlan.el.querySelector(".intl-plan-block-error")?.textContent).toBe("No plan note named [[欢迎 Welcome]].");
		const orphan = await renderBlock(h, "", "Inbox/随手记 2026-11-24.md");
		expect(orphan.el.textContent).toBe("This note belongs to no plan. Add plan: [[…]] to the block, or plan: all.");
	});

	it("should say the vault is still being read before the first read ends", async () => {
		const h = await loadPlugin(exampleVault());
		const { el } = await renderBlock(h, "", HENGTAI_NOTE);
		expect(el.textContent).toBe("Reading the vault's plan notes…");
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => el.querySelector(".intl-plan-title") !== null);
	});
});

describe("intl-plan code block: options with mistakes", () => {
	const SOURCE = "plan: all\nlayout: diagonal\ncolour: red\n\nstatus: open\nstatus: all\njust words";

	it("should list every mistake with its line, and draw nothing else", async () => {
		const h = await loadIndexed(exampleVault());
		const { el } = await renderBlock(h, SOURCE, HENGTAI_NOTE);
		const box = el.querySelector(".intl-plan-block-error");
		expect(Array.from(box?.querySelectorAll("li") ?? []).map((li) => li.textContent)).toEqual([
			'Line 2: layout cannot be "diagonal". Use grid, list.',
			'Line 3: "colour" is not an option here. Options: plan, market, status, owner, due, sort, layout.',
			"Line 6: status is given twice.",
			'Line 7: "just words" is not an option. Write one option per line as key: value.',
		]);
		expect(el.querySelector(".intl-plan-quadrant")).toBeNull();
	});

	it("should write the mistakes in the UI language", async () => {
		setLanguage__("zh");
		const h = await loadIndexed(exampleVault());
		const { el } = await renderBlock(h, SOURCE, HENGTAI_NOTE);
		const lines = Array.from(el.querySelectorAll(".intl-plan-block-error li")).map((li) => li.textContent);
		expect(lines[0]).toBe("第 2 行：layout 不能是“diagonal”。请使用 grid, list。");
		expect(lines).toHaveLength(4);
	});
});

describe("intl-plan code block: live", () => {
	it("should redraw when the index changes, and stop listening once unloaded", async () => {
		const h = await loadIndexed(exampleVault());
		const unsubscribed = vi.fn();
		const onChange = h.plugin.index.onChange.bind(h.plugin.index);
		vi.spyOn(h.plugin.index, "onChange").mockImplementation((listener) => {
			const off = onChange(listener);
			return () => {
				unsubscribed();
				off();
			};
		});
		const { el, parent } = await renderBlock(h, "", HENGTAI_NOTE);
		const before = await text(h.app, HENGTAI_NOTE);
		await modify(h, HENGTAI_NOTE, `${before}\n- [ ] Wire the new dashboard #intl/technology\n`);
		await afterDebounce();
		expect(quadrantItems(el).technology).toContain("Wire the new dashboard");

		parent.unload();
		expect(unsubscribed).toHaveBeenCalledTimes(1);
		expect(el.childElementCount).toBe(0);
		await modify(h, HENGTAI_NOTE, before);
		await afterDebounce();
		expect(el.childElementCount).toBe(0);
	});

	it("should tick a task in its note, and open an item's note", async () => {
		const h = await loadIndexed({
			"P/Plan.md": "---\nintl-plan: 1\ncompany: Acme\nsize: small\nmarkets: [DE]\n---\n",
			"P/Work.md": "- [ ] Register for VAT #intl/compliance\n",
		}, { doneDate: false });
		const { el } = await renderBlock(h, "", "P/Plan.md");
		el.querySelector<HTMLInputElement>(".intl-plan-checkbox")?.click();
		await settle();
		expect(await text(h.app, "P/Work.md")).toBe("- [x] Register for VAT #intl/compliance\n");
		await afterDebounce();
		expect(el.querySelector(".intl-plan-status-done")).not.toBeNull();
		el.querySelector<HTMLElement>(".intl-plan-item-text")?.click();
		await settle();
		expect(activeFilePath(h.app)).toBe("P/Work.md");
		expect(file(h.app, "P/Work.md")).toBeDefined();
	});
});
