// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/index.js";
import { IntlPlanSettingTab } from "../../../src/obsidian/settings/settings-tab.js";
import { splitFolders, splitNames } from "../../../src/obsidian/settings/settings-lists.js";
import { settle, type Harness } from "../support/harness.js";
import { itemTexts, loadIndexed, sleep, waitFor } from "../index/live-harness.js";

function shownTab(h: Harness): IntlPlanSettingTab {
	const tab = h.mockPlugin.settingTabs__[0];
	if (!(tab instanceof IntlPlanSettingTab)) throw new Error("no settings tab");
	tab.display();
	return tab;
}

/** The control in the row named `name` (the nth such row: dimensions repeat the same names). */
function control<T extends HTMLElement>(tab: IntlPlanSettingTab, name: string, selector: string, nth = 0): T {
	// A row: its control, then its name over its description (Setting's settingEl > controlEl, infoEl > nameEl).
	const names = Array.from(tab.containerEl.querySelectorAll<HTMLElement>("div")).filter((el) => el.childElementCount === 0 && el.textContent === name);
	const el = names[nth]?.parentElement?.parentElement?.querySelector<T>(selector);
	if (!el) throw new Error(`no ${selector} in row ${name} #${nth}`);
	return el;
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	el.value = value;
	el.dispatchEvent(new Event("input"));
}

/** The user moves on to another field: what they typed takes effect. */
function leave(el: HTMLElement): void {
	el.dispatchEvent(new Event("blur"));
}

describe("settings: how notes are read", () => {
	it("should show the current lists, the defaults as placeholders", async () => {
		const h = await loadIndexed();
		const tab = shownTab(h);
		const prefixes = control<HTMLInputElement>(tab, "Tag prefixes", "input");
		expect(prefixes.value).toBe("intl, 国际化");
		expect(prefixes.placeholder).toBe("intl, 国际化");
		expect(control<HTMLInputElement>(tab, "Heading names", "input", 1).value).toBe(DEFAULT_CONFIG.headingNames.technology.join(", "));
	});

	it("should save a dimension's tags and headings as lists, and read the vault again with them", async () => {
		const h = await loadIndexed({ "a.md": "- [ ] Build the data lake #ops/data\n", "b.md": "## 数字化 Digital\n\n- [ ] Pick an ERP\n" });
		expect(itemTexts(h)).toEqual([]);
		const tab = shownTab(h);
		type(control(tab, "Other tags", "input", 1), "#ops/data，ops/bi");
		type(control(tab, "Heading names", "input", 1), `${DEFAULT_CONFIG.headingNames.technology.join(", ")}, 数字化 Digital`);
		leave(control(tab, "Heading names", "input", 1));
		await settle();
		expect(h.plugin.settings.tagAliases.technology).toEqual(["ops/data", "ops/bi"]);
		expect(h.plugin.settings.headingNames.technology.at(-1)).toBe("数字化 Digital");
		expect(h.mockPlugin.data__).toMatchObject({ tagAliases: { technology: ["ops/data", "ops/bi"] } });
		await waitFor(() => itemTexts(h).length === 2);
		expect(itemTexts(h).sort()).toEqual(["Build the data lake", "Pick an ERP"]);
	});

	it("should go back to the defaults when a list is cleared", async () => {
		const h = await loadIndexed({}, { tagPrefixes: ["mine"] });
		const tab = shownTab(h);
		type(control(tab, "Tag prefixes", "input"), " , ");
		await settle();
		expect(h.plugin.settings.tagPrefixes).toEqual(DEFAULT_CONFIG.tagPrefixes);
	});

	it("should save folders typed one per line or with commas, and skip the excluded ones from then on", async () => {
		const h = await loadIndexed({ "Work/a.md": "- [ ] A #intl/strategy\n", "Archive/b.md": "- [ ] B #intl/strategy\n" });
		const tab = shownTab(h);
		type(control(tab, "Folders to skip", "textarea"), "/Archive/\nOld, Older\\Stuff");
		leave(control(tab, "Folders to skip", "textarea"));
		await settle();
		expect(h.plugin.settings.excludeFolders).toEqual(["Archive", "Old", "Older/Stuff"]);
		await waitFor(() => itemTexts(h).length === 1);
		expect(itemTexts(h)).toEqual(["A"]);
	});

	it("should save the done date toggle and the done-by name", async () => {
		const h = await loadIndexed();
		const tab = shownTab(h);
		expect(h.plugin.settings.doneDate).toBe(true);
		control(tab, "Add the done date", "div > div:first-child > div").click();
		type(control(tab, "Your name", "input"), "  李明 ");
		await settle();
		expect(h.plugin.settings).toMatchObject({ doneDate: false, doneBy: "李明" });
		expect(h.mockPlugin.data__).toMatchObject({ doneDate: false, doneBy: "李明" });
	});
});

