// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { IntlPlanSettingTab } from "../../src/obsidian/settings/settings-tab.js";
import { settingsFrom } from "../../src/obsidian/settings/settings.js";
import { loadPlugin, openModals, run, settle } from "./support/harness.js";
import { setLanguage__ } from "./support/obsidian-shim.js";

const COMMANDS = ["export-checklist-library", "install-templates", "create-plan", "insert-checklist", "open-plan-view", "sync-checklists", "sync-this-plan", "dedupe-checklist", "undo-checklist-sync", "write-plan-summary", "export-plan-canvas"];

describe("plugin lifecycle", () => {
	it("should register exactly the checklist commands and the plan view's, none with a default hotkey", async () => {
		const h = await loadPlugin();
		expect([...h.mockPlugin.commands__.keys()].sort()).toEqual([...COMMANDS].sort());
		for (const c of h.mockPlugin.commands__.values()) {
			expect(c.hotkeys).toBeUndefined();
			expect(c.name).toMatch(/^[A-Z][^A-Z]*$/); // sentence case
		}
	});

	it("should name the commands in the UI language", async () => {
		setLanguage__("zh");
		const h = await loadPlugin();
		expect(h.mockPlugin.commands__.get("create-plan")?.name).toBe("新建国际化规划");
		expect(h.mockPlugin.commands__.get("insert-checklist")?.name).toBe("为本规划插入清单");
	});

	it("should let the language setting override Obsidian's language", async () => {
		setLanguage__("zh");
		const h = await loadPlugin({}, { uiLanguage: "en" });
		expect(h.mockPlugin.commands__.get("create-plan")?.name).toBe("Create internationalization plan");
	});

	it("should add the settings tab once", async () => {
		const h = await loadPlugin();
		expect(h.mockPlugin.settingTabs__).toHaveLength(1);
		expect(h.mockPlugin.settingTabs__[0]).toBeInstanceOf(IntlPlanSettingTab);
	});

	it("should read saved settings over the defaults", async () => {
		const h = await loadPlugin({}, { libraryPath: "Team/library.md", plansFolder: "Strategy/Plans", uiLanguage: "zh" });
		expect(h.plugin.settings).toMatchObject({ libraryPath: "Team/library.md", plansFolder: "Strategy/Plans", uiLanguage: "zh", templatesFolder: "Templates/Intl plan" });
	});

	it("should leave nothing registered, and no form open, after unload", async () => {
		const h = await loadPlugin();
		await run(h, "create-plan");
		expect(openModals()).toHaveLength(1);
		h.plugin.unload();
		await settle();
		const component = h.mockPlugin;
		expect(component.loaded__).toBe(false);
		expect(component.children__).toEqual([]);
		expect(component.cleanups__).toEqual([]);
		expect(component.events__).toEqual([]);
		expect(component.intervals__).toEqual([]);
		expect(openModals()).toEqual([]);
		// Only what Obsidian itself removes on unload: commands, the settings tab, the plan view's
		// registration and its ribbon icon (views are not detached by hand: Obsidian restores them on reload).
		expect(component.ribbonActions__).toHaveLength(1);
		expect(component.statusBarItems__).toEqual([]);
		expect([...component.views__.keys()]).toEqual(["intl-plan-view"]);
		expect(component.markdownPostProcessors__).toEqual([]);
		expect(component.editorExtensions__).toEqual([]);
	});
});

describe("settings", () => {
	it("should fall back to auto for an unknown UI language", () => {
		expect(settingsFrom({ uiLanguage: "fr" }).uiLanguage).toBe("auto");
		expect(settingsFrom(undefined).uiLanguage).toBe("auto");
		expect(settingsFrom({ uiLanguage: "zh" }).uiLanguage).toBe("zh");
	});
});
