// The plugin's live paths, one measurement per process (as measure.mjs does for the vault phases):
//   node bench/live.mjs reindex <vaultDir> [changes]   one note changed, re-indexed, the index reassembled
//   node bench/live.mjs render <items>                 the plan view's renderer drawing a plan, in happy-dom
//   node bench/live.mjs slices <vaultDir> <longNote>   the longest stretch of main-thread work in the plugin's model
//   node bench/live.mjs warm <vaultDir>                the plugin's start with what the last session saved (after slices)
//   node bench/live.mjs worker <vaultDir> <longNote>   the same cold start and long note edit with the parsing worker
//   node bench/live.mjs pieces <vaultDir>              how much of the parsed text is read by the line reader, and from remark's tree (the slower path)
// Prints one JSON line on stdout. The core comes from $INTL_PLAN_CORE (default ../dist/core.js).
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const corePath = () => path.resolve(process.env.INTL_PLAN_CORE ?? here("../dist/core.js"));
// eslint-disable-next-line no-unsanitized/method -- the module under test is chosen by whoever runs the bench (INTL_PLAN_CORE), never by note content
const importCore = async () => import(pathToFileURL(corePath()).href);

const WARMUP = 10;
const TARGET_NOTE_BYTES = 8 * 1024;

function markdownFiles(root) {
	return fs.readdirSync(root, { recursive: true })
		.map((rel) => rel.split(path.sep).join("/"))
		.filter((rel) => rel.endsWith(".md") && !rel.split("/").some((part) => part.startsWith(".")))
		.sort();
}

export function percentile(sorted, p) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const stats = (times) => {
	const sorted = [...times].sort((a, b) => a - b);
	return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) };
};

/**
 * What the live index does when one note changes: the core's indexNote on that note, its entry in the
 * per-note cache replaced, and the index brought up to date: by splicing the note in (what the live
 * index does for an everyday edit) and, for reference, by assembleIndex over every cached note (what
 * it falls back to). The vault is first indexed note by note into the cache, as the live index's first
 * read does (without its pauses for the UI).
 */
async function reindex(root, changes = "200") {
	const { indexNote, assembleIndex, dimensionMatcher, DEFAULT_CONFIG } = await importCore();
	const { spliceNote } = await bundle("splice-bundle.mjs", ['export { spliceNote } from "./src/obsidian/index/splice-index.ts";']);
	const matcher = dimensionMatcher(DEFAULT_CONFIG);
	const paths = markdownFiles(root);
	const cache = new Map();
	const firstStart = performance.now();
	for (const rel of paths) cache.set(rel, indexNote(rel, fs.readFileSync(path.join(root, rel), "utf8"), matcher, DEFAULT_CONFIG));
	const assemble = () => assembleIndex([...cache.values()].filter((n) => n !== null), paths);
	const baseline = assemble();
	const firstSeconds = (performance.now() - firstStart) / 1000;

	// The tagged note (one with items) whose size is nearest 8 KB.
	const withItems = [...cache.entries()].filter(([, n]) => n && n.items.length > 0 && !n.profile).map(([rel]) => ({ rel, bytes: fs.statSync(path.join(root, rel)).size }));
	const { rel, bytes } = withItems.sort((a, b) => Math.abs(a.bytes - TARGET_NOTE_BYTES) - Math.abs(b.bytes - TARGET_NOTE_BYTES))[0];
	const base = fs.readFileSync(path.join(root, rel), "utf8");
	const baselineNote = cache.get(rel);
	const itemsBefore = baselineNote.items.length;

	const edit = (i) => `${base.replace(/\n*$/, "\n")}- [ ] Follow-up ${i} with the forwarder #intl/technology\n`;
	// Checked before timing: the splice gives what assembling gives.
	const checkAfter = indexNote(rel, edit(-1), matcher, DEFAULT_CONFIG);
	cache.set(rel, checkAfter);
	const same = JSON.stringify(spliceNote(baseline, baselineNote, checkAfter)) === JSON.stringify(assemble());

	// Each way timed in its own loop, so the garbage one leaves does not land on the other's clock.
	const parse = [];
	const spliced = [];
	let index = assemble();
	for (let i = 0; i < WARMUP + Number(changes); i++) {
		const before = cache.get(rel);
		const t0 = performance.now();
		const after = indexNote(rel, edit(i), matcher, DEFAULT_CONFIG);
		cache.set(rel, after);
		const t1 = performance.now();
		index = spliceNote(index, before, after) ?? assemble();
		const t2 = performance.now();
		if (i >= WARMUP) {
			parse.push(t1 - t0);
			spliced.push(t2 - t0);
		}
	}
	const assembled = [];
	for (let i = 0; i < WARMUP + Number(changes); i++) {
		const t0 = performance.now();
		cache.set(rel, indexNote(rel, edit(i), matcher, DEFAULT_CONFIG));
		assemble();
		if (i >= WARMUP) assembled.push(performance.now() - t0);
	}
	const grew = cache.get(rel).items.length === itemsBefore + 1 && index.items.length === baseline.items.length + 1;
	return {
		notes: paths.length,
		cachedNotes: [...cache.values()].filter(Boolean).length,
		items: baseline.items.length,
		note: rel,
		noteBytes: bytes,
		changes: Number(changes),
		firstSeconds,
		ms: stats(spliced),
		assembleMs: stats(assembled),
		parseMs: stats(parse),
		correct: grew && same,
	};
}

