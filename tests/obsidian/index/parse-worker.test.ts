// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import IntlPlanPlugin from "../../../src/main.js";
import { noteParser } from "../../../src/obsidian/index/note-parser.js";
import { WorkerParser, type WorkerTiming } from "../../../src/obsidian/index/worker-parser.js";
import { ITEMS_PER_MESSAGE } from "../../../src/obsidian/index/parse-protocol.js";
import { afterDebounce, exampleVault, itemTexts, loadIndexed, modify, waitFor } from "./live-harness.js";
import { loadPlugin } from "../support/harness.js";
import { InProcessWorker } from "./in-process-worker.js";

afterEach(() => vi.restoreAllMocks());

/** The plugin's index parses in `worker` (the plugin's own `startWorker` starts a real one from main.js). */
function parseIn(worker: InProcessWorker, timing?: WorkerTiming): { readonly starts: () => number } {
	const start = vi.spyOn(IntlPlanPlugin.prototype, "startWorker").mockImplementation(() => new WorkerParser(worker, undefined, timing));
	return { starts: () => start.mock.calls.length };
}

describe("live index: notes parsed in a worker", () => {
	it("should index in the worker exactly what the UI thread would, and parse nothing on the UI thread", async () => {
		const files = exampleVault();
		const here = await loadIndexed(files);
		const onThread = here.plugin.index.current();
		here.plugin.unload();

		const worker = new InProcessWorker();
		parseIn(worker);
		const parse = vi.spyOn(noteParser, "parse");
		const h = await loadIndexed(files);
		expect(h.plugin.index.current()).toEqual(onThread);
		expect(onThread.items.length).toBeGreaterThan(20);
		expect(parse).not.toHaveBeenCalled();
		expect(worker.parsed().length).toBeGreaterThan(5);
		// The settings went over once, before the first note.
		expect(worker.received.filter((m) => m.type === "config")).toHaveLength(1);
		expect(worker.received[0]?.type).toBe("config");
	});

	it("should take a record of thousands of tasks in parts, each a message of its own, and put it together whole", async () => {
		const tasks = Array.from({ length: 2 * ITEMS_PER_MESSAGE + 345 }, (_, i) => `- [ ] task ${i}${i % 3 === 0 ? " #intl/risk" : ""}`);
		const files = { "Acme/Plan.md": "---\nintl-plan: 1\n---\n", "Acme/Long.md": `# Long\n${tasks.join("\n")}\n` };
		const here = await loadIndexed(files);
		const onThread = here.plugin.index.current();
		here.plugin.unload();
		const worker = new InProcessWorker();
		parseIn(worker);
		const h = await loadIndexed(files);
		expect(h.plugin.index.current()).toEqual(onThread);
		// Items with a dimension first, then the unsorted tray, across the parts.
		expect(onThread.items.length + onThread.unsorted.length).toBe(tasks.length);
		expect(onThread.unsorted.length).toBeGreaterThan(ITEMS_PER_MESSAGE);
		const sizes = worker.sent.map((m) => (m.type === "parsed" ? (m.note?.items.length ?? 0) + (m.note?.unsorted.length ?? 0) : m.type === "part" ? m.items.length + m.unsorted.length : 0));
		expect(Math.max(...sizes)).toBe(ITEMS_PER_MESSAGE);
		expect(worker.sent.filter((m) => m.type === "part")).toHaveLength(2);
	});

	it("should send the worker only the notes the prefilter lets through, and every note in a plan's folder", async () => {
		const worker = new InProcessWorker();
		parseIn(worker);
		const h = await loadPlugin({
			"Acme/Plan.md": "---\nintl-plan: 1\n---\n## 营销协同\n- [ ] Localize the listings\n",
			"Acme/chores.md": "- [ ] a chore with no dimension\n",
			"Notes/prose.md": "Nothing here for a plan.\n",
			"Notes/tagged.md": "- [ ] Book the fair #intl/marketing\n",
		});
		// The metadata cache knows nothing of the prose yet (changed while Obsidian was closed): it is read.
		const known = h.app.metadataCache.getFileCache.bind(h.app.metadataCache);
		h.app.metadataCache.getFileCache = (file) => (file.path === "Notes/prose.md" ? null : known(file));
		const read = vi.spyOn(h.app.vault, "cachedRead");
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.plugin.index.isReady());
		expect(read.mock.calls.map(([f]) => f.path)).toContain("Notes/prose.md");
		expect(worker.parsed().sort()).toEqual(["Acme/Plan.md", "Acme/chores.md", "Notes/tagged.md"]);
		expect(h.plugin.index.current().unsorted.map((u) => u.text)).toEqual(["a chore with no dimension"]);
	});

	it("should parse an edited note in the worker", async () => {
		const worker = new InProcessWorker();
		parseIn(worker);
		const h = await loadIndexed({ "Acme/Plan.md": "---\nintl-plan: 1\n---\n## 营销协同\n- [ ] Localize the listings\n" });
		await modify(h, "Acme/Plan.md", "---\nintl-plan: 1\n---\n## 营销协同\n- [ ] Localize the listings\n- [ ] Book the trade fair\n");
		await afterDebounce();
		await waitFor(() => itemTexts(h).length === 2);
		expect(itemTexts(h)).toEqual(["Localize the listings", "Book the trade fair"]);
		expect(worker.parsed()).toEqual(["Acme/Plan.md", "Acme/Plan.md"]);
	});

	it("should send the new settings when the tags change, and read with them", async () => {
		const worker = new InProcessWorker();
		parseIn(worker);
		const h = await loadIndexed({ "n.md": "- [ ] Custom #ops/it\n- [ ] Known #intl/tech\n" });
		expect(itemTexts(h)).toEqual(["Known"]);
		h.plugin.settings = { ...h.plugin.settings, tagAliases: { ...h.plugin.settings.tagAliases, technology: ["ops/it"] } };
		await h.plugin.saveSettings();
		await waitFor(() => itemTexts(h).length === 2);
		const configs = worker.received.flatMap((m) => (m.type === "config" ? [m] : []));
		expect(configs.map((c) => [c.key, c.config.tagAliases.technology])).toEqual([
			[1, []],
			[2, ["ops/it"]],
		]);
	});

	it("should make a note the parser fails on in the worker a problem, as on the UI thread", async () => {
		vi.spyOn(console, "error").mockImplementation(() => undefined);
		const worker = new InProcessWorker({ answer: (m) => (m.type === "parse" && m.path === "Acme/Bad.md" ? [{ type: "failed", id: m.id, detail: "Maximum call stack size exceeded" }] : undefined) });
		parseIn(worker);
		const h = await loadIndexed({ "Acme/Plan.md": "---\nintl-plan: 1\n---\n## 营销协同\n- [ ] Localize the listings\n", "Acme/Bad.md": "---\ndimension: compliance\n---\n- [ ] Register for VAT\n" });
		expect(itemTexts(h)).toEqual(["Localize the listings"]);
		const problems = h.plugin.index.current().problems.filter((p) => p.path === "Acme/Bad.md");
		expect(problems.map((p) => [p.code, p.args?.detail])).toEqual([["file-unreadable", "Maximum call stack size exceeded"]]);
	});

	it("should parse on the UI thread, in slices, when the worker's script fails, and stop the worker", async () => {
		const worker = new InProcessWorker({ failOnStart: true });
		const started = parseIn(worker);
		const parse = vi.spyOn(noteParser, "parse");
		const files = exampleVault();
		const h = await loadIndexed(files);
		expect(worker.terminated).toBe(true);
		expect(parse).toHaveBeenCalled();
		expect(h.plugin.index.current().items.length).toBeGreaterThan(20);
		// No second worker is started for later notes: they are parsed here too.
		const some = Object.keys(files).find((p) => p.endsWith(".md")) ?? "";
		await modify(h, some, `${files[some] ?? ""}\n- [ ] one more #intl/tech\n`);
		await waitFor(() => itemTexts(h, some).includes("one more"));
		expect(started.starts()).toBe(1);
	});

	it("should parse on the UI thread when the worker never says it started, not wait for ever", async () => {
		const worker = new InProcessWorker({ silent: true });
		parseIn(worker, { startMs: 200, quietMs: 10_000 });
		const files = exampleVault();
		const h = await loadIndexed(files);
		expect(worker.terminated).toBe(true);
		expect(h.plugin.index.current().items.length).toBeGreaterThan(20);
	});

	it("should stop a worker that falls silent on a note, and parse that note and the rest on the UI thread", async () => {
		vi.spyOn(console, "error").mockImplementation(() => undefined);
		const worker = new InProcessWorker({ answer: (m) => (m.type === "parse" && m.path === "Acme/Stuck.md" ? [] : undefined) });
		parseIn(worker, { startMs: 10_000, quietMs: 200 });
		const parse = vi.spyOn(noteParser, "parse");
		const h = await loadIndexed({
			"Acme/Plan.md": "---\nintl-plan: 1\n---\n## 营销协同\n- [ ] Localize the listings\n",
			"Acme/Stuck.md": "## 风险合规\n- [ ] Register for VAT\n",
			"Acme/Zed.md": "## 技术赋能\n- [ ] Connect the ERP\n",
		});
		expect(worker.terminated).toBe(true);
		expect(itemTexts(h).sort()).toEqual(["Connect the ERP", "Localize the listings", "Register for VAT"]);
		expect(parse.mock.calls.map(([path]) => path)).toContain("Acme/Stuck.md");
		expect(h.plugin.index.current().problems).toEqual([]);
	});

	it("should stop the worker when the plugin unloads, and not parse what was waiting on it", async () => {
		const worker = new InProcessWorker();
		parseIn(worker);
		const h = await loadIndexed({ "n.md": "- [ ] Known #intl/tech\n" });
		const parse = vi.spyOn(noteParser, "parse");
		await modify(h, "n.md", "- [ ] Known #intl/tech\n- [ ] More #intl/tech\n");
		h.plugin.unload();
		await afterDebounce();
		expect(worker.terminated).toBe(true);
		expect(parse).not.toHaveBeenCalled();
	});
});
