// @vitest-environment happy-dom
/**
 * What the live index read is kept between sessions (saved-index.ts, in IndexedDB: fake-indexeddb here,
 * the same API as Obsidian's Electron and mobile web views). A restart is the plugin unloaded and a new
 * one loaded over the same app, as Obsidian does when it starts again (the files' stat unchanged).
 */
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openDB } from "idb";
import { DEFAULT_CONFIG, dimensionMatcher, indexNote, indexVault } from "../../../src/core/index.js";
import type { CachedNote } from "../../../src/obsidian/index/cached-note.js";
import { noteParser } from "../../../src/obsidian/index/note-parser.js";
import { RACY_MS, SavedIndex, SHARDS, shardOf } from "../../../src/obsidian/index/saved-index.js";
import IntlPlanPlugin from "../../../src/main.js";
import { file, loadPlugin, MANIFEST, noticeTexts, settle, type Harness } from "../support/harness.js";
import { Plugin } from "obsidian-test-mocks/obsidian";
import { loadIndexed, modify, waitFor } from "./live-harness.js";

const PLAN = "---\nintl-plan: 1\ncompany: Acme\nsize: small\nmarkets: [DE]\n---\n\n# Acme plan\n";
const VAULT: Record<string, string> = {
	"Plans/Acme/Acme plan.md": PLAN,
	"Plans/Acme/Minutes.md": "Met the forwarder.\n\n- [ ] Send the quote\n",
	"Notes/plain.md": "Just a note about lunch.\n",
	"Notes/tagged.md": "- [ ] Pick the first market #intl/strategy\n",
	"Notes/fm.md": "---\ndimension: compliance\n---\nVAT registration in DE.\n",
};
for (let i = 0; i < 30; i++) VAULT[`Inbox/${i}.md`] = `- [ ] task ${i} #intl/marketing\n`;

const parsedPaths = (spy: { mock: { calls: unknown[][] } }): string[] => spy.mock.calls.map((c) => String(c[0])).sort();

/** The files as they are now in the harness's vault. */
async function filesOf(h: Harness): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const f of h.app.vault.getMarkdownFiles()) out[f.path] = await h.app.vault.read(f);
	return out;
}

const coreIndex = (files: Record<string, string>) => indexVault(Object.entries(files).map(([path, text]) => ({ path, text })), { config: DEFAULT_CONFIG });

/** The plugin over a vault whose notes were last written a minute ago, its first read done. */
async function loadAged(files: Record<string, string>): Promise<Harness> {
	const h = await loadPlugin(files);
	for (const f of h.app.vault.getFiles()) f.stat = { ...f.stat, mtime: f.stat.mtime - 60_000 };
	h.mockApp.workspace.setLayoutReady__();
	await waitFor(() => h.plugin.index.isReady());
	return h;
}

