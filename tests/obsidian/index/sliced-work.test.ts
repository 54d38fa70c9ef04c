// @vitest-environment happy-dom
/**
 * Obsidian runs the plugin on its UI thread: a note of thousands of tasks takes far longer to parse
 * than a frame. The live index parses in slices (slicer.ts over the core's steps), so the app gets
 * turns while even one long note is read. The stand-in's timers are real, so "the app got a turn" is
 * measured as other timer callbacks that ran while the note was being parsed.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_CONFIG, indexVault } from "../../../src/core/index.js";
import { noteParser } from "../../../src/obsidian/index/note-parser.js";
import { Slicer } from "../../../src/obsidian/ui/slicer.js";
import { loadPlugin } from "../support/harness.js";
import { afterDebounce, loadIndexed, modify, remove, sleep, waitFor } from "./live-harness.js";

const DIMENSIONS = ["strategy", "technology", "marketing", "compliance"];

/** A long working note: sections per dimension, thousands of tasks with fields, prose between. */
function longNote(tasks: number, done = 0): string {
	const out: string[] = [];
	for (let i = 0; i < tasks; i++) {
		if (i % 50 === 0) out.push("", `## Workstream ${i / 50} #intl/${DIMENSIONS[(i / 50) % 4] ?? "strategy"}`, "", "Notes from the weekly call, kept as written.", "");
		out.push(`- [${i < done ? "x" : " "}] Task ${i} for the [[Partner ${i % 7}]] rollout [owner:: 王芳] 📅 2027-0${(i % 9) + 1}-1${i % 9}`);
	}
	return out.join("\n") + "\n";
}

const coreIndex = (files: Record<string, string>) => indexVault(Object.entries(files).map(([path, text]) => ({ path, text })), { config: DEFAULT_CONFIG });

/** Counts the app's turns (timer callbacks) from the first parse of `path` until `until` holds. */
function turnsWhileParsing(path: string): { turns: () => number } {
	let parsing = false;
	let turns = 0;
	const parse = noteParser.parse.bind(noteParser);
	vi.spyOn(noteParser, "parse").mockImplementation((p, ...rest) => {
		if (p === path) parsing = true;
		return parse(p, ...rest);
	});
	const tick = (): void => {
		if (parsing) turns++;
		setTimeout(tick, 0);
	};
	setTimeout(tick, 0);
	return { turns: () => turns };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("live index: one long note does not hold the UI", () => {
	it("should give the app turns while the first read parses a note of thousands of tasks", async () => {
		const files = { "Plans/big.md": longNote(3000) };
		const h = await loadPlugin(files);
		const counter = turnsWhileParsing("Plans/big.md");
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.plugin.index.isReady(), 20000);
		expect(counter.turns()).toBeGreaterThanOrEqual(3);
		expect(h.plugin.index.current()).toEqual(coreIndex(files));
	});

	it("should give the app turns while an edit of that note is read again, and then hold what a fresh read gives", async () => {
		const files = { "Plans/big.md": longNote(3000), "Notes/small.md": "- [ ] Pick the first market #intl/strategy\n" };
		const h = await loadIndexed(files);
		const counter = turnsWhileParsing("Plans/big.md");
		const heard = vi.fn();
		h.plugin.index.onChange(heard);
		const edited = { ...files, "Plans/big.md": longNote(3000, 10) };
		await modify(h, "Plans/big.md", edited["Plans/big.md"]);
		await afterDebounce();
		await waitFor(() => heard.mock.calls.length > 0, 20000);
		expect(counter.turns()).toBeGreaterThanOrEqual(3);
		expect(h.plugin.index.current()).toEqual(coreIndex(edited));
	});

	it("should end right when a full read starts while a long note is still being read in slices", async () => {
		const files = { "Plans/big.md": longNote(3000), "Notes/small.md": "- [ ] Pick the first market #intl/strategy\n" };
		const h = await loadIndexed(files);
		let started = false;
		const parse = noteParser.parse.bind(noteParser);
		vi.spyOn(noteParser, "parse").mockImplementation((p, ...rest) => {
			if (p === "Plans/big.md") started = true;
			return parse(p, ...rest);
		});
		const edited = { ...files, "Plans/big.md": longNote(3000, 25), "Notes/small.md": "- [x] Pick the first market #intl/strategy\n" };
		await modify(h, "Plans/big.md", edited["Plans/big.md"]);
		await waitFor(() => started, 5000);
		// The update is part-way through the long note; a full read (a settings change) runs alongside.
		await modify(h, "Notes/small.md", edited["Notes/small.md"]);
		await h.plugin.index.readAll();
		await afterDebounce();
		await waitFor(() => h.plugin.index.current().items.filter((i) => i.status === "done").length === 26, 20000);
		expect(h.plugin.index.current()).toEqual(coreIndex(edited));
	});
});

