// `npm run bench [-- --smoke] [--write] [--json] [--runs N] [--seed N] [--notes 1000,10000]`
// Generates (or reuses) the vaults, runs every phase in its own child process, prints the report
// (with --json, every figure under stable names instead: bench/figures.mjs).
// It is a report, not a test: a missed target still exits 0; a crashed phase exits 1.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureLongNotes, ensureVault, LONG_SIZES } from "./generate.mjs";
import { figures } from "./figures.mjs";
import { measureLive } from "./live-run.mjs";
import { measureOrdinary } from "./ordinary.mjs";
import { renderReport, resultsFile, VAULT_PHASES } from "./report.mjs";

const here = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const { values: opts } = parseArgs({
	options: {
		smoke: { type: "boolean" },
		write: { type: "boolean" },
		json: { type: "boolean" },
		runs: { type: "string", default: "1" },
		seed: { type: "string", default: "1" },
		notes: { type: "string" },
	},
});
const runs = Math.max(1, Number(opts.runs));
const seed = Number(opts.seed);
const sizes = opts.notes ? opts.notes.split(",").map(Number) : opts.smoke ? [200] : [1000, 10000];
const longLabels = opts.smoke ? ["160 KB"] : Object.keys(LONG_SIZES);
const core = path.resolve(process.env.INTL_PLAN_CORE ?? here("../dist/core.js"));
const coreMissing = fs.existsSync(core) ? null : "core not built";
const log = (msg) => process.stderr.write(`${msg}\n`);

const startedAt = new Date();
const loadAtStart = os.loadavg()[0]; // other work on the machine slows every phase; the report says how busy it was
if (coreMissing) log(`! no core at ${core}: build it with \`node esbuild.config.mjs cli\` or set INTL_PLAN_CORE`);

/** Runs one phase in a fresh process; a crash becomes { error } so the other phases still report. */
function measureOnce(...args) {
	const child = spawnSync(process.execPath, [here("./measure.mjs"), ...args], {
		encoding: "utf8",
		stdio: ["ignore", "pipe", "inherit"],
		env: { ...process.env, INTL_PLAN_CORE: core },
		maxBuffer: 1 << 20,
	});
	if (child.status !== 0) return { error: `crashed (${child.signal ?? `exit ${child.status}`})` };
	const result = JSON.parse(child.stdout.trim().split("\n").at(-1));
	log(`  ${[result.phase, result.parser].filter(Boolean).join(" ")}: ${result.seconds.toFixed(3)} s, ${result.maxRssMB.toFixed(0)} MB`);
	return result;
}

/** Runs every job `runs` times, round-robin so a burst of load elsewhere on the machine hits all
 * phases alike, and keeps each job's fastest time (the least disturbed), every run's time (the
 * spread) and its highest peak RSS. */
function measureAll(jobs) {
	const results = jobs.map(() => []);
	for (let i = 0; i < runs; i++) jobs.forEach((args, j) => results[j].push(args.error ? args : measureOnce(...args)));
	return results.map((list) => list.find((m) => m.error) ?? {
		...list.reduce((a, b) => (b.seconds < a.seconds ? b : a)),
		maxRssMB: Math.max(...list.map((m) => m.maxRssMB)),
		everyRun: list.map((m) => m.seconds),
	});
}

/** Reads every file once, untimed, so the first phase does not pay for a cold disk cache alone. */
function warmCache(dir) {
	for (const rel of fs.readdirSync(dir, { recursive: true })) if (rel.endsWith(".md")) fs.readFileSync(path.join(dir, rel));
}

const vaults = sizes.map((notes) => {
	log(`vault of ${notes} notes (seed ${seed})`);
	const dir = ensureVault(notes, seed);
	warmCache(dir);
	const measured = measureAll(VAULT_PHASES.map((phase) => (phase !== "floor" && phase.startsWith("remark") === false && coreMissing ? { error: coreMissing } : [phase, dir])));
	const phases = Object.fromEntries(VAULT_PHASES.map((phase, i) => [phase, measured[i]]));
	return { notes, manifest: JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")), phases };
});

log("long single notes");
const longs = ensureLongNotes(seed, longLabels).map(({ label, file }) => {
	const [remark, parseNote] = measureAll([["long", file, "remark"], coreMissing ? { error: coreMissing } : ["long", file, "parseNote"]]);
	return { label, bytes: fs.statSync(file).size, remark, parseNote };
});

// The plugin's live paths on the 10,000-note vault (1,000 in a smoke run): one note re-indexed, a plan drawn.
log("live index and rendering");
const liveNotes = opts.smoke ? 1000 : Math.max(...sizes);
const liveDir = ensureVault(liveNotes, seed);
warmCache(liveDir);
const liveFloor = vaults.find((v) => v.notes === liveNotes)?.phases.floor ?? measureAll([["floor", liveDir]])[0];
const longest = longs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const longFile = ensureLongNotes(seed, [longest.label])[0]?.file;
const live = { notes: liveNotes, floor: liveFloor, ...measureLive({ core, coreMissing, vaultDir: liveDir, longNote: longFile, log }) };

log("a vault of ordinary notes, as a whole CLI process");
const ordinary = coreMissing ? { notes: 0, error: coreMissing } : await measureOrdinary({ notes: opts.smoke ? 600 : 6000, seed, runs: Math.max(3, runs), core, log });

const cpus = os.cpus();
const machine = `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()}-${os.arch()}`;
const date = startedAt.toISOString().replace("T", " ").slice(0, 16) + " UTC";
const load = [loadAtStart, os.loadavg()[0]].map((l) => l.toFixed(1));
const measured = { date, machine, load, seed, runs, smoke: opts.smoke, vaults, longs, live, ordinary };
const report = renderReport(measured);
console.log(opts.json ? JSON.stringify(figures(measured), null, "\t") : report);

const failed = [...vaults.flatMap((v) => Object.values(v.phases)), ...longs.flatMap((l) => [l.remark, l.parseNote]), live.reindex, live.render, live.slices, live.warm, live.worker, ordinary].some((m) => m.error);
if (opts.write && failed) log("! RESULTS.md not written: some phases did not run");
else if (opts.write) fs.writeFileSync(here("./RESULTS.md"), `${resultsFile(report, keptSection(here("./RESULTS.md"))).trimEnd()}\n${hostileSection(here("./RESULTS.md"))}`);
process.exitCode = failed ? 1 : 0;

/** The section `bench/hostile.mjs` writes after the results (its own run, its own figures), carried over. */
function hostileSection(file) {
	if (!fs.existsSync(file)) return "";
	const text = fs.readFileSync(file, "utf8");
	const start = text.indexOf("## Hostile notes");
	if (start === -1) return "";
	const end = text.indexOf("\n## ", start + 3);
	return `\n${text.slice(start, end === -1 ? undefined : end + 1).trimEnd()}\n`;
}

/** The hand-written analysis in RESULTS.md ("## Where the time goes …"), carried over on every write. */
function keptSection(file) {
	if (!fs.existsSync(file)) return "";
	const text = fs.readFileSync(file, "utf8");
	const start = text.indexOf("## Where the time goes");
	const end = text.indexOf("## Latest results");
	return start === -1 || end === -1 || end < start ? "" : text.slice(start, end);
}
