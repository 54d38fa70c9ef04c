// @vitest-environment happy-dom
/** The unsorted tray in the plan view and the code block: shown, counted, filtered, and sorted in one choice. */
import { describe, expect, it } from "vitest";
import { file, lastNotice, noticeTexts, settle, text } from "../support/harness.js";
import { afterDebounce, loadIndexed, waitFor } from "../index/live-harness.js";
import { quadrantItems, renderBlock } from "../codeblock/block-harness.js";
import { openView, pick } from "./support.js";

const PLAN = "---\nintl-plan: 1\ncompany: Acme\n---\n## 营销协同\n- [ ] Run the ad\n\n## Next\n- [ ] Book the room @Mei 📅 2026-11-01\n- [x] Send minutes\n";
const FILES = { "Acme/Acme plan.md": PLAN, "Acme/Weekly.md": "# Weekly\n\n- [ ] Call the forwarder ^fw\n" };

const tray = (el: HTMLElement): HTMLElement | null => el.querySelector<HTMLElement>(".intl-plan-unsorted");
const trayTexts = (el: HTMLElement): string[] => Array.from(tray(el)?.querySelectorAll(".intl-plan-item-text") ?? []).map((e) => e.textContent ?? "");
const pickerOf = (el: HTMLElement, task: string): HTMLSelectElement => {
	const row = Array.from(tray(el)?.querySelectorAll<HTMLElement>(".intl-plan-item") ?? []).find((r) => r.textContent?.includes(task));
	const select = row?.querySelector<HTMLSelectElement>("select.intl-plan-give-dimension");
	if (!select) throw new Error(`no picker for ${task}`);
	return select;
};

describe("plan view: the unsorted tray", () => {
	it("should list the plan's tasks no quadrant shows, under the quadrants, with their count, notes and owners", async () => {
		const h = await openView(FILES);
		const el = tray(h.el);
		expect(el?.querySelector(".intl-plan-quadrant-title")?.textContent).toBe("Unsorted: 3 tasks with no dimension");
		// The plan note's own first, then the other notes', as in a quadrant.
		expect(trayTexts(h.el)).toEqual(["Book the room", "Send minutes", "Call the forwarder"]);
		expect(Array.from(el?.querySelectorAll(".intl-plan-note-link") ?? []).map((a) => a.textContent)).toEqual(["Acme plan", "Weekly"]);
		expect(el?.querySelector(".intl-plan-chip-owner")?.textContent).toBe("Mei");
		expect(el?.querySelector(".intl-plan-overdue")).not.toBeNull();
		// It comes after the grid, not inside it: no fifth quadrant.
		expect(h.el.querySelectorAll(".intl-plan-quadrant")).toHaveLength(4);
		expect(el?.previousElementSibling?.className).toContain("intl-plan-grid");
		const options = Array.from(pickerOf(h.el, "Book the room").options).map((o) => [o.value, o.textContent, o.disabled]);
		expect(options).toEqual([
			["", "Give a dimension…", true],
			["strategy", "Strategic decision-making", false],
			["technology", "Technology enablement", false],
			["marketing", "Marketing synergy", false],
			["compliance", "Risk & compliance", false],
		]);
	});

	it("should follow the view's filters and say how many are shown of how many", async () => {
		const h = await openView(FILES);
		const status = h.el.querySelector<HTMLSelectElement>(".intl-plan-filter-status");
		if (!status) throw new Error("no status filter");
		pick(status, "open");
		await settle();
		expect(trayTexts(h.el)).toEqual(["Book the room", "Call the forwarder"]);
		expect(tray(h.el)?.querySelector(".intl-plan-quadrant-title")?.textContent).toBe("Unsorted: 3 tasks with no dimension (2 shown)");
	});

	it("should draw no tray when every task has a dimension", async () => {
		const h = await openView({ "Acme/Acme plan.md": "---\nintl-plan: 1\n---\n## Strategy\n- [ ] a\n" });
		expect(tray(h.el)).toBeNull();
	});

	it("should give a task its dimension in one choice: the tag on its line, before its block id, nothing else changed", async () => {
		const h = await openView(FILES);
		const before = await text(h.app, "Acme/Weekly.md");
		pick(pickerOf(h.el, "Call the forwarder"), "compliance");
		await settle();
		expect(await text(h.app, "Acme/Weekly.md")).toBe(before.replace("Call the forwarder ^fw", "Call the forwarder #intl/compliance ^fw"));
		expect(lastNotice()).toBe("Tagged the task in Acme/Weekly.md with #intl/compliance.");
		// The index reads the note again and the task leaves the tray for its quadrant.
		h.source.reindex({ ...FILES, "Acme/Weekly.md": await text(h.app, "Acme/Weekly.md") });
		await waitFor(() => trayTexts(h.el).length === 2);
		expect(trayTexts(h.el)).toEqual(["Book the room", "Send minutes"]);
	});

	it("should refuse when the line changed since the view was drawn: nothing written, a notice, the view drawn again", async () => {
		const h = await openView(FILES);
		const select = pickerOf(h.el, "Book the room");
		const edited = PLAN.replace("- [ ] Book the room", "- [ ] Booked another room");
		await h.app.vault.modify(file(h.app, "Acme/Acme plan.md"), edited);
		let writes = 0;
		h.app.vault.on("modify", () => writes++);
		pick(select, "strategy");
		await settle();
		expect(await text(h.app, "Acme/Acme plan.md")).toBe(edited);
		expect(writes).toBe(0);
		expect(lastNotice()).toContain("nothing was written");
		expect(select.isConnected).toBe(false);
	});

	it("should say what to do when no tag in the settings gives the dimension", async () => {
		const h = await openView(FILES, { tagPrefixes: [] });
		pick(pickerOf(h.el, "Book the room"), "technology");
		await settle();
		expect(await text(h.app, "Acme/Acme plan.md")).toBe(PLAN);
		expect(noticeTexts().at(-1)).toBe("No tag gives Technology enablement: add a tag prefix and name for it in the settings.");
	});

	it("should tick a task in the tray like any other", async () => {
		const h = await openView(FILES);
		const row = Array.from(tray(h.el)?.querySelectorAll<HTMLElement>(".intl-plan-item") ?? []).find((r) => r.textContent?.includes("Book the room"));
		row?.querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
		await settle();
		expect(await text(h.app, "Acme/Acme plan.md")).toContain("- [x] Book the room @Mei 📅 2026-11-01 ✅ ");
	});
});

describe("code block: the unsorted tray", () => {
	it("should draw the tray of the block's plan, and give a dimension from it through the live index", async () => {
		const h = await loadIndexed(FILES);
		const { el } = await renderBlock(h, "", "Acme/Weekly.md");
		expect(trayTexts(el)).toEqual(["Book the room", "Send minutes", "Call the forwarder"]);
		pick(pickerOf(el, "Book the room"), "strategy");
		await settle();
		await afterDebounce();
		await waitFor(() => trayTexts(el).length === 2);
		expect(quadrantItems(el).strategy).toEqual(["Book the room"]);
		expect(await text(h.app, "Acme/Acme plan.md")).toContain("- [ ] Book the room @Mei 📅 2026-11-01 #intl/strategy\n");
	});

	it("should follow the block's status filter", async () => {
		const h = await loadIndexed(FILES);
		const { el } = await renderBlock(h, "status: open", "Acme/Weekly.md");
		expect(trayTexts(el)).toEqual(["Book the room", "Call the forwarder"]);
	});
});
