// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { BUILTIN_LIBRARY, DEFAULT_CONFIG, readLibrary } from "../../../src/core/index.js";
import { DEFAULT_LIBRARY_NOTE } from "../../../src/obsidian/checklist/export-library.js";
import { activeFilePath, lastNotice, loadPlugin, noticeTexts, run, text } from "../support/harness.js";

const ITEMS = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG).items.length;

describe("command: export checklist library to vault", () => {
	it("should write the built-in library to the default note, as the CLI does", async () => {
		expect(DEFAULT_LIBRARY_NOTE).toBe("Intl plan/checklist-library.md");
		const h = await loadPlugin();
		await run(h, "export-checklist-library");
		expect(await text(h.app, DEFAULT_LIBRARY_NOTE)).toBe(BUILTIN_LIBRARY);
		expect(h.app.vault.getFolderByPath("Intl plan")).not.toBeNull();
	});

	it("should make the exported note the plugin's library, save the setting, and open the note", async () => {
		const h = await loadPlugin();
		await run(h, "export-checklist-library");
		expect(h.plugin.settings.libraryPath).toBe(DEFAULT_LIBRARY_NOTE);
		expect(h.mockPlugin.data__).toMatchObject({ libraryPath: DEFAULT_LIBRARY_NOTE });
		expect(lastNotice()).toContain(DEFAULT_LIBRARY_NOTE);
		expect(lastNotice()).toContain(`(${ITEMS} items)`);
		expect(activeFilePath(h.app)).toBe(DEFAULT_LIBRARY_NOTE);
	});

	it("should write to the note the settings name, and leave the setting as it was", async () => {
		const h = await loadPlugin({}, { libraryPath: "Team/Our checklist" });
		await run(h, "export-checklist-library");
		expect(await text(h.app, "Team/Our checklist.md")).toBe(BUILTIN_LIBRARY);
		expect(h.plugin.settings.libraryPath).toBe("Team/Our checklist");
	});

	it("should refuse a second run and write nothing", async () => {
		const h = await loadPlugin();
		await run(h, "export-checklist-library");
		const edited = `${BUILTIN_LIBRARY}\n- 我们自己的条目 ^ck-ours\n`;
		await h.app.vault.modify(h.app.vault.getFileByPath(DEFAULT_LIBRARY_NOTE)!, edited);
		const before = noticeTexts().length;
		await run(h, "export-checklist-library");
		expect(await text(h.app, DEFAULT_LIBRARY_NOTE)).toBe(edited);
		expect(noticeTexts()).toHaveLength(before + 1);
		expect(lastNotice()).toBe(`${DEFAULT_LIBRARY_NOTE} already exists; nothing was written.`);
	});

	it("should speak Chinese when the UI is in Chinese", async () => {
		const h = await loadPlugin({ "Intl plan/checklist-library.md": "x" }, { uiLanguage: "zh" });
		await run(h, "export-checklist-library");
		expect(lastNotice()).toBe("Intl plan/checklist-library.md 已存在，未写入任何内容。");
	});
});
