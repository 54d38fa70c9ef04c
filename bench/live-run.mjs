// Runs the live-path phases (bench/live.mjs) for run.mjs, each in its own process, and turns their
// results into the report's "Live index and rendering" section and target rows.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";

const here = (rel) => fileURLToPath(new URL(rel, import.meta.url));
export const LIVE_TARGET = { reindexP95Ms: 15, renderMs: 150, changes: 200, renderItems: 2000, sliceMs: 50, warmOverFloor: 0.6, warmPeakMB: 250 };
const RENDERER = here("../src/obsidian/view/quadrant-render.ts");

function spawnLive(core, args) {
	// --expose-gc: the render phase starts each draw without the garbage of the one before.
	const child = spawnSync(process.execPath, ["--expose-gc", here("./live.mjs"), ...args], {
		encoding: "utf8",
		stdio: ["ignore", "pipe", "inherit"],
		env: { ...process.env, INTL_PLAN_CORE: core },
		maxBuffer: 1 << 20,
	});
	if (child.status !== 0) return { error: `crashed (${child.signal ?? `exit ${child.status}`})` };
	return JSON.parse(child.stdout.trim().split("\n").at(-1));
}

/** @param {{ core: string, coreMissing: string | null, vaultDir: string, longNote: string, log: (s: string) => void }} o */
export function measureLive({ core, coreMissing, vaultDir, longNote, log }) {
	const reindex = coreMissing ? { error: coreMissing } : spawnLive(core, ["reindex", vaultDir, String(LIVE_TARGET.changes)]);
	if (!reindex.error) log(`  reindex one note: p50 ${reindex.ms.p50.toFixed(2)} ms, p95 ${reindex.ms.p95.toFixed(2)} ms`);
	const render = fs.existsSync(RENDERER) ? spawnLive(core, ["render", String(LIVE_TARGET.renderItems)]) : { skipped: "the plan view's renderer (src/obsidian/view/quadrant-render.ts) does not exist yet" };
	if (render.ms) log(`  render ${render.items} items: p50 ${render.ms.p50.toFixed(1)} ms`);
	const slices = coreMissing ? { error: coreMissing } : spawnLive(core, ["slices", vaultDir, longNote]);
	if (!slices.error) log(`  longest slice: cold start ${slices.cold.longestMs.toFixed(1)} ms, burst ${slices.burst.longestMs.toFixed(1)} ms, long note edited ${slices.edit.longestMs.toFixed(1)} ms`);
	// After slices, which saved what the cold start read as the plugin would.
	const warm = slices.error ? { error: slices.error } : spawnLive(core, ["warm", vaultDir]);
	if (!warm.error) log(`  warm start: ${warm.seconds.toFixed(2)} s, longest slice ${warm.longestMs.toFixed(1)} ms, peak ${warm.maxRssMB.toFixed(0)} MB`);
	const pieces = spawnLive(core, ["pieces", vaultDir]);
	if (!pieces.error) log(`  pieces read from the tree: ${pieces.treePieces} of ${pieces.pieces}`);
	const worker = coreMissing ? { error: coreMissing } : spawnLive(core, ["worker", vaultDir, longNote]);
	if (!worker.error) log(`  with the parsing worker, longest main-thread task: cold start ${worker.cold.longestMs.toFixed(1)} ms, long note edited ${worker.edit.longestMs.toFixed(1)} ms`);
	return { reindex, render, slices, warm, pieces, worker };
}

const num = (x, digits) => (typeof x === "number" && Number.isFinite(x) ? x.toFixed(digits) : "—");
const row = (cells) => `| ${cells.join(" | ")} |`;
const overFloor = (ms, floor) => (floor?.seconds && typeof ms === "number" ? `${(ms / 1000 / floor.seconds).toFixed(3)}×` : "—");

