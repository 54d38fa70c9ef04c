// Every figure of a bench run under stable names, for `npm run bench -- --json`: compare runs with a
// script instead of reading tables. Seconds, milliseconds and MB as measured; ratios as plain numbers.
import { liveTargets } from "./live-run.mjs";
import { judgeTargets, ordinaryTargets } from "./report.mjs";

const ratio = (a, b) => (typeof a === "number" && typeof b === "number" && b > 0 ? a / b : null);
const ok = (m) => (m && !m.error ? m : null);

export function figures(run) {
	const { date, machine, load, seed, runs, smoke, vaults, longs, live, ordinary } = run;
	const slices = ok(live.slices);
	const warm = ok(live.warm);
	const pieces = ok(live.pieces);
	const worker = ok(live.worker);
	return {
		version: 1,
		date,
		machine,
		load: load.map(Number),
		seed,
		runs,
		smoke: Boolean(smoke),
		vaults: Object.fromEntries(
			vaults.map((v) => [
				String(v.notes),
				{
					bytes: v.manifest.bytes,
					phases: Object.fromEntries(
						Object.entries(v.phases).map(([phase, m]) => [
							phase,
							m.error
								? { error: m.error }
								: { seconds: m.seconds, peakMB: m.maxRssMB, overFloor: ratio(m.seconds, v.phases.floor?.seconds), overRemarkTagged: ratio(m.seconds, v.phases["remark-tagged"]?.seconds) },
						]),
					),
				},
			]),
		),
		long: Object.fromEntries(longs.map((l) => [l.label, { bytes: l.bytes, parseNoteSeconds: ok(l.parseNote)?.seconds ?? null, remarkSeconds: ok(l.remark)?.seconds ?? null }])),
		live: {
			notes: live.notes,
			floorSeconds: ok(live.floor)?.seconds ?? null,
			reindexP95Ms: ok(live.reindex)?.ms?.p95 ?? null,
			renderP50Ms: ok(live.render)?.ms?.p50 ?? null,
			longestSliceMs: slices
				? { coldStart: slices.cold.longestMs, syncBurst: slices.burst.longestMs, longNoteEdit: slices.edit.longestMs, warmStart: warm?.longestMs ?? null }
				: null,
			longestTaskWithWorkerMs: worker ? { coldStart: worker.cold.longestMs, longNoteEdit: worker.edit.longestMs } : null,
			workerPeakMB: worker?.maxRssMB ?? null,
			warmStart: warm ? { seconds: warm.seconds, overFloor: ratio(warm.seconds, ok(live.floor)?.seconds), peakMB: warm.maxRssMB } : null,
			treeFallback: pieces ? { notes: pieces.notes, notesWithTree: pieces.notesWithTree, pieces: pieces.pieces, treePieces: pieces.treePieces, textShare: ratio(pieces.treeChars, pieces.chars) } : null,
			lineReaderShare: pieces ? ratio(pieces.lineChars, pieces.chars) : null,
		},
		ordinary: ordinary && !ordinary.error ? { notes: ordinary.notes, processSeconds: ordinary.process, floorSeconds: ordinary.floor, overFloor: ratio(ordinary.process, ordinary.floor), prefilterPassed: ordinary.passed, withItems: ordinary.yielded } : null,
		targets: [...judgeTargets(run), ...liveTargets(live), ...ordinaryTargets(ordinary)].map((t) => ({ target: t.target, measured: t.measured, pass: t.pass ?? null })),
	};
}
