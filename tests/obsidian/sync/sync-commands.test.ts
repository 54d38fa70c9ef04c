import { describe, expect, it } from "vitest";
import { file, lastNotice, noticeTexts, openModals, openNote, run, settle, text } from "../support/harness.js";
import { ACME, BETA, button, LIBRARY, LIBRARY_PATH, plan, preview, team } from "./support.js";

const texts = (el: HTMLElement, selector: string): (string | null)[] => Array.from(el.querySelectorAll(selector), (e) => e.textContent);

describe("command: sync checklists (every plan)", () => {
	it("should preview each plan's changes as text, with a diff, and write nothing yet", async () => {
		const h = await team({ [BETA]: plan("Beta", "en", "\n- [x] <img src=x onerror=alert(1)> ^ck-tech-data\n") });
		expect(await run(h, "sync-checklists")).toBe(true);
		const el = preview();
		expect(el.querySelectorAll("h3").length).toBe(2);
		expect(texts(el, "h3")).toEqual([ACME, BETA]);
		expect(el.querySelector(".intl-plan-sync-counts")?.textContent).toBe("2 added");
		const added = texts(el, ".intl-plan-diff-added");
		expect(added).toContain("+- [ ] 建设数据中台 [source:: §3.2] ^ck-tech-data");
		const removed = texts(el, ".intl-plan-diff-removed");
		expect(removed).toEqual(["-- [x] <img src=x onerror=alert(1)> ^ck-tech-data"]);
		expect(el.querySelector("img")).toBeNull();
		expect(el.querySelector(".intl-plan-diff-hunk")?.textContent).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/);
		expect(await text(h.app, ACME)).toBe(plan("Acme", "zh"));
	});

	it("should write every plan on Apply and say so", async () => {
		const h = await team();
		await run(h, "sync-checklists");
		button("intl-plan-sync-apply").click();
		await settle();
		expect(openModals()).toHaveLength(0);
		expect(await text(h.app, ACME)).toContain("- [ ] 建设数据中台 [source:: §3.2] ^ck-tech-data\n");
		expect(await text(h.app, BETA)).toContain("- [ ] Build a data platform [source:: §3.2] ^ck-tech-data\n");
		expect(lastNotice()).toBe('Synced 2 plans. "Undo last checklist sync" takes it back.');
		expect((await h.plugin.journal.load())?.notes.map((n) => n.path)).toEqual([ACME, BETA]);
		// In its own file in the plugin folder, not in data.json (which Sync copies to every device).
		expect(await h.app.vault.adapter.exists(".obsidian/plugins/intl-plan/sync-journal.json")).toBe(true);
		expect(JSON.stringify(h.mockPlugin.data__ ?? {})).not.toContain("ck-tech-data");
	});

	it("should leave out a plan template in the core Templates plugin's folder", async () => {
		const h = await team({ "Meta/Templates/Plan.md": plan("{{title}}", "zh") });
		await h.app.vault.adapter.write(".obsidian/templates.json", JSON.stringify({ folder: "Meta/Templates" }));
		await run(h, "sync-checklists");
		expect(texts(preview(), "h3")).toEqual([ACME, BETA]);
	});

	it("should write nothing on Cancel", async () => {
		const h = await team();
		await run(h, "sync-checklists");
		button("intl-plan-sync-cancel").click();
		await settle();
		expect(openModals()).toHaveLength(0);
		expect(await text(h.app, ACME)).toBe(plan("Acme", "zh"));
		expect(await h.plugin.journal.load()).toBeNull();
	});

	it("should leave a note that changed since the preview as it is, and name it", async () => {
		const h = await team();
		await run(h, "sync-checklists");
		const edited = `${plan("Acme", "zh")}\n同事刚写的一段话。\n`;
		await h.app.vault.modify(file(h.app, ACME), edited);
		button("intl-plan-sync-apply").click();
		await settle();
		expect(await text(h.app, ACME)).toBe(edited);
		expect(await text(h.app, BETA)).toContain("^ck-tech-data");
		expect(noticeTexts()).toContain(`Changed since the preview; nothing written there: ${ACME}`);
		expect((await h.plugin.journal.load())?.notes.map((n) => n.path)).toEqual([BETA]);
	});

	it("should leave a plan that is not UTF-8 byte for byte, say why, and still sync the others", async () => {
		const h = await team();
		// "Café" in Latin-1 in the plan's prose: Obsidian shows it as "Caf\uFFFD".
		const [head, tail] = plan("Acme", "zh").split("# Acme\n");
		const bytes = Uint8Array.from([...new TextEncoder().encode(`${head}# Acme\n`), 0x43, 0x61, 0x66, 0xe9, 0x0a, ...new TextEncoder().encode(tail)]);
		await h.app.vault.modifyBinary(file(h.app, ACME), bytes.buffer);
		await run(h, "sync-checklists");
		button("intl-plan-sync-apply").click();
		await settle();
		expect(new Uint8Array(await h.app.vault.readBinary(file(h.app, ACME)))).toEqual(bytes);
		expect(noticeTexts().join("\n")).toContain(`${ACME} is not UTF-8 text (from line 8); nothing was written`);
		expect(await text(h.app, BETA)).toContain("^ck-tech-data");
		expect((await h.plugin.journal.load())?.notes.map((n) => n.path)).toEqual([BETA]);
	});

	it("should stop, naming the note, when the library the settings name is not in the vault (never the built-in one)", async () => {
		const h = await team();
		await h.app.fileManager.trashFile(file(h.app, LIBRARY_PATH));
		await run(h, "sync-checklists");
		await settle();
		expect(openModals()).toHaveLength(0);
		expect(lastNotice()).toContain(`The checklist library ${LIBRARY_PATH} is not in this vault`);
		expect(await text(h.app, ACME)).toBe(plan("Acme", "zh"));
	});

	it("should say every plan is in step, without a preview, when nothing would change", async () => {
		const h = await team();
		await run(h, "sync-checklists");
		button("intl-plan-sync-apply").click();
		await settle();
		await run(h, "sync-checklists");
		expect(openModals()).toHaveLength(0);
		expect(lastNotice()).toBe("Every plan is in step with the library.");
	});

	it("should refuse a library with problems", async () => {
		const h = await team({ [LIBRARY_PATH]: LIBRARY.replace("    - source:: §3.2\n", "") });
		await run(h, "sync-checklists");
		expect(openModals()).toHaveLength(0);
		expect(lastNotice()).toContain(LIBRARY_PATH);
		expect(await text(h.app, ACME)).toBe(plan("Acme", "zh"));
	});
});