describe("settings: lists as typed", () => {
	it("should split names on either language's commas, trim them, drop empties and repeats", () => {
		expect(splitNames("intl, 国际化，intl、 ;出海", "tag")).toEqual(["intl", "国际化", "出海"]);
		expect(splitNames("#intl/, ##x", "tag")).toEqual(["intl", "x"]);
		expect(splitNames("Risk & compliance, risk & Compliance", "name")).toEqual(["Risk & compliance"]);
	});

	it("should read folders in vault form", () => {
		expect(splitFolders("\\Plans\\2026\\\n Team , Team\n\n")).toEqual(["Plans/2026", "Team"]);
	});
});

describe("settings: typing does not read the vault at every pause", () => {
	it("should save each keystroke but read the vault again only when the user leaves the field, once", async () => {
		const h = await loadIndexed({ "a.md": "- [ ] Build the data lake #ops/data\n" });
		const heard = vi.fn();
		h.plugin.index.onChange(heard);
		const tab = shownTab(h);
		const field = control<HTMLInputElement>(tab, "Other tags", "input", 1);
		for (const value of ["#o", "#ops", "#ops/", "#ops/da", "#ops/data"]) {
			type(field, value);
			await sleep(450); // longer than the settings wait: each pause used to read the vault
		}
		expect(h.plugin.settings.tagAliases.technology).toEqual(["ops/data"]);
		expect(h.mockPlugin.data__).toMatchObject({ tagAliases: { technology: ["ops/data"] } });
		expect(heard).not.toHaveBeenCalled();
		leave(field);
		await waitFor(() => itemTexts(h).length === 1);
		expect(heard).toHaveBeenCalledTimes(1);
	});

	it("should apply what was typed when the settings tab closes", async () => {
		const h = await loadIndexed({ "a.md": "- [ ] Build the data lake #ops/data\n" });
		const tab = shownTab(h);
		type(control<HTMLInputElement>(tab, "Other tags", "input", 1), "#ops/data");
		await settle();
		tab.hide();
		await waitFor(() => itemTexts(h).length === 1);
	});
});

describe("settings changed on another device", () => {
	it("should take data.json as Obsidian Sync delivered it, read the vault with it, and keep it through a later save", async () => {
		const h = await loadIndexed({ "Work/a.md": "- [ ] A #intl/strategy\n", "Archive/b.md": "- [ ] B #intl/strategy\n" });
		expect(itemTexts(h).sort()).toEqual(["A", "B"]);
		// Another device skipped Archive; Sync writes data.json and Obsidian says so.
		h.mockPlugin.data__ = { ...(h.mockPlugin.data__ as object), excludeFolders: ["Archive"] };
		await h.plugin.onExternalSettingsChange();
		expect(h.plugin.settings.excludeFolders).toEqual(["Archive"]);
		await waitFor(() => itemTexts(h).length === 1);
		// A change made here afterwards keeps the other device's setting.
		const tab = shownTab(h);
		control(tab, "Add the done date", "div > div:first-child > div").click();
		await settle();
		expect(h.mockPlugin.data__).toMatchObject({ excludeFolders: ["Archive"], doneDate: false });
	});
});
