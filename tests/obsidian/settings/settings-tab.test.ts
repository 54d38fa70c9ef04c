// @vitest-environment happy-dom
import { PluginSettingTab } from "obsidian-test-mocks/obsidian";
import { describe, expect, it, vi } from "vitest";
import { IntlPlanSettingTab } from "../../../src/obsidian/settings/settings-tab.js";
import { loadPlugin, settle, type Harness } from "../support/harness.js";
import { setApiVersion__, setLanguage__ } from "../support/obsidian-shim.js";

function settingsTab(h: Harness): IntlPlanSettingTab {
	const tab = h.mockPlugin.settingTabs__[0];
	if (!(tab instanceof IntlPlanSettingTab)) throw new Error("no settings tab");
	return tab;
}

function type(input: HTMLInputElement | undefined, value: string): void {
	if (!input) throw new Error("no input");
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

describe("settings tab", () => {
	it("should show every setting under its heading, in the UI language", async () => {
		const h = await loadPlugin();
		const tab = settingsTab(h);
		tab.display();
		const shown = tab.containerEl.textContent ?? "";
		for (const name of ["Checklist library", "Templates folder", "Plans folder", "Tag prefixes", "Tag names", "Other tags", "Heading names", "Folders to read", "Folders to skip", "Add the done date", "Your name", "Write plan summaries to", "Summary note name", "Sync when the library changes", "Interface", "Language"]) expect(shown).toContain(name);
		expect(Array.from(tab.containerEl.querySelectorAll(".setting-item-heading")).map((e) => e.textContent)).toEqual([
			"Tags and headings", "Strategic decision-making", "Technology enablement", "Marketing synergy", "Risk & compliance", "Folders", "Ticking tasks", "Summaries and team sync", "Interface",
		]);
		// library, templates, plans; prefixes; tag names, other tags, heading names, heading words × 4; your name; summary note name
		expect(tab.containerEl.querySelectorAll("input")).toHaveLength(22);
		expect(tab.containerEl.querySelectorAll("textarea")).toHaveLength(2);
		// summary target, language
		expect(tab.containerEl.querySelectorAll("select")).toHaveLength(2);

		setLanguage__("zh");
		tab.display();
		expect(tab.containerEl.textContent).toContain("清单库");
		expect(tab.containerEl.textContent).toContain("规划文件夹");
	});

	it("should hand Obsidian 1.13 the same rows as definitions (settings search included)", async () => {
		const h = await loadPlugin();
		const tab = settingsTab(h);
		const groups = tab.getSettingDefinitions();
		expect(groups.map((g) => g.heading)).toEqual([undefined, "Tags and headings", "Strategic decision-making", "Technology enablement", "Marketing synergy", "Risk & compliance", "Folders", "Ticking tasks", "Summaries and team sync", "Interface"]);
		expect(groups.flatMap((g) => g.items.map((i) => i.name))).toEqual([
			"Checklist library", "Templates folder", "Plans folder", "Tag prefixes",
			...Array.from({ length: 4 }, () => ["Tag names", "Other tags", "Heading names", "Heading words"]).flat(),
			"Folders to read", "Folders to skip", "Add the done date", "Your name",
			"Write plan summaries to", "Summary note name", "Sync when the library changes", "Language",
		]);
		const declarative = PluginSettingTab.fromOriginalType2__(tab);
		declarative.update();
		declarative.renderTab__();
		expect(tab.containerEl.querySelectorAll("input")).toHaveLength(22);
		expect(tab.containerEl.textContent).toContain("Checklist library");
	});

	it("should save where summaries go, their note name and the sync-on-library-change switch", async () => {
		const h = await loadPlugin();
		const tab = settingsTab(h);
		tab.display();
		const target = tab.containerEl.querySelector("select");
		if (!target) throw new Error("no select");
		expect(Array.from(target.options).map((o) => o.text)).toEqual(["Their own note", "The plan note, between markers"]);
		target.value = "plan";
		target.dispatchEvent(new Event("change"));
		await settle();
		expect(h.plugin.settings.summaryTarget).toBe("plan");
		const name = Array.from(tab.containerEl.querySelectorAll<HTMLInputElement>("input")).find((i) => i.placeholder === "{title} 摘要 Summary");
		if (!name) throw new Error("no summary name field");
		name.value = "{title} — summary";
		name.dispatchEvent(new Event("input"));
		await settle();
		expect(h.plugin.settings.summaryNoteName).toBe("{title} — summary");
		name.value = "bad/name";
		name.dispatchEvent(new Event("input"));
		await settle();
		expect(h.plugin.settings.summaryNoteName).toBe("{title} 摘要 Summary");
	});

	it("should save what is typed as vault paths, the library as its note's path", async () => {
		const h = await loadPlugin();
		const tab = settingsTab(h);
		tab.display();
		const [library, templates, plans] = Array.from(tab.containerEl.querySelectorAll("input"));
		type(library, "Team\\library");
		type(templates, "/Shared/Templates/");
		type(plans, "");
		await settle();
		expect(h.plugin.settings).toMatchObject({ libraryPath: "Team/library.md", templatesFolder: "Shared/Templates", plansFolder: "" });
		expect(h.mockPlugin.data__).toMatchObject({ libraryPath: "Team/library.md", templatesFolder: "Shared/Templates", plansFolder: "" });
	});

	it("should say when the library note does not exist yet", async () => {
		const h = await loadPlugin({ "Team/library.md": "# ours" });
		const tab = settingsTab(h);
		tab.display();
		const library = tab.containerEl.querySelector("input") ?? undefined;
		type(library, "Team/missing");
		await settle();
		expect(tab.containerEl.textContent).toContain("There is no note at Team/missing.md yet: checklist commands and sync stop with a notice until there is");
		type(library, "Team/library");
		await settle();
		expect(tab.containerEl.textContent).not.toContain("There is no note");
	});

	it("should fall back to the default templates folder when cleared, as the CLI reads it", async () => {
		const h = await loadPlugin({}, { templatesFolder: "Mine" });
		const tab = settingsTab(h);
		tab.display();
		type(Array.from(tab.containerEl.querySelectorAll("input"))[1], " ");
		await settle();
		expect(h.plugin.settings.templatesFolder).toBe("Templates/Intl plan");
	});

	it("should switch the plugin's language and redraw in it", async () => {
		const h = await loadPlugin();
		const tab = settingsTab(h);
		tab.display();
		const select = Array.from(tab.containerEl.querySelectorAll("select")).pop();
		if (!select) throw new Error("no select");
		expect(Array.from(select.options).map((o) => o.text)).toEqual(["Same as Obsidian", "English", "中文"]);
		select.value = "zh";
		select.dispatchEvent(new Event("change"));
		await settle();
		expect(h.plugin.settings.uiLanguage).toBe("zh");
		expect(h.mockPlugin.data__).toMatchObject({ uiLanguage: "zh" });
		expect(tab.getSettingDefinitions().at(-1)?.heading).toBe("界面");
	});

	it.each([
		["1.12.2", "display"],
		["1.13.0", "update"],
	] as const)("should redraw in the new language the way Obsidian %s draws settings (%s)", async (version, redraw) => {
		setApiVersion__(version);
		const h = await loadPlugin();
		const tab = settingsTab(h);
		tab.display();
		const display = vi.spyOn(tab, "display");
		const update = vi.spyOn(PluginSettingTab.fromOriginalType2__(tab), "update");
		const select = Array.from(tab.containerEl.querySelectorAll("select")).pop();
		if (!select) throw new Error("no select");
		select.value = "zh";
		select.dispatchEvent(new Event("change"));
		await settle();
		expect((redraw === "display" ? display : update).mock.calls.length).toBe(1);
		expect((redraw === "display" ? update : display).mock.calls.length).toBe(0);
		if (redraw === "display") expect(tab.containerEl.textContent).toContain("界面");
	});
});
