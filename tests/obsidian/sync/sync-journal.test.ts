// @vitest-environment happy-dom
/** Where the undo journal lives: its own bounded file in the plugin folder, never data.json. */
import { describe, expect, it } from "vitest";
import { FileJournal, MAX_JOURNAL_CHARS } from "../../../src/obsidian/sync/sync-journal.js";
import { appliedMessages } from "../../../src/obsidian/sync/sync-run.js";
import { lastNotice, run, settle, text } from "../support/harness.js";
import { ACME, BETA, button, plan, team } from "./support.js";

const JOURNAL = ".obsidian/plugins/intl-plan/sync-journal.json";

describe("the undo journal", () => {
	it("should move a journal an earlier version kept in data.json into its file, and undo from there", async () => {
		const after = `${plan("Acme", "zh")}\n- [ ] 建设数据中台 [source:: §3.2] ^ck-tech-data\n`;
		const h = await team({ [ACME]: after }, { syncJournal: { at: "2026-12-01T10:00:00.000Z", notes: [{ path: ACME, before: plan("Acme", "zh"), after }] } });
		expect(h.mockPlugin.data__).not.toHaveProperty("syncJournal");
		expect(await h.app.vault.adapter.exists(JOURNAL)).toBe(true);
		await run(h, "undo-checklist-sync");
		expect(await text(h.app, ACME)).toBe(plan("Acme", "zh"));
		expect(await h.app.vault.adapter.exists(JOURNAL)).toBe(false);
	});

	it("should not write data.json when a sync is journaled (settings stay as small as they are)", async () => {
		const h = await team();
		const before = JSON.stringify(h.mockPlugin.data__);
		await run(h, "sync-checklists");
		button("intl-plan-sync-apply").click();
		await settle();
		expect(JSON.stringify(h.mockPlugin.data__)).toBe(before);
		expect(await text(h.app, BETA)).toContain("^ck-tech-data");
	});

	it("should keep no journal of a sync too large to hold, and say it cannot be undone", async () => {
		const h = await team();
		const store = new FileJournal(h.app.vault.adapter, JOURNAL);
		expect(await store.save({ at: "t", notes: [{ path: ACME, before: "a", after: "b" }] })).toBe(true);
		const huge = "x".repeat(MAX_JOURNAL_CHARS);
		expect(await store.save({ at: "t", notes: [{ path: ACME, before: huge, after: `${huge}y` }] })).toBe(false);
		// The older journal is gone too: undoing it now would skip what the big sync wrote.
		expect(await store.load()).toBeNull();
		expect(await h.app.vault.adapter.exists(JOURNAL)).toBe(false);
		const told = appliedMessages({ written: [ACME], skipped: [], refused: [], journaled: false }, "zh", "sync.notice.applied");
		expect(told.info).toContain("无法保留以供撤销");
		expect(told.info).not.toContain("撤销上一次清单同步");
	});

	it("should read a damaged journal file as nothing to undo", async () => {
		const h = await team();
		await h.app.vault.adapter.write(JOURNAL, '{"at": "t", "notes": [{"path": "x"');
		await run(h, "undo-checklist-sync");
		expect(lastNotice()).toBe("There is no checklist sync to undo.");
	});
});