/**
 * The plugin runs on Obsidian's UI thread and works in slices: the core's steps run until 8 ms are
 * used up, then it yields (src/obsidian/ui/slicer.ts; the live index's first read also yields every
 * 50 notes). This replays that schedule in Node and reports the longest slice, GC pauses included:
 * - cold start: every note read and indexed, then the index assembled (no persistent cache yet);
 * - a Sync burst: 500 notes read again, then the index assembled;
 * - the long note edited: the 2.6 MB bench note parsed again, compared with what it was (the check
 *   that spares a redraw), then spliced into the index.
 * What it does not model: Obsidian's own work on the same thread (its metadata cache parses the note
 * too), reading files (async in Obsidian: `cachedRead` yields), and drawing the views after a change.
 */
async function slices(root, longNote) {
	const { indexNoteSteps, assembleIndexSteps, dimensionMatcher, DEFAULT_CONFIG, fnv1a, packNote } = await importCore();
	const { sameNoteSteps, spliceNote } = await bundle("slices-bundle.mjs", [
		'export { sameNoteSteps } from "./src/obsidian/index/same-note.ts";',
		'export { spliceNote } from "./src/obsidian/index/splice-index.ts";',
	]);
	const SLICE_MS = 8;
	const SLICE_NOTES = 50;
	const matcher = dimensionMatcher(DEFAULT_CONFIG);
	const rest = () => new Promise((resolve) => setImmediate(resolve));
	/** A schedule like the plugin's: work until the slice is used up, then rest; the longest slice is kept. */
	function schedule() {
		let start = performance.now();
		const times = [];
		const end = async () => {
			times.push(performance.now() - start);
			await rest();
			start = performance.now();
		};
		return {
			due: () => performance.now() - start >= SLICE_MS,
			end,
			async run(steps) {
				for (;;) {
					const next = steps.next();
					if (next.done) return next.value;
					if (performance.now() - start >= SLICE_MS) await end();
				}
			},
			async finish() {
				await end();
				const sorted = times.sort((a, b) => a - b);
				return { longestMs: sorted.at(-1), p99Ms: percentile(sorted, 99), slices: sorted.length };
			},
		};
	}
	const paths = markdownFiles(root);
	const cache = new Map();
	const read = (rel) => fs.readFileSync(path.join(root, rel), "utf8");
	async function readNotes(s, list) {
		let inSlice = 0;
		for (const rel of list) {
			cache.set(rel, await s.run(indexNoteSteps(rel, read(rel), matcher, DEFAULT_CONFIG)));
			if (++inSlice >= SLICE_NOTES || s.due()) {
				await s.end();
				inSlice = 0;
			}
		}
	}
	const assemble = (s) => s.run(assembleIndexSteps([...cache.values()].filter(Boolean), paths));

	const coldStart = performance.now();
	const cold = schedule();
	await readNotes(cold, paths);
	let index = await assemble(cold);
	const coldResult = { ...(await cold.finish()), seconds: (performance.now() - coldStart) / 1000 };
	saveShards(root, paths, cache, fnv1a, packNote);

	const burst = schedule();
	const some = paths.filter((_, i) => i % Math.max(1, Math.floor(paths.length / 500)) === 0).slice(0, 500);
	await readNotes(burst, some);
	index = await assemble(burst);
	const burstResult = { ...(await burst.finish()), notes: some.length };

	// The long note, as if it were in the vault: indexed once, then edited (a task ticked near its end).
	const text = fs.readFileSync(longNote, "utf8");
	const rel = "Long/long note.md";
	paths.push(rel);
	const before = indexNoteSteps(rel, text, matcher, DEFAULT_CONFIG);
	let first;
	for (let n = before.next(); ; n = before.next()) if (n.done) { first = n.value; break; }
	cache.set(rel, first);
	index = await assemble(schedule());
	const at = text.lastIndexOf("- [ ]");
	const edited = at < 0 ? `${text}
- [ ] one more #intl/strategy
` : `${text.slice(0, at)}- [x]${text.slice(at + 5)}`;
	const editStart = performance.now();
	const edit = schedule();
	const after = await edit.run(indexNoteSteps(rel, edited, matcher, DEFAULT_CONFIG));
	const same = await edit.run(sameNoteSteps(first, after));
	const spliced = same ? index : spliceNote(index, first, after);
	const editResult = { ...(await edit.finish()), seconds: (performance.now() - editStart) / 1000, bytes: Buffer.byteLength(text), items: after?.items.length ?? 0, spliced: spliced !== null && !same };
	return { notes: paths.length - 1, sliceMs: SLICE_MS, cold: coldResult, burst: burstResult, edit: editResult };
}

