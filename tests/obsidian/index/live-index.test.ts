// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_CONFIG, indexVault } from "../../../src/core/index.js";
import { noteParser } from "../../../src/obsidian/index/note-parser.js";
import { file, loadPlugin } from "../support/harness.js";
import { afterDebounce, exampleVault, itemTexts, loadIndexed, modify, remove, sleep, waitFor } from "./live-harness.js";

const PLAN = "---\nintl-plan: 1\ncompany: Acme\nsize: small\nmarkets: [DE]\n---\n\n# Acme plan\n";
const VAULT = {
	"Plans/Acme/Acme plan.md": PLAN,
	"Plans/Acme/Minutes.md": "Met the forwarder; nothing decided.\n",
	"Notes/plain.md": "Just a note about lunch.\n",
	"Notes/tagged.md": "- [ ] Pick the first market #intl/strategy\n",
	"Notes/fm.md": "---\ndimension: compliance\n---\nVAT registration in DE.\n",
};

const parsedPaths = (spy: { mock: { calls: unknown[][] } }): string[] => spy.mock.calls.map((c) => String(c[0])).sort();

afterEach(() => {
	vi.restoreAllMocks();
});

describe("live index: the first read", () => {
	it("should index the example vault exactly as the core indexes it", async () => {
		const files = exampleVault();
		const h = await loadIndexed(files);
		const core = indexVault(Object.entries(files).map(([path, text]) => ({ path, text })), { config: DEFAULT_CONFIG });
		expect(h.plugin.index.current()).toEqual(core);
		expect(h.plugin.index.current().plans).toHaveLength(2);
	});

	it("should leave unread the notes the metadata cache rules out, but read every note in a plan's folder", async () => {
		const spy = vi.spyOn(noteParser, "parse");
		const h = await loadIndexed(VAULT);
		expect(parsedPaths(spy)).toEqual(["Notes/fm.md", "Notes/tagged.md", "Plans/Acme/Acme plan.md", "Plans/Acme/Minutes.md"]);
		// fm.md is a card (its frontmatter names the dimension), titled by its name.
		expect(itemTexts(h)).toEqual(["fm", "Pick the first market"]);
	});

	it("should read a note the metadata cache knows nothing about", async () => {
		const spy = vi.spyOn(noteParser, "parse");
		const h = await loadPlugin(VAULT);
		h.app.metadataCache.getFileCache = () => null;
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.plugin.index.isReady());
		expect(parsedPaths(spy)).toContain("Notes/plain.md");
	});

	it("should not hold the UI: the first read yields between slices of notes", async () => {
		const many: Record<string, string> = {};
		for (let i = 0; i < 120; i++) many[`Inbox/${i}.md`] = `- [ ] task ${i} #intl/marketing\n`;
		const spy = vi.spyOn(noteParser, "parse");
		const h = await loadPlugin(many);
		h.mockApp.workspace.setLayoutReady__();
		await new Promise((resolve) => setTimeout(resolve, 0));
		// Part of the vault is read, the rest waits for the next slice; nothing is shown half-read.
		expect(spy.mock.calls.length).toBeLessThan(120);
		expect(h.plugin.index.isReady()).toBe(false);
		await waitFor(() => h.plugin.index.isReady());
		expect(h.plugin.index.current().items).toHaveLength(120);
	});
});