/** @param {{ notes: number, floor: { seconds: number } | undefined, reindex: any, render: any }} live */
export function liveSection({ notes, floor, reindex, render, slices, warm, pieces, worker }) {
	const lines = [`### Live index and rendering (${notes.toLocaleString("en")}-note vault)`, ""];
	if (reindex.error) lines.push(`reindex one note: not measured: ${reindex.error}`);
	else {
		lines.push(
			`One tagged note of ${num(reindex.noteBytes / 1024, 1)} KB (\`${reindex.note}\`) gets a task line appended, ${reindex.changes} times; ` +
				`the cache holds ${reindex.cachedNotes} indexed notes, ${reindex.items} items (first read, note by note: ${num(reindex.firstSeconds, 2)} s). ` +
				`Splice results checked equal to a full assembly: ${reindex.correct ? "yes" : "**NO**"}.`,
			"",
			row(["reindex one note", "p50 ms", "p95 ms", "max ms", "p95 × floor"]),
			row(["---", "---:", "---:", "---:", "---:"]),
			row(["indexNote + splice (what the live index does)", num(reindex.ms.p50, 2), num(reindex.ms.p95, 2), num(reindex.ms.max, 2), overFloor(reindex.ms.p95, floor)]),
			row(["indexNote alone", num(reindex.parseMs.p50, 2), num(reindex.parseMs.p95, 2), num(reindex.parseMs.max, 2), overFloor(reindex.parseMs.p95, floor)]),
			row(["indexNote + assembleIndex (its fallback)", num(reindex.assembleMs.p50, 2), num(reindex.assembleMs.p95, 2), num(reindex.assembleMs.max, 2), overFloor(reindex.assembleMs.p95, floor)]),
		);
	}
	lines.push("");
	if (render.skipped || render.error) lines.push(`render: not measured: ${render.skipped ?? render.error}`);
	else {
		lines.push(
			`The plan view's renderer in happy-dom (slower than a browser), a plan of ${render.items} items: the first draw shows ` +
				`${render.drawn} (${render.pageSize} per quadrant, "Show more" for the rest); drawing every item takes ${num(render.allMs, 1)} ms.`,
			"",
			row(["render", "p50 ms", "p95 ms", "max ms", "p50 × floor"]),
			row(["---", "---:", "---:", "---:", "---:"]),
			row([`first draw of ${render.items} items`, num(render.ms.p50, 1), num(render.ms.p95, 1), num(render.ms.max, 1), overFloor(render.ms.p50, floor)]),
		);
	}
	lines.push("");
	if (!slices || slices.error) lines.push(`main-thread slices: not measured: ${slices?.error ?? "not run"}`);
	else {
		lines.push(
			`The plugin's work in slices (\`bench/live.mjs slices\`): the core's steps run until ${slices.sliceMs} ms are used up, then the ` +
				`thread is given back, as \`src/obsidian/ui/slicer.ts\` does; the longest slice is the longest the app waits on the plugin ` +
				`(GC pauses and first-run compilation included; Obsidian's own work, file reads and redraws not modelled).`,
			"",
			row(["plugin work (model)", "slices", "longest ms", "p99 ms", "total s"]),
			row(["---", "---:", "---:", "---:", "---:"]),
			row([`cold start: ${notes.toLocaleString("en")} notes read, index assembled`, String(slices.cold.slices), num(slices.cold.longestMs, 1), num(slices.cold.p99Ms, 1), num(slices.cold.seconds, 2)]),
			row([`Sync burst: ${slices.burst.notes} notes read again, index assembled`, String(slices.burst.slices), num(slices.burst.longestMs, 1), num(slices.burst.p99Ms, 1), "—"]),
			row([`a ${num(slices.edit.bytes / 2 ** 20, 1)} MB note of ${slices.edit.items.toLocaleString("en")} items edited: parsed, compared, spliced`, String(slices.edit.slices), num(slices.edit.longestMs, 1), num(slices.edit.p99Ms, 1), num(slices.edit.seconds, 2)]),
		);
		if (warm && !warm.error) {
			lines.push(
				row([`warm start: ${warm.saved.toLocaleString("en")} saved notes loaded, ${warm.notes.toLocaleString("en")} stats compared, index assembled`, String(warm.slices), num(warm.longestMs, 1), num(warm.p99Ms, 1), num(warm.seconds, 2)]),
				"",
				`Warm start (\`bench/live.mjs warm\`): what the cold start read, saved as the plugin saves it (16 shards in the structured-clone ` +
					`format IndexedDB keeps, ${warm.saved.toLocaleString("en")} notes: the ones the metadata cache would not rule out), loaded in a fresh process; nothing changed, ` +
					`so no note is read. Index ready in ${num(warm.seconds, 2)} s = ${overFloor(warm.seconds * 1000, floor)} the floor; peak RSS ${num(warm.maxRssMB, 0)} MB ` +
					`(Node's own ~45 MB included). Not modelled: IndexedDB's own reading (another process in Chromium) and Obsidian's metadata cache lookups for the notes not saved.`,
			);
		}
	}
	if (worker && !worker.error) {
		lines.push(
			"",
			`With the parsing worker (\`bench/live.mjs worker\`, how the plugin runs where a Web Worker can start): each note's text is posted ` +
				`to a worker thread running the plugin's own worker code, its record comes back in parts of 1,000 items (one asked for at a time), ` +
				`the index is assembled in slices; the edited long note is compared and spliced. Longest main-thread task from Node's event-loop ` +
				`delay histogram (1 ms resolution, GC included). The table above is the fallback where no worker can start.`,
			"",
			row(["plugin work with the worker (model)", "longest ms", "p99 ms", "total s"]),
			row(["---", "---:", "---:", "---:"]),
			row([`cold start: ${worker.notes.toLocaleString("en")} notes parsed in the worker, index assembled`, num(worker.cold.longestMs, 1), num(worker.cold.p99Ms, 1), num(worker.cold.seconds, 2)]),
			row([`a ${num(worker.edit.bytes / 2 ** 20, 1)} MB note of ${worker.edit.items.toLocaleString("en")} items edited: parsed in the worker, compared, spliced`, num(worker.edit.longestMs, 1), num(worker.edit.p99Ms, 1), num(worker.edit.seconds, 2)]),
			"",
			`Peak RSS of that process, both threads (two heaps, the parser's code in each, the cold start and the long note): ${num(worker.maxRssMB, 0)} MB.`,
		);
	}
	if (pieces && !pieces.error) {
		lines.push(
			"",
			`Readers (\`bench/live.mjs pieces\`): of the text of the ${pieces.notes.toLocaleString("en")} notes the prefilter passes, ` +
				`${num((100 * (pieces.lineChars ?? 0)) / pieces.chars, 1)}% is read by the line reader (no micromark). ${pieces.notesWithTree.toLocaleString("en")} notes have a block ` +
				`read from remark's tree (the slower path: a URL, \`www.\` or \`@\` that could hold metadata, or a heading with markup); ${pieces.treePieces.toLocaleString("en")} of ` +
				`${pieces.pieces.toLocaleString("en")} blocks, ${num((100 * pieces.treeChars) / pieces.chars, 1)}% of the text.`,
		);
	}
	if (floor?.seconds) lines.push("", `floor (read every note of this vault, tag regex): ${num(floor.seconds * 1000, 1)} ms.`);
	return lines.join("\n");
}

