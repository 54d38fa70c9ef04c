// `npm run bench [-- --smoke] [-- --write] [--seed N] [--notes 1000,10000]`
// Generates (or reuses) the vaults, runs every phase in its own child process, prints the report.
// It is a report, not a test: a missed target still exits 0; a crashed phase exits 1.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureLongNotes, ensureVault, LONG_SIZES } from "./generate.mjs";
import { renderReport, resultsFile, VAULT_PHASES } from "./report.mjs";

const here = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const { values: opts } = parseArgs({
	options: { smoke: { type: "boolean" }, write: { type: "boolean" }, seed: { type: "string", default: "1" }, notes: { type: "string" } },
});
const seed = Number(opts.seed);
const sizes = opts.notes ? opts.notes.split(",").map(Number) : opts.smoke ? [200] : [1000, 10000];
const longLabels = opts.smoke ? ["160 KB"] : Object.keys(LONG_SIZES);
const core = path.resolve(process.env.INTL_PLAN_CORE ?? here("../dist/core.js"));
const coreMissing = fs.existsSync(core) ? null : "core not built";
const log = (msg) => process.stderr.write(`${msg}\n`);

if (coreMissing) log(`! no core at ${core}: build it with \`node esbuild.config.mjs cli\` or set INTL_PLAN_CORE`);

/** Runs one phase in a fresh process; a crash becomes { error } so the other phases still report. */
function measure(...args) {
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

/** Reads every file once, untimed, so the first phase does not pay for a cold disk cache alone. */
function warmCache(dir) {
	for (const rel of fs.readdirSync(dir, { recursive: true })) if (rel.endsWith(".md")) fs.readFileSync(path.join(dir, rel));
}

const vaults = sizes.map((notes) => {
	log(`vault of ${notes} notes (seed ${seed})`);
	const dir = ensureVault(notes, seed);
	warmCache(dir);
	const phases = {};
	for (const phase of VAULT_PHASES) phases[phase] = phase === "index" && coreMissing ? { error: coreMissing } : measure(phase, dir);
	return { notes, manifest: JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")), phases };
});

log("long single notes");
const longs = ensureLongNotes(seed, longLabels).map(({ label, file }) => ({
	label,
	bytes: fs.statSync(file).size,
	remark: measure("long", file, "remark"),
	parseNote: coreMissing ? { error: coreMissing } : measure("long", file, "parseNote"),
}));

const cpus = os.cpus();
const machine = `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()}-${os.arch()}`;
const date = new Date().toISOString().replace("T", " ").slice(0, 16) + " UTC";
const report = renderReport({ date, machine, seed, smoke: opts.smoke, vaults, longs });
console.log(report);

const failed = [...vaults.flatMap((v) => Object.values(v.phases)), ...longs.flatMap((l) => [l.remark, l.parseNote])].some((m) => m.error);
if (opts.write && failed) log("! RESULTS.md not written: some phases did not run");
else if (opts.write) fs.writeFileSync(here("./RESULTS.md"), resultsFile(report));
process.exitCode = failed ? 1 : 0;