/** Obsidian closed and started again: this plugin unloaded, a new one loaded over the same vault. */
async function restart(h: Harness, saved?: unknown): Promise<Harness> {
	await h.plugin.index.saveNow();
	h.plugin.unload();
	const plugin = new IntlPlanPlugin(h.app, MANIFEST);
	const mockPlugin = Plugin.fromOriginalType2__(plugin);
	mockPlugin.data__ = saved ?? h.mockPlugin.data__;
	plugin.load();
	await settle();
	await waitFor(() => plugin.index.isReady());
	return { ...h, plugin, mockPlugin };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("what was read, kept between sessions", () => {
	it("should read again at the next start only the notes changed while Obsidian was closed", async () => {
		const first = await loadAged(VAULT);
		await first.plugin.index.saveNow();
		first.plugin.unload();
		await modify(first, "Notes/tagged.md", "- [x] Pick the first market #intl/strategy\n");
		const spy = vi.spyOn(noteParser, "parse");
		const second = await restart(first);
		expect(parsedPaths(spy)).toEqual(["Notes/tagged.md"]);
		expect(second.plugin.index.current()).toEqual(coreIndex(await filesOf(second)));
	});

	it("should read again a note read right after it was written, though its mtime and size are the same", async () => {
		const h = await loadAged(VAULT);
		// Written now and read at once: another write in the same instant would leave no trace in the stat.
		await modify(h, "Inbox/3.md", "- [ ] task 3, moved #intl/marketing\n");
		await waitFor(() => h.plugin.index.current().items.some((i) => i.text === "task 3, moved"));
		expect(Date.now() - file(h.app, "Inbox/3.md").stat.mtime).toBeLessThan(RACY_MS);
		const spy = vi.spyOn(noteParser, "parse");
		const second = await restart(h);
		expect(parsedPaths(spy)).toEqual(["Inbox/3.md"]);
		expect(second.plugin.index.current()).toEqual(coreIndex(await filesOf(second)));
	});

	it("should not use what was read under other settings (tags or headings changed)", async () => {
		const h = await loadAged(VAULT);
		const spy = vi.spyOn(noteParser, "parse");
		const second = await restart(h, { tagPrefixes: ["intl", "plan"] });
		expect(parsedPaths(spy)).toContain("Notes/tagged.md");
		expect(parsedPaths(spy).length).toBeGreaterThan(30);
		expect(second.plugin.index.current().items.length).toBe(h.plugin.index.current().items.length);
	});

	it("should keep it out of the vault and data.json", async () => {
		const h = await loadIndexed(VAULT);
		const before = h.app.vault.getFiles().map((f) => f.path).sort();
		await h.plugin.index.saveNow();
		expect(h.app.vault.getFiles().map((f) => f.path).sort()).toEqual(before);
		expect(JSON.stringify(h.mockPlugin.data__ ?? null)).not.toContain("Pick the first market");
	});

	it("should start cold, and say nothing, when storage fails", async () => {
		const real = globalThis.indexedDB;
		const broken = { open: () => { throw new DOMException("The user denied permission", "SecurityError"); } } as unknown as IDBFactory;
		vi.stubGlobal("indexedDB", broken);
		try {
			const h = await loadPlugin(VAULT);
			h.mockApp.workspace.setLayoutReady__();
			await waitFor(() => h.plugin.index.isReady());
			await h.plugin.index.saveNow();
			expect(h.plugin.index.current()).toEqual(coreIndex(VAULT));
			expect(noticeTexts()).toEqual([]);
		} finally {
			vi.stubGlobal("indexedDB", real);
		}
	});
});

describe("the store", () => {
	const entry = (path: string, over: Partial<CachedNote> = {}): CachedNote => ({ mtime: 1000, size: 10, read: true, readAt: 1000 + RACY_MS, note: { path, profile: null, brokenPlan: null, planLink: null, items: [], unsorted: [], problems: [] }, ...over });
	const pause = () => Promise.resolve();
	let n = 0;
	const fresh = () => new SavedIndex(`test-store-${n++}-${Math.random()}`);

	it("should give back under the same key what it saved, and nothing under another", async () => {
		const store = fresh();
		const notes = new Map([...Array(50).keys()].map((i) => [`n/${i}.md`, entry(`n/${i}.md`)] as const));
		await store.save("build-1\nsettings", notes, pause);
		const same = new SavedIndex((store as unknown as { name: string }).name);
		expect([...(await same.load("build-1\nsettings", pause)).keys()].sort()).toEqual([...notes.keys()].sort());
		const other = new SavedIndex((store as unknown as { name: string }).name);
		expect((await other.load("build-2\nsettings", pause)).size).toBe(0);
	});

	it("should keep each record packed, and give it back as the core made it", async () => {
		const store = fresh();
		const matcher = dimensionMatcher(DEFAULT_CONFIG);
		const notes = new Map<string, CachedNote>();
		for (const [path, text] of Object.entries(VAULT)) {
			const note = indexNote(path, text, matcher, DEFAULT_CONFIG);
			notes.set(path, { ...entry(path), note, whole: true });
		}
		expect([...notes.values()].reduce((n, e) => n + (e.note?.items.length ?? 0), 0)).toBeGreaterThan(30);
		await store.save("k", notes, pause);
		const name = (store as unknown as { name: string }).name;
		const db = await openDB(name, 1);
		const shard = (await db.get("shards", `shard-${shardOf("Notes/tagged.md")}`)) as { notes: Record<string, { note: { items: unknown[] } }> };
		db.close();
		expect(shard.notes["Notes/tagged.md"]?.note.items.every((item) => Array.isArray(item))).toBe(true);
		const loaded = await new SavedIndex(name).load("k", pause);
		expect(new Map([...loaded].sort())).toEqual(new Map([...notes].sort()));
	});

	it("should not use an entry whose record does not unpack (an older build's, or damaged): that note is read again", async () => {
		const store = fresh();
		await store.save("k", new Map([["a.md", entry("a.md")], ["b.md", entry("b.md")]]), pause);
		const name = (store as unknown as { name: string }).name;
		const db = await openDB(name, 1);
		const key = `shard-${shardOf("b.md")}`;
		const shard = (await db.get("shards", key)) as { key: string; notes: Record<string, { note: unknown }> };
		const b = shard.notes["b.md"];
		if (!b) throw new Error("b.md not saved");
		// As an older build saved it: items as objects.
		b.note = { path: "b.md", profile: null, brokenPlan: null, planLink: null, problems: [], unsorted: [], items: [{ path: "b.md", line: 1, text: "x" }] };
		await db.put("shards", shard, key);
		db.close();
		const loaded = await new SavedIndex(name).load("k", pause);
		expect(loaded.has("a.md")).toBe(true);
		expect(loaded.has("b.md")).toBe(false);
	});

	it("should leave out notes not read, read with no time, or read right after their mtime", async () => {
		const store = fresh();
		const notes = new Map<string, CachedNote>([
			["a.md", entry("a.md")],
			["unread.md", { mtime: 1, size: 1, read: false, note: null }],
			["no-time.md", entry("no-time.md", { readAt: undefined })],
			["racy.md", entry("racy.md", { readAt: 1000 + RACY_MS - 1 })],
		]);
		await store.save("k", notes, pause);
		const again = new SavedIndex((store as unknown as { name: string }).name);
		expect([...(await again.load("k", pause)).keys()]).toEqual(["a.md"]);
	});

	it("should write only the shards whose notes changed, and drop notes gone from the vault", async () => {
		const store = fresh();
		const notes = new Map([...Array(64).keys()].map((i) => [`n/${i}.md`, entry(`n/${i}.md`)] as const));
		await store.save("k", notes, pause);
		const puts: number[] = [];
		let pauses = 0;
		await store.save("k", new Map(notes), () => Promise.resolve(void pauses++));
		expect(pauses).toBe(0); // nothing changed: nothing written
		const changed = new Map(notes);
		changed.set("n/5.md", entry("n/5.md", { mtime: 2000, readAt: 9000 }));
		changed.delete("n/9.md");
		await store.save("k", changed, () => Promise.resolve(void puts.push(1)));
		expect(puts.length).toBe(new Set([shardOf("n/5.md"), shardOf("n/9.md")]).size);
		expect(puts.length).toBeLessThan(SHARDS);
		const again = new SavedIndex((store as unknown as { name: string }).name);
		const loaded = await again.load("k", pause);
		expect(loaded.has("n/9.md")).toBe(false);
		expect(loaded.get("n/5.md")?.mtime).toBe(2000);
		expect(loaded.size).toBe(63);
	});
});