describe("live index: the index assembled in slices", () => {
	it("should not lose an edit read while an assembly is under way", async () => {
		const files: Record<string, string> = { "Plans/Acme/Acme plan.md": "---\nintl-plan: 1\ncompany: Acme\n---\n" };
		for (let i = 0; i < 40; i++) files[`Plans/Acme/${i}.md`] = `- [ ] task ${i} #intl/marketing\n`;
		const h = await loadIndexed(files);
		// The app's turns handed out by the test: every step rests, and each rest waits to be released.
		const queue: (() => void)[] = [];
		const live = h.plugin.index as unknown as { slicer: Slicer; assembly: Promise<void> | null; assembleAgain: boolean };
		live.slicer = new Slicer(() => new Promise<void>((resolve) => queue.push(resolve)), 0);
		const release = async (resolve: (() => void) | undefined): Promise<void> => {
			resolve?.();
			await sleep(1);
		};
		await remove(h, "Plans/Acme/0.md");
		await waitFor(() => live.assembly !== null && queue.length === 1);
		// An edit is read while that assembly waits for its next turn.
		await modify(h, "Plans/Acme/7.md", "- [x] task 7 #intl/marketing\n");
		await waitFor(() => queue.length === 2);
		const doneSeven = () => h.plugin.index.current().items.some((i) => i.path === "Plans/Acme/7.md" && i.status === "done");
		// The edit's read goes first, to its end: spliced into the index being replaced, it would be lost.
		while (!live.assembleAgain && !doneSeven()) await release(queue.length > 1 ? queue.pop() : undefined);
		while (live.assembly !== null || queue.length > 0) await release(queue.shift());
		const { ["Plans/Acme/0.md"]: _gone, ...rest } = files;
		expect(h.plugin.index.current()).toEqual(coreIndex({ ...rest, "Plans/Acme/7.md": "- [x] task 7 #intl/marketing\n" }));
	}, 30000);

	it("should not bring back a note deleted while it was being read in slices", async () => {
		const files: Record<string, string> = { "Plans/Acme/Acme plan.md": "---\nintl-plan: 1\ncompany: Acme\n---\n", "Plans/Acme/notes.md": "- [ ] keep #intl/tech\n" };
		const h = await loadIndexed(files);
		const queue: (() => void)[] = [];
		const live = h.plugin.index as unknown as { slicer: Slicer; assembly: Promise<void> | null };
		live.slicer = new Slicer(() => new Promise<void>((resolve) => queue.push(resolve)), 0);
		await modify(h, "Plans/Acme/notes.md", "- [x] keep #intl/tech\n");
		// Its read waits for a turn; meanwhile the note is deleted (Sync, another device).
		await waitFor(() => queue.length > 0, 5000);
		await remove(h, "Plans/Acme/notes.md");
		for (let i = 0; i < 200 && (queue.length > 0 || live.assembly !== null); i++) {
			queue.shift()?.();
			await sleep(1);
		}
		await afterDebounce();
		while (queue.length > 0) {
			queue.shift()?.();
			await sleep(1);
		}
		expect(h.plugin.index.current().items.map((i) => i.path)).not.toContain("Plans/Acme/notes.md");
		expect(h.plugin.index.current()).toEqual(coreIndex({ "Plans/Acme/Acme plan.md": files["Plans/Acme/Acme plan.md"] ?? "" }));
	}, 30000);
});