describe("live index: keeping current", () => {
	it("should re-parse only the changed note, once per burst of changes", async () => {
		const h = await loadIndexed(VAULT);
		const spy = vi.spyOn(noteParser, "parse");
		const heard = vi.fn();
		h.plugin.index.onChange(heard);
		await modify(h, "Notes/tagged.md", "- [ ] Pick the first market #intl/strategy\n- [ ] Second\n");
		await modify(h, "Notes/tagged.md", "- [ ] Pick the first market #intl/strategy\n- [ ] Second #intl/strategy\n");
		await modify(h, "Notes/tagged.md", "- [x] Pick the first market #intl/strategy\n- [ ] Second #intl/strategy\n");
		expect(spy).not.toHaveBeenCalled();
		await afterDebounce();
		expect(parsedPaths(spy)).toEqual(["Notes/tagged.md"]);
		expect(itemTexts(h, "Notes/tagged.md")).toEqual(["Pick the first market", "Second"]);
		expect(heard).toHaveBeenCalledTimes(1);
	});

	it("should tell no one of a save that changes nothing the index holds (no redraw while the user types)", async () => {
		const h = await loadIndexed(VAULT);
		const heard = vi.fn();
		h.plugin.index.onChange(heard);
		const before = h.plugin.index.current();
		// An untagged note in a plan's folder, then prose after a tagged note's task: read, but the same records.
		await modify(h, "Plans/Acme/Minutes.md", "Met the forwarder; nothing decided. Call again Monday.\n");
		await modify(h, "Notes/tagged.md", "- [ ] Pick the first market #intl/strategy\n\nWe lean towards DE.\n");
		await afterDebounce();
		expect(heard).not.toHaveBeenCalled();
		expect(h.plugin.index.current()).toBe(before);
		// A real change still reaches everyone.
		await modify(h, "Notes/tagged.md", "- [x] Pick the first market #intl/strategy\n\nWe lean towards DE.\n");
		await afterDebounce();
		expect(heard).toHaveBeenCalledTimes(1);
	});

	it("should tell listeners once for a burst of changes across many notes, as Obsidian Sync delivers them", async () => {
		const files: Record<string, string> = { ...VAULT };
		for (let i = 0; i < 12; i++) files[`Inbox/${i}.md`] = `- [ ] task ${i} #intl/marketing\n`;
		const h = await loadIndexed(files);
		const spy = vi.spyOn(noteParser, "parse");
		const heard = vi.fn();
		h.plugin.index.onChange(heard);
		// One note every 40 ms: each arrives before the last one's wait is over.
		for (let i = 0; i < 12; i++) {
			await modify(h, `Inbox/${i}.md`, `- [x] task ${i} #intl/marketing\n`);
			await sleep(40);
		}
		await afterDebounce();
		expect(parsedPaths(spy)).toHaveLength(12);
		expect(heard).toHaveBeenCalledTimes(1);
		expect(h.plugin.index.current().items.filter((i) => i.status === "done")).toHaveLength(12);
	});

	it("should, after edits, hold exactly what indexing the vault afresh gives", async () => {
		const files = exampleVault();
		const h = await loadIndexed(files);
		const plan = "Plans/Lingxi Trading 灵犀贸易/灵犀贸易 国际化规划.md";
		const note = "Plans/Lingxi Trading 灵犀贸易/东南亚物流与支付伙伴.md";
		const edited = {
			...files,
			[plan]: (files[plan] ?? "").replace(/^size: .*$/m, "size: medium"),
			[note]: `${(files[note] ?? "").replace("- [ ]", "- [x]")}\n- [ ] Compare COD fees [owner:: 王芳] #intl/risk\n`,
		};
		await modify(h, plan, edited[plan] ?? "");
		await modify(h, note, edited[note] ?? "");
		await afterDebounce();
		const core = indexVault(Object.entries(edited).map(([path, text]) => ({ path, text })), { config: DEFAULT_CONFIG });
		expect(h.plugin.index.current()).toEqual(core);
	});

	it("should not read a note again when its mtime and size are unchanged", async () => {
		const h = await loadIndexed(VAULT);
		const spy = vi.spyOn(noteParser, "parse");
		const f = file(h.app, "Notes/tagged.md");
		h.app.metadataCache.trigger("changed", f, "", h.app.metadataCache.getFileCache(f));
		await afterDebounce();
		expect(spy).not.toHaveBeenCalled();
	});

	it("should index a new note once, and drop a deleted one without reading anything", async () => {
		const h = await loadIndexed(VAULT);
		const spy = vi.spyOn(noteParser, "parse");
		await h.app.vault.create("Notes/new.md", "- [ ] Localize the listings #intl/marketing\n");
		await afterDebounce();
		expect(parsedPaths(spy)).toEqual(["Notes/new.md"]);
		expect(itemTexts(h, "Notes/new.md")).toEqual(["Localize the listings"]);
		spy.mockClear();
		await remove(h, "Notes/tagged.md");
		await afterDebounce();
		expect(spy).not.toHaveBeenCalled();
		expect(itemTexts(h, "Notes/tagged.md")).toEqual([]);
	});

	it("should follow a rename without reading the note, and redo plan membership", async () => {
		const h = await loadIndexed(VAULT);
		const spy = vi.spyOn(noteParser, "parse");
		expect(h.plugin.index.current().items.find((i) => i.path === "Notes/tagged.md")?.plan).toBeNull();
		await h.app.vault.rename(file(h.app, "Notes/tagged.md"), "Plans/Acme/tagged.md");
		await afterDebounce();
		expect(spy).not.toHaveBeenCalled();
		const moved = h.plugin.index.current().items.filter((i) => i.text === "Pick the first market");
		expect(moved.map((i) => [i.path, i.plan])).toEqual([["Plans/Acme/tagged.md", "Plans/Acme/Acme plan.md"]]);
	});

	it("should list the tasks of a plan-folder note that names nothing as the plan's unsorted tray, as the core does", async () => {
		const files = { ...VAULT, "Plans/Acme/Minutes.md": "Met the forwarder.\n\n- [ ] Send the quote @王芳\n" };
		const h = await loadIndexed(files);
		expect(h.plugin.index.current().unsorted.map((u) => [u.path, u.text, u.plan])).toEqual([["Plans/Acme/Minutes.md", "Send the quote", "Plans/Acme/Acme plan.md"]]);
		expect(h.plugin.index.current()).toEqual(indexVault(Object.entries(files).map(([path, text]) => ({ path, text })), { config: DEFAULT_CONFIG }));
		// Typed into later: the tray follows the edit.
		await modify(h, "Plans/Acme/Minutes.md", "Met the forwarder.\n\n- [x] Send the quote @王芳\n- [ ] Book the hall\n");
		await afterDebounce();
		expect(h.plugin.index.current().unsorted.map((u) => [u.text, u.status])).toEqual([
			["Send the quote", "done"],
			["Book the hall", "open"],
		]);
	});

	it("should read whole a note the prefilter passed over once it is moved into a plan's folder", async () => {
		const h = await loadIndexed({ ...VAULT, "Notes/todo.md": "- [ ] Renew the lease\n" });
		expect(h.plugin.index.current().unsorted).toEqual([]);
		await h.app.vault.rename(file(h.app, "Notes/todo.md"), "Plans/Acme/todo.md");
		await afterDebounce();
		await waitFor(() => h.plugin.index.current().unsorted.length === 1);
		expect(h.plugin.index.current().unsorted.map((u) => [u.path, u.plan])).toEqual([["Plans/Acme/todo.md", "Plans/Acme/Acme plan.md"]]);
	});

	it("should read a plan-folder note as skipped again once its plan is gone, as a fresh start would", async () => {
		const files = { ...VAULT, "Plans/Acme/Minutes.md": "---\ntitle: [unclosed\n---\n- [ ] Send the quote\n" };
		const h = await loadIndexed(files);
		// In the plan's folder: read whole, its task in the tray, its frontmatter's problem listed.
		expect(h.plugin.index.current().unsorted.map((u) => u.text)).toEqual(["Send the quote"]);
		expect(h.plugin.index.current().problems.map((p) => [p.path, p.code])).toContainEqual(["Plans/Acme/Minutes.md", "yaml-invalid"]);
		await remove(h, "Plans/Acme/Acme plan.md");
		await afterDebounce();
		const rest = Object.fromEntries(Object.entries(files).filter(([path]) => path !== "Plans/Acme/Acme plan.md"));
		expect(h.plugin.index.current()).toEqual(indexVault(Object.entries(rest).map(([path, text]) => ({ path, text })), { config: DEFAULT_CONFIG }));
		expect(h.plugin.index.current().problems).toEqual([]);
	});

	it("should read a ruled-out note again once a plan appears in its folder", async () => {
		const spy = vi.spyOn(noteParser, "parse");
		const h = await loadIndexed({ "Work/plain.md": "nothing here\n" });
		expect(spy).not.toHaveBeenCalled();
		await h.app.vault.create("Work/Plan.md", PLAN);
		await afterDebounce();
		await afterDebounce();
		expect(parsedPaths(spy)).toEqual(["Work/Plan.md", "Work/plain.md"]);
	});
});