/**
 * The parser cuts a note at every safe line and reads each block the line reader accepts without
 * micromark; the rest from micromark's events, or from remark's tree where only the tree is exact (a
 * `://`, `www.` or `@` that could hold metadata, a heading with markup). A note holding `]:` is read in
 * ~2 KB pieces without the line reader. Counted over the notes the prefilter passes, by blocks (or
 * pieces) and by characters. (The parser joins declined blocks into ~2 KB pieces for micromark; the
 * shares of text are the same.)
 */
async function pieces(root) {
	const m = await bundle("pieces-bundle.mjs", [
		'export { splitLines } from "./src/core/parse/lines.ts";',
		'export { maskHiddenText } from "./src/core/parse/mask.ts";',
		'export { applyBudgets } from "./src/core/parse/budgets.ts";',
		'export { splitIntoChunks } from "./src/core/parse/chunks.ts";',
		'export { readPieceEvents } from "./src/core/parse/blocks-from-events.ts";',
		'export { readPieceLines } from "./src/core/parse/blocks-from-lines.ts";',
		'export { dimensionMatcher, DEFAULT_CONFIG } from "./src/core/index.ts";',
	]);
	const matcher = m.dimensionMatcher(m.DEFAULT_CONFIG);
	let notes = 0;
	let notesWithTree = 0;
	let total = 0;
	let tree = 0;
	let chars = 0;
	let treeChars = 0;
	let lineChars = 0;
	for (const rel of markdownFiles(root)) {
		const text = fs.readFileSync(path.join(root, rel), "utf8");
		if (!matcher.mightMatter(text)) continue;
		notes++;
		const lines = m.splitLines(text);
		const masked = m.applyBudgets(m.maskHiddenText(lines), lines).text;
		const lineReader = !masked.includes("]:");
		let any = false;
		for (const { from, to } of m.splitIntoChunks(masked, lines, lineReader ? 0 : undefined)) {
			const piece = masked.slice(from, to);
			total++;
			chars += piece.length;
			if (lineReader && m.readPieceLines(piece) !== null) {
				lineChars += piece.length;
			} else if (m.readPieceEvents(piece) === null) {
				tree++;
				treeChars += piece.length;
				any = true;
			}
		}
		if (any) notesWithTree++;
	}
	return { notes, notesWithTree, pieces: total, treePieces: tree, chars, treeChars, lineChars };
}

const SHARDS = 16;
const savedFile = (root) => path.join(here("./.cache/"), `saved-${path.basename(root)}.bin`);
/** Which shard a note goes in, as src/obsidian/index/saved-index.ts decides it (the core's hash of its path). */
const shardOf = (fnv1a, p) => fnv1a(p) % SHARDS;

/**
 * What the plugin saves (src/obsidian/index/saved-index.ts): every note read, as { mtime, size, read,
 * readAt, note } in 16 shards, the note's record packed (the core's packNote), each serialized as
 * IndexedDB stores it (the structured clone format, which is what v8.serialize writes). Notes the
 * metadata cache rules out are not saved, so are not here either: this vault's notes that hold nothing
 * would be ruled out unread in Obsidian.
 */
