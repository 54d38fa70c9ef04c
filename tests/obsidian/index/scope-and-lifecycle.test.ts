// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { noteParser } from "../../../src/obsidian/index/note-parser.js";
import type { App } from "obsidian";
import { loadPlugin, vault } from "../support/harness.js";
import { WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { PLAN_VIEW_TYPE, type PlanView } from "../../../src/obsidian/view/plan-view.js";
import { asPhone__, setLanguage__ } from "../support/obsidian-shim.js";
import { afterDebounce, itemTexts, loadIndexed, modify, sleep, waitFor } from "./live-harness.js";

const TASK = (text: string): string => `- [ ] ${text} #intl/technology\n`;

afterEach(() => {
	vi.restoreAllMocks();
});

describe("live index: which notes it reads", () => {
	const files = {
		"Work/a.md": TASK("In work"),
		"Work/Archive/b.md": TASK("Archived"),
		"Home/c.md": TASK("At home"),
		"Templates/Intl plan/Plan template.md": "---\nintl-plan: 1\n---\n" + TASK("From the template"),
	};

	it("should always skip the templates folder", async () => {
		const h = await loadIndexed(files);
		expect(itemTexts(h).sort()).toEqual(["Archived", "At home", "In work"]);
		expect(h.plugin.index.current().plans).toEqual([]);
	});

	it("should read only the include folders, less the exclude folders", async () => {
		const h = await loadIndexed(files, { includeFolders: ["Work"], excludeFolders: ["Work/Archive"] });
		expect(itemTexts(h)).toEqual(["In work"]);
	});

	it("should leave out a note moved out of scope, and take in one moved in", async () => {
		const h = await loadIndexed(files, { excludeFolders: ["Home"] });
		await h.app.vault.rename(h.app.vault.getFileByPath("Work/a.md") ?? fail(), "Home/a.md");
		await h.app.vault.rename(h.app.vault.getFileByPath("Home/c.md") ?? fail(), "Work/c.md");
		await afterDebounce();
		expect(itemTexts(h).sort()).toEqual(["Archived", "At home"]);
	});

	it("should read the vault again when the folders or tags change, and only then", async () => {
		const h = await loadIndexed({ ...files, "Home/d.md": "- [ ] Custom #ops/it\n" }, { excludeFolders: ["Home"] });
		const heard = vi.fn();
		h.plugin.index.onChange(heard);
		h.plugin.settings = { ...h.plugin.settings, uiLanguage: "zh" };
		await h.plugin.saveSettings();
		await sleep(500);
		expect(heard).not.toHaveBeenCalled();

		h.plugin.settings = { ...h.plugin.settings, excludeFolders: [], tagAliases: { ...h.plugin.settings.tagAliases, technology: ["ops/it"] } };
		await h.plugin.saveSettings();
		await waitFor(() => heard.mock.calls.length > 0);
		expect(itemTexts(h).sort()).toEqual(["Archived", "At home", "Custom", "In work"]);
	});
});

describe("live index: the core Templates plugin's folder", () => {
	it("should never read the folder .obsidian/templates.json names: its plan template is no plan", async () => {
		const files = { "Meta/Templates/Plan.md": "---\nintl-plan: 1\ncompany: '{{title}}'\n---\n" + TASK("From the template"), "Work/a.md": TASK("In work") };
		const h = await loadPlugin(files);
		await h.app.vault.adapter.write(".obsidian/templates.json", JSON.stringify({ folder: "Meta/Templates" }));
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.plugin.index.isReady());
		expect(h.plugin.index.current().plans).toEqual([]);
		expect(itemTexts(h)).toEqual(["In work"]);
		// An edit there later is not read either.
		await modify(h, "Meta/Templates/Plan.md", "---\nintl-plan: 1\n---\n" + TASK("Edited template"));
		await afterDebounce();
		expect(itemTexts(h)).toEqual(["In work"]);
	});
});

