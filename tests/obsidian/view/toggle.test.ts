// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/index.js";
import { toggledText } from "../../../src/obsidian/view/toggle-item.js";
import { file, lastNotice, noticeTexts, settle, text } from "../support/harness.js";
import { waitFor } from "../index/live-harness.js";
import { exampleFiles, HENGTAI, itemRow, openView, TestSource, TODAY } from "./support.js";

const DISTANCE = "Institutional & cultural distance DE vs. US";

/** Lines that differ between two texts of the same line count. */
function changedLines(before: string, after: string): number[] {
	const a = before.split("\n");
	const b = after.split("\n");
	expect(b).toHaveLength(a.length);
	return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

async function click(row: HTMLElement): Promise<void> {
	row.querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
	await settle();
}

describe("plan view: ticking a task", () => {
	it("should write exactly one line and leave every other byte", async () => {
		const h = await openView();
		const before = await text(h.app, HENGTAI);
		await click(itemRow(h.el, DISTANCE));
		const after = await text(h.app, HENGTAI);
		const [line] = changedLines(before, after);
		expect(changedLines(before, after)).toHaveLength(1);
		expect(after.split("\n")[(line ?? 0) - 1]).toBe(
			"- [x] Institutional & cultural distance DE vs. US: warranty expectations, quiet hours, return culture [owner:: Lukas Becker] 📅 2026-11-20 🔼 ✅ 2026-11-25 ^strategy-distance",
		);
		// Outside that line the note is byte for byte what it was.
		const lines = before.split("\n");
		const i = (line ?? 1) - 1;
		expect(after.startsWith(lines.slice(0, i).join("\n"))).toBe(true);
		expect(after.endsWith(lines.slice(i + 1).join("\n"))).toBe(true);
		expect(noticeTexts()).toEqual([]);
	});

	it("should record who ticked it when the settings name someone, and reopen a done task", async () => {
		const h = await openView(undefined, { doneBy: "Mei" });
		await click(itemRow(h.el, DISTANCE));
		expect(await text(h.app, HENGTAI)).toContain("🔼 [done-by:: Mei] ✅ 2026-11-25 ^strategy-distance");
		const before = await text(h.app, HENGTAI);
		await click(itemRow(h.el, "Choose entry sequence"));
		const after = await text(h.app, HENGTAI);
		expect(changedLines(before, after)).toHaveLength(1);
		expect(after).toContain("- [ ] Choose entry sequence: US + DE first, FR / IT via Amazon EU in 2027 H2 ^strategy-market-selection");
	});

	it("should keep Windows line endings and a byte-order mark", async () => {
		const files = exampleFiles();
		files[HENGTAI] = `\uFEFF${(files[HENGTAI] ?? "").replace(/\n/g, "\r\n")}`;
		const h = await openView(files);
		const before = await text(h.app, HENGTAI);
		await click(itemRow(h.el, DISTANCE));
		const after = await text(h.app, HENGTAI);
		expect(after.startsWith("\uFEFF")).toBe(true);
		expect(after.replace(/\r\n/g, "").includes("\n")).toBe(false);
		expect(changedLines(before.replace(/\r\n/g, "\n"), after.replace(/\r\n/g, "\n"))).toHaveLength(1);
	});

	it("should refuse a line that now holds another item: nothing written, a notice, the view drawn again", async () => {
		const h = await openView();
		const row = itemRow(h.el, DISTANCE);
		const drawn = h.el.querySelector(".intl-plan-quadrants");
		// Someone inserts a task above it after the view was drawn: the line now holds another item.
		const edited = (await text(h.app, HENGTAI)).replace("- [x] Choose entry sequence", "- [ ] Inserted meanwhile #intl/strategy\n- [x] Choose entry sequence");
		await h.app.vault.modify(file(h.app, HENGTAI), edited);
		let writes = 0;
		h.app.vault.on("modify", () => writes++);
		await click(row);
		expect(await text(h.app, HENGTAI)).toBe(edited);
		expect(writes).toBe(0);
		expect(lastNotice()).toContain("moved or changed");
		expect(lastNotice()).toContain("nothing was written");
		expect(drawn?.isConnected).toBe(false);
		expect(h.el.querySelector(".intl-plan-quadrants")).not.toBeNull();
	});

	it("should refuse when the line's text changed under the same line number", () => {
		const note = "---\nintl-plan: 1\n---\n## 战略决策 Strategy\n\n- [ ] Choose markets\n";
		const [item] = TestSource.build({ "p.md": note }).items;
		if (!item) throw new Error("no item");
		const changed = note.replace("Choose markets", "Choose partners");
		const edit = toggledText(changed, item, { ...DEFAULT_CONFIG, doneDate: true, doneBy: "" }, TODAY);
		expect(edit.result).toEqual({ ok: false, reason: "changed" });
		expect(edit.text).toBe(changed);
	});

	it("should put a recurring task's next occurrence above it, as the Tasks plugin does, and show it", async () => {
		const plan = "---\nintl-plan: 1\n---\n## 风险合规\n\n- [ ] VAT return DE 🔁 every month 📅 2026-11-10 ^vat\n";
		const h = await openView({ "Acme/Acme plan.md": plan });
		await click(itemRow(h.el, "VAT return DE"));
		const after = await text(h.app, "Acme/Acme plan.md");
		expect(after).toBe(plan.replace("- [ ] VAT return DE 🔁 every month 📅 2026-11-10 ^vat\n", "- [ ] VAT return DE 🔁 every month 📅 2026-12-10\n- [x] VAT return DE 🔁 every month 📅 2026-11-10 ✅ 2026-11-25 ^vat\n"));
		h.source.reindex({ "Acme/Acme plan.md": after });
		await waitFor(() => h.el.querySelectorAll(".intl-plan-item").length === 2);
		expect(Array.from(h.el.querySelectorAll(".intl-plan-chip-due")).map((c) => c.textContent)).toEqual(["2026-12-10", "2026-11-10"]);
	});

	it("should take a task marked 🏁 delete out of the note when ticked, its next occurrence in its place, as Tasks does", async () => {
		const plan = "---\nintl-plan: 1\n---\n## 风险合规\n\n- [ ] VAT return DE 🔁 every month 📅 2026-11-10 🏁 delete\n- [ ] EPR registration FR 🏁 delete\n- [ ] other\n";
		const h = await openView({ "Acme/Acme plan.md": plan });
		await click(itemRow(h.el, "VAT return DE"));
		await click(itemRow(h.el, "EPR registration FR"));
		expect(await text(h.app, "Acme/Acme plan.md")).toBe("---\nintl-plan: 1\n---\n## 风险合规\n\n- [ ] VAT return DE 🔁 every month 📅 2026-12-10 🏁 delete\n- [ ] other\n");
		expect(noticeTexts()).toEqual([]);
	});

	it("should keep a task marked 🏁 delete that has nested lines, ticked done, and say why", async () => {
		const plan = "---\nintl-plan: 1\n---\n## 风险合规\n\n- [ ] EPR registration FR 🏁 delete\n    - [ ] packaging data\n";
		const h = await openView({ "Acme/Acme plan.md": plan });
		await click(itemRow(h.el, "EPR registration FR"));
		expect(await text(h.app, "Acme/Acme plan.md")).toBe(plan.replace("FR 🏁 delete\n", "FR 🏁 delete ✅ 2026-11-25\n").replace("- [ ] EPR", "- [x] EPR"));
		expect(lastNotice()).toContain("🏁 delete");
		expect(lastNotice()).toContain("nested");
	});
});