function saveShards(root, paths, cache, fnv1a, packNote) {
	const shards = Array.from({ length: SHARDS }, () => ({ key: "bench", notes: {} }));
	for (const rel of paths) {
		const note = cache.get(rel);
		if (!note) continue;
		const { mtimeMs, size } = fs.statSync(path.join(root, rel));
		shards[shardOf(fnv1a, rel)].notes[rel] = { mtime: mtimeMs, size, read: true, readAt: mtimeMs + 60_000, note: packNote(note) };
	}
	fs.writeFileSync(savedFile(root), v8.serialize(shards.map((shard) => v8.serialize(shard))));
}

/**
 * The plugin's start with what the last session saved, nothing changed since: each shard deserialized
 * (IndexedDB hands values back as structured clones; in Chromium that is done on the page's thread), each
 * note's stat (in memory in Obsidian: TFile.stat) compared with its entry, then the index assembled, all
 * in the slicer's schedule. Timed from the first shard to the index; stats are taken before the clock starts.
 */
async function warm(root) {
	const { assembleIndexSteps, unpackNote } = await importCore();
	const paths = markdownFiles(root);
	const stats = new Map(paths.map((rel) => {
		const st = fs.statSync(path.join(root, rel));
		return [rel, { mtime: st.mtimeMs, size: st.size }];
	}));
	const blobs = v8.deserialize(fs.readFileSync(savedFile(root)));
	const rest = () => new Promise((resolve) => setImmediate(resolve));
	const times = [];
	let sliceStart = performance.now();
	const endSlice = async () => {
		times.push(performance.now() - sliceStart);
		await rest();
		sliceStart = performance.now();
	};
	const t0 = performance.now();
	const notes = new Map();
	for (const blob of blobs) {
		const shard = v8.deserialize(blob);
		// As the plugin loads a shard: each record unpacked.
		for (const [rel, entry] of Object.entries(shard.notes)) notes.set(rel, { ...entry, note: unpackNote(entry.note, rel) });
		await endSlice();
	}
	let unchanged = 0;
	for (const rel of paths) {
		const entry = notes.get(rel);
		const st = stats.get(rel);
		if (entry && entry.mtime === st.mtime && entry.size === st.size) unchanged++;
		if (performance.now() - sliceStart >= 8) await endSlice();
	}
	const steps = assembleIndexSteps([...notes.values()].map((e) => e.note).filter(Boolean), paths);
	let index;
	for (;;) {
		const next = steps.next();
		if (next.done) {
			index = next.value;
			break;
		}
		if (performance.now() - sliceStart >= 8) await endSlice();
	}
	await endSlice();
	const seconds = (performance.now() - t0) / 1000;
	const sorted = times.sort((a, b) => a - b);
	return { notes: paths.length, saved: notes.size, unchanged, items: index.items.length, seconds, longestMs: sorted.at(-1), p99Ms: percentile(sorted, 99), slices: sorted.length };
}

/** The renderer the plan view and the code block share, bundled from source, drawing into happy-dom. */
async function render(count = "2000") {
	const { Window } = await import("happy-dom");
	const window = new Window();
	for (const name of ["window", "document", "Node", "HTMLElement", "Element", "HTMLInputElement", "HTMLProgressElement", "Event", "MouseEvent", "KeyboardEvent"]) {
		globalThis[name] = name === "window" ? window : window[name];
	}
	const mod = await bundle("renderer-bundle.mjs", [
		'export { renderQuadrants, PAGE_SIZE } from "./src/obsidian/view/quadrant-render.ts";',
		'export { installDomHelpers } from "./tests/e2e/dom-helpers.ts";',
		'export { quadrants } from "./src/core/index.ts";',
	]);
	mod.installDomHelpers();
	const items = syntheticItems(Number(count));
	const model = { title: "Bench plan", profile: null, quadrants: mod.quadrants({ items }, "all"), today: "2026-11-25", lang: "en", layout: "grid" };
	const callbacks = { onToggle() {}, onOpen() {} };
	const times = [];
	let drawn = 0;
	for (let i = 0; i < WARMUP + 30; i++) {
		const container = window.document.body.appendChild(window.document.createElement("div"));
		globalThis.gc?.(); // each draw starts without the previous ones' garbage (run.mjs passes --expose-gc)
		const t0 = performance.now();
		mod.renderQuadrants(container, model, callbacks);
		const t1 = performance.now();
		if (i >= WARMUP) times.push(t1 - t0);
		// Counted on the last draw only: happy-dom keeps what a selector query found, draws and all.
		if (i === WARMUP + 29) drawn = container.getElementsByClassName("intl-plan-item").length;
		container.remove();
	}
	// Every item on screen: the first page, then "Show more" until nothing is left.
	const container = window.document.body.appendChild(window.document.createElement("div"));
	const t0 = performance.now();
	mod.renderQuadrants(container, model, callbacks);
	for (const button of container.querySelectorAll(".intl-plan-show-more")) while (!button.classList.contains("intl-plan-hidden")) button.click();
	const allMs = performance.now() - t0;
	const allDrawn = container.querySelectorAll(".intl-plan-item").length;
	await window.happyDOM.close();
	return { items: items.length, drawn, pageSize: mod.PAGE_SIZE, ms: stats(times), allMs, allDrawn };
}