describe("live index: lifecycle", () => {
	it("should show the first read of a large vault in the status bar, in the UI language, then clear it", async () => {
		setLanguage__("zh");
		const many: Record<string, string> = {};
		for (let i = 0; i < 600; i++) many[`Inbox/${String(i).padStart(3, "0")}.md`] = i % 10 === 0 ? TASK(`task ${i}`) : "plain\n";
		// Every text the status item is given, as it is given: a quick machine reads 600 notes between two polls.
		const setText = vi.spyOn(HTMLElement.prototype, "setText");
		const h = await loadPlugin(many);
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.plugin.index.isReady(), 15_000);
		const status = h.mockPlugin.statusBarItems__[0];
		const shown = setText.mock.calls.filter((_, i) => setText.mock.contexts[i] === status).map(([text]) => (typeof text === "string" ? text : ""));
		setText.mockRestore();
		expect(shown.length).toBeGreaterThan(0);
		for (const text of shown) expect(text).toMatch(/^正在读取规划笔记：\d+\/600$/);
		expect(status?.textContent).toBe("");
		expect(h.plugin.index.current().items).toHaveLength(60);
	}, 60_000);

	it("should show the first read's progress in the plan view on a phone, where there is no status bar", async () => {
		asPhone__();
		const many: Record<string, string> = {};
		for (let i = 0; i < 600; i++) many[`Inbox/${String(i).padStart(3, "0")}.md`] = i % 10 === 0 ? TASK(`task ${i}`) : "plain\n";
		const h = await loadPlugin(many);
		const view = h.mockPlugin.views__.get(PLAN_VIEW_TYPE)?.(WorkspaceLeaf.create2__(h.mockApp).asOriginalType3__()) as PlanView;
		view.load();
		await (view as unknown as { onOpen(): Promise<void> }).onOpen();
		expect(view.containerEl.textContent).toContain("Reading the vault…");
		// Every text the view shows while the vault is read (a quick machine reads it between two polls).
		const seen: string[] = [];
		const watch = new MutationObserver(() => seen.push(view.containerEl.textContent));
		watch.observe(view.containerEl, { childList: true, subtree: true, characterData: true });
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.plugin.index.isReady(), 15_000);
		await waitFor(() => !view.containerEl.textContent.includes("Reading the vault"), 15_000);
		watch.disconnect();
		expect(seen.some((text) => /Reading the vault… \d+ of 600 notes/.test(text))).toBe(true);
		expect(h.mockPlugin.statusBarItems__).toEqual([]);
		expect(h.plugin.index.progress()).toBeNull();
		h.plugin.unload();
	}, 60_000);

	it("should show no status for a small vault", async () => {
		const h = await loadIndexed({ "a.md": TASK("one") });
		expect(h.mockPlugin.statusBarItems__).toEqual([]);
	});

	it("should leave no event, timer or status behind after unload", async () => {
		const count = (events: unknown): number => Object.values((events as { _: Record<string, unknown[]> })._).reduce((n, list) => n + list.length, 0);
		const listeners = (app: App): number => count(app.vault) + count(app.metadataCache);
		const many: Record<string, string> = {};
		for (let i = 0; i < 700; i++) many[`n${i}.md`] = TASK(`t${i}`);
		const before = listeners(vault(many).asOriginalType__());
		const h = await loadPlugin(many);
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.mockPlugin.statusBarItems__.length > 0);
		expect(listeners(h.app)).toBeGreaterThan(before);

		// Unloaded mid-read, with a change waiting out its debounce.
		await modify(h, "n1.md", TASK("changed"));
		const spy = vi.spyOn(noteParser, "parse");
		h.plugin.unload();
		await afterDebounce();
		expect(spy).not.toHaveBeenCalled();
		expect(h.plugin.index.isReady()).toBe(false);
		expect(listeners(h.app)).toBe(before);
		expect(h.mockPlugin.statusBarItems__).toEqual([]);
		expect(h.mockPlugin.children__).toEqual([]);
		expect(h.mockPlugin.events__).toEqual([]);
		expect(h.mockPlugin.intervals__).toEqual([]);
		expect(h.mockPlugin.markdownPostProcessors__).toEqual([]);
		expect(h.mockPlugin.basesViewRegistrations__.size).toBe(0);
	});
});

function fail(): never {
	throw new Error("missing file");
}
