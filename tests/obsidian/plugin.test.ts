// @vitest-environment happy-dom
import { Plugin } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import IntlPlanPlugin from "../../src/main.js";
import { IntlPlanSettingTab } from "../../src/obsidian/settings/settings-tab.js";
import { settingsFrom } from "../../src/obsidian/settings/settings.js";
import { loadPlugin, MANIFEST, openModals, run, settle, vault } from "./support/harness.js";
import { setLanguage__ } from "./support/obsidian-shim.js";

const COMMANDS = ["export-checklist-library", "install-templates", "create-plan", "insert-checklist", "open-plan-view", "show-my-items", "sync-checklists", "sync-this-plan", "dedupe-checklist", "undo-checklist-sync", "write-plan-summary", "export-plan-report", "export-plan-canvas"];

afterEach(() => {
	vi.restoreAllMocks();
});

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
		// Only what Obsidian itself removes on unload: commands, the settings tab and the ribbon icon
		// (views are not detached by hand: Obsidian restores them on reload).
		expect(component.ribbonActions__).toHaveLength(1);
		expect(component.statusBarItems__).toEqual([]);
		expect([...component.views__.keys()]).toEqual([]);
		expect([...component.cliHandlers__.keys()]).toEqual([]);
		expect(component.markdownPostProcessors__).toEqual([]);
		expect(component.editorExtensions__).toEqual([]);
	});

	it("should still load when a command line name is taken (another plugin's), and register the others", async () => {
		const mockApp = vault();
		class OtherPlugin extends Plugin {}
		const other = new OtherPlugin(mockApp, { ...MANIFEST, id: "other" });
		other.registerCliHandler("intl-plan:rollup", "", null, () => "");
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		const plugin = new IntlPlanPlugin(mockApp.asOriginalType__(), MANIFEST);
		plugin.load();
		await settle();
		const mine = Plugin.fromOriginalType2__(plugin);
		expect(mine.loaded__).toBe(true);
		expect([...mine.cliHandlers__.keys()].sort()).toEqual(["intl-plan:canvas", "intl-plan:summary"]);
		expect(mine.views__.size).toBeGreaterThan(0);
		expect(String(warn.mock.calls[0]?.[0])).toContain("intl-plan:rollup");
	});

	it("should register everything again after unload → load (disable and enable), with no id taken twice", async () => {
		const h = await loadPlugin();
		const views = [...h.mockPlugin.views__.keys()];
		const handlers = [...h.mockPlugin.cliHandlers__.keys()];
		expect(handlers.length).toBeGreaterThan(0);
		h.plugin.unload();
		await settle();
		h.plugin.load();
		await settle();
		expect(h.mockPlugin.loaded__).toBe(true);
		expect([...h.mockPlugin.views__.keys()]).toEqual(views);
		expect([...h.mockPlugin.cliHandlers__.keys()]).toEqual(handlers);
		expect(h.mockPlugin.markdownCodeBlockProcessors__.size).toBeGreaterThan(0);
	});
});

describe("settings", () => {
	it("should fall back to auto for an unknown UI language", () => {
		expect(settingsFrom({ uiLanguage: "fr" }).uiLanguage).toBe("auto");
		expect(settingsFrom(undefined).uiLanguage).toBe("auto");
		expect(settingsFrom({ uiLanguage: "zh" }).uiLanguage).toBe("zh");
	});
});