describe("command: sync this plan", () => {
	it("should be offered only while a plan note is open", async () => {
		const h = await team();
		expect(await run(h, "sync-this-plan")).toBe(false);
		await openNote(h.app, "Notes/ideas.md");
		expect(await run(h, "sync-this-plan")).toBe(false);
		await openNote(h.app, BETA);
		expect(await run(h, "sync-this-plan")).toBe(true);
		expect(texts(preview(), "h3")).toEqual([BETA]);
		button("intl-plan-sync-apply").click();
		await settle();
		expect(await text(h.app, BETA)).toContain("^ck-tech-data");
		expect(await text(h.app, ACME)).toBe(plan("Acme", "zh"));
	});
});

describe("command: undo last checklist sync", () => {
	async function synced() {
		const h = await team();
		await run(h, "sync-checklists");
		button("intl-plan-sync-apply").click();
		await settle();
		return h;
	}

	it("should restore every note the last sync wrote", async () => {
		const h = await synced();
		await run(h, "undo-checklist-sync");
		expect(await text(h.app, ACME)).toBe(plan("Acme", "zh"));
		expect(await text(h.app, BETA)).toBe(plan("Beta", "en"));
		expect(lastNotice()).toBe("Restored 2 notes to how they were before the last sync.");
		expect(await h.plugin.journal.load()).toBeNull();
		await run(h, "undo-checklist-sync");
		expect(lastNotice()).toBe("There is no checklist sync to undo.");
	});

	it("should skip a note changed since the sync, and name it", async () => {
		const h = await synced();
		const ticked = (await text(h.app, ACME)).replace("- [ ] 建设数据中台", "- [x] 建设数据中台");
		await h.app.vault.modify(file(h.app, ACME), ticked);
		await run(h, "undo-checklist-sync");
		expect(await text(h.app, ACME)).toBe(ticked);
		expect(await text(h.app, BETA)).toBe(plan("Beta", "en"));
		expect(noticeTexts()).toContain(`Changed since the sync, so left as they are: ${ACME}`);
	});
});

describe("command: merge duplicated checklist items in this plan", () => {
	it("should preview and apply the merge, keeping the ticked copy and every child line", async () => {
		const body = "\n- [ ] 建设数据中台 [source:: §3.2] ^ck-tech-data\n    - 甲\n- [x] 建设数据中台 [source:: §3.2] ^ck-tech-data\n    - 乙\n";
		const h = await team({ [ACME]: plan("Acme", "zh", body) });
		await openNote(h.app, ACME);
		await run(h, "sync-this-plan");
		expect(preview().querySelector(".intl-plan-sync-warning")?.textContent).toContain("^ck-tech-data appear more than once");
		button("intl-plan-sync-cancel").click();
		await run(h, "dedupe-checklist");
		expect(preview().querySelector(".intl-plan-sync-counts")?.textContent).toBe("1 de-duplicated, 1 added");
		button("intl-plan-sync-apply").click();
		await settle();
		expect(await text(h.app, ACME)).toContain("- [x] 建设数据中台 [source:: §3.2] ^ck-tech-data\n    - 乙\n    - 甲\n");
	});
});