export function liveTargets({ notes, floor, reindex, render, slices, warm, worker }) {
	const withWorker = worker && !worker.error ? Math.max(worker.cold.longestMs, worker.edit.longestMs) : undefined;
	const longest = slices && !slices.error ? Math.max(slices.cold.longestMs, slices.burst.longestMs, slices.edit.longestMs, ...(warm && !warm.error ? [warm.longestMs] : [])) : undefined;
	const warmRatio = warm && !warm.error && floor?.seconds ? warm.seconds / floor.seconds : undefined;
	return [
		{
			target: `plugin warm start ≤ ${LIVE_TARGET.warmOverFloor}× floor (${notes} notes, nothing changed: index ready)`,
			measured: warmRatio === undefined ? "—" : `${num(warmRatio, 2)}×`,
			pass: warmRatio === undefined ? undefined : warmRatio <= LIVE_TARGET.warmOverFloor,
		},
		{
			target: `plugin warm start peak RSS ≤ ${LIVE_TARGET.warmPeakMB} MB (${notes} notes, saved index loaded)`,
			measured: warm && !warm.error ? `${num(warm.maxRssMB, 0)} MB` : "—",
			pass: warm && !warm.error ? warm.maxRssMB <= LIVE_TARGET.warmPeakMB : undefined,
		},
		{
			target: `longest main-thread slice ≤ ${LIVE_TARGET.sliceMs} ms (plugin model without a worker: cold and warm start, Sync burst, long note edited)`,
			measured: longest === undefined ? "—" : `${num(longest, 1)} ms`,
			pass: longest === undefined ? undefined : longest <= LIVE_TARGET.sliceMs,
			time: longest === undefined ? undefined : { value: longest, limit: LIVE_TARGET.sliceMs, unit: "ms" },
		},
		{
			target: `longest main-thread task with the parsing worker ≤ ${LIVE_TARGET.sliceMs} ms (plugin model: cold start, long note edited)`,
			measured: withWorker === undefined ? "—" : `${num(withWorker, 1)} ms`,
			pass: withWorker === undefined ? undefined : withWorker <= LIVE_TARGET.sliceMs,
			time: withWorker === undefined ? undefined : { value: withWorker, limit: LIVE_TARGET.sliceMs, unit: "ms" },
		},
		{
			target: `reindex one 8 KB note, p95 < ${LIVE_TARGET.reindexP95Ms} ms (${notes} notes)`,
			measured: reindex.ms ? `${num(reindex.ms.p95, 2)} ms` : "—",
			pass: reindex.ms ? reindex.ms.p95 < LIVE_TARGET.reindexP95Ms && reindex.correct : undefined,
			time: reindex.ms ? { value: reindex.ms.p95, limit: LIVE_TARGET.reindexP95Ms, unit: "ms", also: reindex.correct } : undefined,
		},
		{
			target: `render ${LIVE_TARGET.renderItems.toLocaleString("en")} items < ${LIVE_TARGET.renderMs} ms (first draw, median)`,
			measured: render.ms ? `${num(render.ms.p50, 1)} ms` : "—",
			pass: render.ms ? render.ms.p50 < LIVE_TARGET.renderMs : undefined,
			time: render.ms ? { value: render.ms.p50, limit: LIVE_TARGET.renderMs, unit: "ms" } : undefined,
		},
	];
}
