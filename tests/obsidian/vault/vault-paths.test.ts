// @vitest-environment happy-dom
/**
 * Paths that leave the vault, in the plugin: Obsidian's normalizePath keeps `..`, so the plugin asks
 * the core's rule (the CLI's too) for every folder and note path it is given, typed or saved.
 */
import { describe, expect, it } from "vitest";
import { BUILTIN_LIBRARY } from "../../../src/core/index.js";
import { DEFAULT_LIBRARY_NOTE } from "../../../src/obsidian/checklist/export-library.js";
import { readPlanForm } from "../../../src/obsidian/checklist/plan-form.js";
import { settingsFrom } from "../../../src/obsidian/settings/settings.js";
import { splitFolders } from "../../../src/obsidian/settings/settings-lists.js";
import { IntlPlanSettingTab } from "../../../src/obsidian/settings/settings-tab.js";
import { control, fieldError, fill, loadPlugin, noticeTexts, openModals, run, settle, submit, text, type Harness } from "../support/harness.js";

const OUTSIDE = ["../Outside", "Plans/../../Outside", "..\\Outside", "C:\\Outside"];

/** Every path the mock vault holds, files and folders. */
function allPaths(h: Harness): string[] {
	return h.app.vault.getAllLoadedFiles().map((f) => f.path);
}

describe("plugin: typed folders that leave the vault are refused where they are typed", () => {
	it.each(OUTSIDE)("should refuse the plan folder %j inline, create nothing and stay open", async (folder) => {
		const h = await loadPlugin();
		await run(h, "create-plan");
		fill({ company: "Acme", size: "small", industry: "trading", markets: "DE", channel: "platform", lang: "en", folder });
		await submit();
		expect(fieldError("folder")).toBe("This folder is outside the vault. Enter a folder inside it, such as Plans/EU.");
		expect(openModals()).toHaveLength(1);
		expect(allPaths(h).filter((p) => p !== "/")).toEqual([]);
	});

	it("should read a plan folder with . and .. that stay inside the vault", () => {
		const values = { company: "Acme", size: "small", industry: "trading", markets: "DE", channel: "platform", platforms: "", owner: "", horizon: "", lang: "en", folder: "./Plans/EU/../Asia/", horizonIncomplete: false };
		const read = readPlanForm(values, "en");
		expect(read.ok && read.request.path).toBe("Plans/Asia/Acme internationalization plan.md");
	});

	it.each(OUTSIDE)("should refuse the templates folder %j inline and install nothing", async (folder) => {
		const h = await loadPlugin();
		await run(h, "install-templates");
		fill({ folder });
		await submit();
		expect(fieldError("folder")).toBe("This folder is outside the vault. Enter a folder inside it, such as Plans/EU.");
		expect(openModals()).toHaveLength(1);
		expect(allPaths(h).filter((p) => p !== "/")).toEqual([]);
	});

	it("should say so in Chinese", async () => {
		const h = await loadPlugin({}, { uiLanguage: "zh" });
		await run(h, "install-templates");
		fill({ folder: "../模板" });
		await submit();
		expect(fieldError("folder")).toBe("此文件夹在仓库之外。请填写仓库内的文件夹，例如 Plans/EU。");
	});
});

describe("plugin: saved settings that leave the vault are not used", () => {
	const saved = { plansFolder: "../escaped", libraryPath: "../../lib.md", templatesFolder: "/../Templates", includeFolders: ["../x", "Plans/../Notes"], excludeFolders: ["..\\y"] };

	it("should read them as their defaults, as the CLI does", () => {
		expect(settingsFrom(saved)).toMatchObject({ plansFolder: "Plans", libraryPath: "", templatesFolder: "Templates/Intl plan", includeFolders: ["Notes"], excludeFolders: [] });
	});

	it("should tell the user which, once, when the plugin loads", async () => {
		await loadPlugin({}, saved);
		expect(noticeTexts()).toEqual([
			'Internationalization Plan: the setting libraryPath "../../lib.md" leaves the vault; it is not used (the built-in library instead).',
			'Internationalization Plan: the setting templatesFolder "/../Templates" leaves the vault; it is not used ("Templates/Intl plan" instead).',
			'Internationalization Plan: the setting plansFolder "../escaped" leaves the vault; it is not used ("Plans" instead).',
		]);
	});

	it("should fill the forms with the defaults, never the saved path", async () => {
		const h = await loadPlugin({}, saved);
		await run(h, "create-plan");
		expect(control<HTMLInputElement>("folder").value).toBe("Plans");
	});

	it("should export the library into the vault's default note, not the saved path", async () => {
		const h = await loadPlugin({}, saved);
		await run(h, "export-checklist-library");
		expect(await text(h.app, DEFAULT_LIBRARY_NOTE)).toBe(BUILTIN_LIBRARY);
		expect(allPaths(h).some((p) => p.includes(".."))).toBe(false);
	});

	it("should keep folder lists to the folders inside the vault", () => {
		expect(splitFolders("../x\nPlans/../Notes, C:\\y, Team")).toEqual(["Notes", "Team"]);
	});

	it("should not save a path typed in the settings tab that leaves the vault", async () => {
		const h = await loadPlugin({}, { plansFolder: "Strategy", templatesFolder: "Mine", libraryPath: "Team/library.md" });
		const tab = h.mockPlugin.settingTabs__[0];
		if (!(tab instanceof IntlPlanSettingTab)) throw new Error("no settings tab");
		tab.display();
		const [library, templates, plans] = Array.from(tab.containerEl.querySelectorAll("input"));
		for (const [input, value] of [[library, "../lib"], [templates, "../T"], [plans, "..\\P"]] as const) {
			if (!input) throw new Error("no input");
			input.value = value;
			input.dispatchEvent(new Event("input"));
		}
		await settle();
		expect(h.plugin.settings).toMatchObject({ plansFolder: "Strategy", templatesFolder: "Mine", libraryPath: "Team/library.md" });
	});
});
