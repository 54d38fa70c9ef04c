import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { QUIET_MS } from "../../../src/obsidian/sync/register.js";
import { file, lastNotice, noticeTexts, settle, text } from "../support/harness.js";
import { openInEditor } from "../support/open-editor.js";
import { ACME, BETA, LIBRARY, LIBRARY_PATH, plan, team } from "./support.js";

const newItem = "- 接入海外支付 ^ck-tech-payments\n    - en:: Connect overseas payments\n    - when:: always\n    - source:: §3.2\n";

describe("syncing when the library changes (opt-in)", () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	async function editLibrary(h: Awaited<ReturnType<typeof team>>, times = 1): Promise<void> {
		for (let i = 0; i < times; i++) {
			await h.app.vault.modify(file(h.app, LIBRARY_PATH), LIBRARY + newItem + "\n".repeat(i));
			await vi.advanceTimersByTimeAsync(QUIET_MS / 2);
		}
	}

	it("should sync every plan after a quiet period, journaled, once the workspace has loaded", async () => {
		const h = await team({}, { syncOnLibraryChange: true });
		await editLibrary(h);
		await vi.advanceTimersByTimeAsync(QUIET_MS * 2);
		expect(await text(h.app, ACME), "not before the layout is ready").toBe(plan("Acme", "zh"));

		h.mockApp.workspace.setLayoutReady__();
		await editLibrary(h, 3);
		expect(await text(h.app, ACME), "not while the library keeps changing").toBe(plan("Acme", "zh"));
		await vi.advanceTimersByTimeAsync(QUIET_MS);
		await settle();
		expect(await text(h.app, ACME)).toContain("- [ ] 接入海外支付 [source:: §3.2] ^ck-tech-payments\n");
		expect(await text(h.app, BETA)).toContain("- [ ] Connect overseas payments [source:: §3.2] ^ck-tech-payments\n");
		expect(lastNotice()).toBe('The checklist library changed: synced 2 plans. "Undo last checklist sync" takes it back.');
		expect((await h.plugin.journal.load())?.notes).toHaveLength(2);
	});

	it("should wait while the library note is the one being edited, and sync once the user leaves it", async () => {
		const h = await team({}, { syncOnLibraryChange: true });
		h.mockApp.workspace.setLayoutReady__();
		await openInEditor(h.app, LIBRARY_PATH);
		await editLibrary(h);
		await vi.advanceTimersByTimeAsync(QUIET_MS * 3);
		await settle();
		expect(await text(h.app, ACME), "not while the library is open in front of the user").toBe(plan("Acme", "zh"));
		await openInEditor(h.app, ACME);
		await settle();
		expect(await text(h.app, ACME)).toContain("^ck-tech-payments");
	});

	it("should do nothing when the setting is off (the default)", async () => {
		const h = await team();
		h.mockApp.workspace.setLayoutReady__();
		await editLibrary(h);
		await vi.advanceTimersByTimeAsync(QUIET_MS * 2);
		await settle();
		expect(await text(h.app, ACME)).toBe(plan("Acme", "zh"));
		expect(noticeTexts()).toEqual([]);
	});

	it("should stop watching when the plugin unloads", async () => {
		const h = await team({}, { syncOnLibraryChange: true });
		h.mockApp.workspace.setLayoutReady__();
		await editLibrary(h);
		h.plugin.unload();
		await vi.advanceTimersByTimeAsync(QUIET_MS * 2);
		await settle();
		expect(await text(h.app, ACME)).toBe(plan("Acme", "zh"));
	});
});