/** Plugin source (TypeScript) bundled for Node into bench/.cache, then imported. */
async function bundle(name, exports) {
	const esbuild = await import("esbuild");
	const outfile = path.join(here("./.cache/"), name);
	await esbuild.build({
		stdin: { contents: exports.join("\n"), resolveDir: here(".."), loader: "ts" },
		bundle: true,
		format: "esm",
		platform: "node",
		outfile,
		loader: { ".md": "text" },
		banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
		logLevel: "silent",
	});
	// eslint-disable-next-line no-unsanitized/method -- a bundle this script just built from the repository's own source
	return import(pathToFileURL(outfile).href);
}

/** A plan's worth of items: four dimensions, notes of 25 items, owners, dates, markets, links, sub-tasks. */
function syntheticItems(count) {
	const dims = ["strategy", "technology", "marketing", "compliance"];
	const statuses = [[" ", "open"], ["x", "done"], ["/", "in-progress"], ["-", "cancelled"]];
	return Array.from({ length: count }, (_, i) => {
		const [statusChar, status] = statuses[i % 7 === 0 ? 1 : i % 11 === 0 ? 2 : i % 29 === 0 ? 3 : 0];
		const fields = {};
		if (i % 3 === 0) fields.owner = ["李明", "Sarah Kim", "王芳"][i % 3 === 0 ? (i / 3) % 3 : 0];
		if (i % 4 === 0) fields.due = `2026-${String((i % 12) + 1).padStart(2, "0")}-15`;
		if (i % 5 === 0) fields.market = ["DE", "US, UK", "SG"][i % 3];
		if (i % 9 === 0) fields.priority = "high";
		return {
			path: `Plans/Bench/Note ${Math.floor(i / 25)}.md`,
			line: (i % 25) + 3,
			dimension: dims[Math.floor(i / 25) % 4],
			kind: "task",
			status,
			statusChar,
			text: i % 6 === 0 ? `Review [[Supplier ${i}]] terms with the 3PL 供应商` : `Task ${i}: localize listings and check 合规 requirements`,
			fields,
			tags: [],
			blockId: i % 10 === 0 ? `ck-bench-${i}` : null,
			parentLine: i % 25 > 0 && i % 5 === 0 ? (i % 25) + 2 : null,
			plan: "Plans/Bench/Bench plan.md",
		};
	});
}

/**
 * The plugin as it runs by default: notes parsed in its worker (src/obsidian/index/worker-parser.ts and
 * parse-worker.ts, here in a worker thread), the UI thread only posting each note's text and taking its
 * record back (in parts of 1,000 items, each a message of its own), then assembling the index in slices
 * and, for the edited long note, comparing and splicing in slices. The longest main-thread task is taken
 * from Node's event-loop delay histogram (a 1 ms timer; how late it ran is how long the thread was held),
 * GC pauses included. Not modelled, as in `slices`: Obsidian's own work, file reads, redraws.
 */
async function worker(root, longNote) {
	const { assembleIndexSteps, dimensionMatcher, DEFAULT_CONFIG } = await importCore();
	const { WorkerParser, sameNoteSteps, spliceNote } = await bundle("worker-client-bundle.mjs", [
		'export { WorkerParser } from "./src/obsidian/index/worker-parser.ts";',
		'export { sameNoteSteps } from "./src/obsidian/index/same-note.ts";',
		'export { spliceNote } from "./src/obsidian/index/splice-index.ts";',
	]);
	await bundle("worker-service-bundle.mjs", ['export { parseService } from "./src/obsidian/index/parse-worker.ts";']);
	const script = path.join(here("./.cache/"), "worker-thread.mjs");
	fs.writeFileSync(
		script,
		'import { parentPort } from "node:worker_threads";\nimport { parseService } from "./worker-service-bundle.mjs";\nconst answer = parseService();\nparentPort.on("message", (m) => { for (const r of answer(m)) parentPort.postMessage(r); });\nparentPort.postMessage({ type: "ready" });\n',
	);
	const { Worker } = await import("node:worker_threads");
	const { monitorEventLoopDelay } = await import("node:perf_hooks");
	const thread = new Worker(script);
	// The browser's Worker as WorkerParser sees it.
	const like = {
		postMessage: (m) => thread.postMessage(m),
		terminate: () => void thread.terminate(),
		set onmessage(f) {
			thread.removeAllListeners("message");
			if (f) thread.on("message", (data) => f({ data }));
		},
		set onerror(f) {
			thread.removeAllListeners("error");
			if (f) thread.on("error", f);
		},
		set onmessageerror(f) {
			thread.removeAllListeners("messageerror");
			if (f) thread.on("messageerror", f);
		},
	};
	// Node's timers stand in for the window's; the watchdog's waits are the plugin's own.
	const parser = new WorkerParser(like, undefined, undefined, { setTimeout, clearTimeout });
	const matcher = dimensionMatcher(DEFAULT_CONFIG);
	const rest = () => new Promise((resolve) => setImmediate(resolve));
	async function sliced(steps) {
		let start = performance.now();
		for (;;) {
			const next = steps.next();
			if (next.done) return next.value;
			if (performance.now() - start >= 8) {
				await rest();
				start = performance.now();
			}
		}
	}
	const paths = markdownFiles(root);
	const cache = new Map();
	const read = (rel) => fs.readFileSync(path.join(root, rel), "utf8");
	// Started once, as the plugin starts it at its first parse: its first answer includes compiling the parser there.
	await parser.parse("warm-up.md", "- [ ] x #intl/strategy\n", matcher, DEFAULT_CONFIG, {}, false);

	const delay = monitorEventLoopDelay({ resolution: 1 });
	delay.enable();
	const coldStart = performance.now();
	// As the live index does: the prefilter here, the parse there.
	for (const rel of paths) {
		const text = read(rel);
		cache.set(rel, matcher.mightMatter(text) ? (await parser.parse(rel, text, matcher, DEFAULT_CONFIG, {}, false)).note : null);
	}
	let index = await sliced(assembleIndexSteps([...cache.values()].filter(Boolean), paths));
	const coldSeconds = (performance.now() - coldStart) / 1000;
	delay.disable();
	const cold = { longestMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6, seconds: coldSeconds };

	const text = fs.readFileSync(longNote, "utf8");
	const rel = "Long/long note.md";
	paths.push(rel);
	const first = (await parser.parse(rel, text, matcher, DEFAULT_CONFIG, {}, false)).note;
	cache.set(rel, first);
	index = await sliced(assembleIndexSteps([...cache.values()].filter(Boolean), paths));
	const at = text.lastIndexOf("- [ ]");
	const edited = at < 0 ? `${text}\n- [ ] one more #intl/strategy\n` : `${text.slice(0, at)}- [x]${text.slice(at + 5)}`;
	delay.reset();
	delay.enable();
	const editStart = performance.now();
	const after = (await parser.parse(rel, edited, matcher, DEFAULT_CONFIG, {}, false)).note;
	const same = await sliced(sameNoteSteps(first, after));
	const spliced = same ? index : spliceNote(index, first, after);
	const editSeconds = (performance.now() - editStart) / 1000;
	delay.disable();
	const edit = { longestMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6, seconds: editSeconds, bytes: Buffer.byteLength(text), items: after?.items.length ?? 0, spliced: spliced !== null && !same };
	parser.stop();
	return { notes: paths.length - 1, items: index.items.length, cold, edit };
}

const phases = { reindex, render, slices, warm, pieces, worker };
const [phase, ...args] = process.argv.slice(2);
if (!phases[phase]) {
	console.error(`unknown phase "${phase}"; one of: ${Object.keys(phases).join(", ")}`);
	process.exit(2);
}
const result = await phases[phase](...args);
process.stdout.write(JSON.stringify({ phase, ...result, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n");
