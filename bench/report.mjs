// Turns measurements into the markdown that run.mjs prints and RESULTS.md keeps. Pure: data in, text out.
import { liveSection, liveTargets } from "./live-run.mjs";

export const VAULT_PHASES = ["floor", "remark-all", "remark-tagged", "index", "cli-cold", "cli-warm"];
const MB = 1024 * 1024; // binary MB throughout, to match maxRSS (KiB / 1024)
const TARGET = { indexOverTagged: 1.25, indexRssMB: 400, longSeconds: 2, longLabel: "2.6 MB", indexOverFloor: 15, cliWarmOverFloor: 1.2 };
/**
 * The machine the time limits were set on: issue 2 measured the floor of the 10,000-note vault
 * (36.9 MB) at about 0.25 s. A run elsewhere scales those limits by its own floor per MB.
 */
const CALIBRATION = { floorSeconds: 0.25, megabytes: 36.9 };

const num = (x, digits) => (typeof x === "number" && Number.isFinite(x) ? x.toFixed(digits) : "—");
/** Every run's seconds, slowest included, where there was more than one. */
const spread = (m) => (m.everyRun?.length > 1 ? ` (every run: ${m.everyRun.map((s) => num(s, 3)).join(", ")})` : "");
const ratio = (a, b) => (a?.seconds && b?.seconds ? `${(a.seconds / b.seconds).toFixed(2)}×` : "—");
const verdict = (pass) => (pass === undefined ? "not measured" : pass ? "**PASS**" : "**FAIL**");
const row = (cells) => `| ${cells.join(" | ")} |`;

function vaultSection({ notes, manifest, phases }) {
	const tagged = phases["remark-tagged"];
	const lines = [
		`### ${notes.toLocaleString("en")} notes`,
		"",
		`${num(manifest.bytes / MB, 1)} MB of markdown; ${manifest.tagged} tagged (${num((100 * manifest.tagged) / notes, 0)}%), ` +
			`${manifest.decoys.length} decoys, ${manifest.plans} plans generated; prefilter let ${tagged?.parsed ?? "—"} notes through.`,
		"",
		row(["phase", "seconds", "MB/s", "peak RSS MB", "× remark-tagged", "× floor"]),
		row(["---", "---:", "---:", "---:", "---:", "---:"]),
	];
	for (const name of VAULT_PHASES) {
		const p = phases[name];
		if (p?.error) {
			lines.push(row([name, `not measured: ${p.error}`, "", "", "", ""]));
			continue;
		}
		lines.push(row([name, num(p.seconds, 3), num(manifest.bytes / MB / p.seconds, 1), num(p.maxRssMB, 0), ratio(p, tagged), ratio(p, phases.floor)]));
	}
	const index = phases.index;
	if (index && !index.error) {
		lines.push("", `index output: ${index.items} items, ${index.plans} plans (${manifest.plans} generated), ${index.problems} problems; ` +
			`items from decoy notes: ${index.decoyItems} (expect 0).`);
	}
	return lines.join("\n");
}

/** Whether cost per MB grows with note size, from the smallest note measured to the largest. */
function growthSentence(longs) {
	const measured = longs.filter((l) => l.parseNote?.seconds && l.remark?.seconds);
	if (measured.length < 2) return "One note size measured: no growth to judge.";
	const [first, last] = [measured[0], measured[measured.length - 1]];
	const growth = (key) => last[key].seconds / (last.bytes / MB) / (first[key].seconds / (first.bytes / MB));
	const parse = growth("parseNote");
	const verdict = parse <= 1.2 ? "does not grow with note size (linear cost; fixed start-up costs spread over more text)" : "grows with note size";
	return `From ${first.label} to ${last.label}, parseNote's s/MB ${verdict}: ×${parse.toFixed(2)}; bare remark's: ×${growth("remark").toFixed(2)}.`;
}

function longSection(longs) {
	const lines = [
		"### Long single notes",
		"",
		row(["note", "remark s", "parseNote s", "parseNote / remark", "remark s/MB", "parseNote s/MB", "remark RSS MB", "parseNote RSS MB"]),
		row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
	];
	for (const { label, bytes, remark, parseNote } of longs) {
		const perMB = (m) => num(m?.seconds / (bytes / MB), 3);
		lines.push(row([label, num(remark?.seconds, 3), parseNote?.error ? `not measured: ${parseNote.error}` : num(parseNote?.seconds, 3),
			ratio(parseNote, remark), perMB(remark), perMB(parseNote), num(remark?.maxRssMB, 0), num(parseNote?.maxRssMB, 0)]));
	}
	lines.push("", growthSentence(longs));
	return lines.join("\n");
}

/** The targets of the index and the CLI, judged on the largest vault of the run (10k notes in a full run). */
export function judgeTargets({ vaults, longs }) {
	const largest = vaults.at(-1);
	const index = largest.phases.index;
	const tagged = largest.phases["remark-tagged"];
	const floor = largest.phases.floor;
	const warm = largest.phases["cli-warm"];
	const indexOk = index && !index.error;
	const floorOk = floor && !floor.error;
	const warmOk = floorOk && warm && !warm.error;
	const long = longs.find((l) => l.label === TARGET.longLabel)?.parseNote;
	const longOk = long && !long.error;
	return [
		{
			target: `index ≤ ${TARGET.indexOverTagged} × remark-tagged (${largest.notes} notes)`,
			measured: indexOk ? ratio(index, tagged) : "—",
			pass: indexOk ? index.seconds <= TARGET.indexOverTagged * tagged.seconds : undefined,
		},
		// Issue 13's two figures of a whole vault, over the floor of the same run.
		{
			target: `cold index ≤ ${TARGET.indexOverFloor}× floor (${largest.notes} notes written like people's)`,
			measured: indexOk && floorOk ? ratio(index, floor) : "—",
			pass: indexOk && floorOk ? index.seconds <= TARGET.indexOverFloor * floor.seconds : undefined,
		},
		{
			target: `CLI warm index ≤ ${TARGET.cliWarmOverFloor}× floor (${largest.notes} notes, nothing changed, in process)`,
			measured: warmOk ? ratio(warm, floor) : "—",
			pass: warmOk ? warm.seconds <= TARGET.cliWarmOverFloor * floor.seconds : undefined,
		},
		{
			target: `index peak RSS < ${TARGET.indexRssMB} MB (${largest.notes} notes)`,
			measured: indexOk ? `${num(index.maxRssMB, 0)} MB` : "—",
			pass: indexOk ? index.maxRssMB < TARGET.indexRssMB : undefined,
		},
		{
			target: `parseNote on the ${TARGET.longLabel} note < ${TARGET.longSeconds} s`,
			measured: longOk ? `${num(long.seconds, 3)} s${spread(long)}` : "—",
			pass: longOk ? long.seconds < TARGET.longSeconds : undefined,
			time: longOk ? { value: long.seconds, limit: TARGET.longSeconds, unit: "s" } : undefined,
		},
	];
}

/** How much slower (> 1) or faster this machine is than the calibration one, from the largest vault's floor. */
export function machineScale(vaults) {
	const largest = vaults.at(-1);
	const floor = largest?.phases.floor;
	if (!floor || floor.error || !floor.seconds) return null;
	const perMB = floor.seconds / (largest.manifest.bytes / MB);
	return perMB / (CALIBRATION.floorSeconds / CALIBRATION.megabytes);
}

/** Time limits at this machine's speed: the same targets, judged fairly on a slower or faster host. */
function scaledCells(t, scale) {
	if (!t.time || scale === null) return ["—", "—"];
	const limit = t.time.limit * scale;
	const digits = t.time.unit === "s" ? 2 : 1;
	return [`< ${num(limit, digits)} ${t.time.unit}`, verdict(t.time.value < limit && t.time.also !== false)];
}

/** Issue 13: the whole CLI process, cold, on a vault of ordinary notes (bench/ordinary.mjs), over that vault's floor. */
export const ORDINARY_TARGET = 3;

export function ordinaryTargets(o) {
	if (!o) return [];
	const measured = o.error ? "—" : `${num(o.process / o.floor, 2)}×`;
	return [{ target: `cold CLI process on ${o.notes} ordinary notes (no plan) ≤ ${ORDINARY_TARGET}× floor`, measured, pass: o.error ? undefined : o.process <= ORDINARY_TARGET * o.floor }];
}

function ordinarySection(o) {
	if (o.error) return `### Ordinary notes\n\nNot measured: ${o.error}.`;
	return [
		"### Ordinary notes",
		"",
		`A vault of ${o.notes} notes of product documentation in 30 languages and no plan (\`bench/ordinary.mjs\`): headings such as *Data*, *Security* and *Marketing site*, code, tables, links, "dimension" in prose, a docs checklist now and then. ` +
			"**process** is a whole `intl-plan index --format json` with an empty cache folder (Node's start and module loading included); **floor** is that vault's, in process, as above.",
		"",
		row(["process, s", "floor, s", "× floor", "notes past the prefilter", "of those, with items"]),
		row(["---:", "---:", "---:", "---:", "---:"]),
		row([num(o.process, 3), num(o.floor, 3), `${num(o.process / o.floor, 2)}×`, String(o.passed), String(o.yielded)]),
	].join("\n");
}

export function renderReport(run) {
	const targets = [...judgeTargets(run), ...(run.live ? liveTargets(run.live) : []), ...ordinaryTargets(run.ordinary)];
	const scale = machineScale(run.vaults);
	const scaleNote =
		scale === null
			? "This run has no floor to compare machines by, so time limits are judged as written."
			: `Time limits were set on a machine whose floor read the 10,000-note vault in ${CALIBRATION.floorSeconds} s; ` +
				`this one's floor is ×${num(scale, 2)} that per MB, so the last two columns judge each time limit ×${num(scale, 2)}. ` +
				"Ratios in the tables above need no such scaling.";
	return [
		`Measured ${run.date} on ${run.machine}; load average ${run.load[0]} at start, ${run.load[1]} at end; ` +
			`seed ${run.seed}; best of ${run.runs} run${run.runs > 1 ? "s" : ""}${run.smoke ? "; **smoke run** (small vault, one long note)" : ""}.`,
		"",
		...run.vaults.map(vaultSection).flatMap((s) => [s, ""]),
		longSection(run.longs),
		"",
		...(run.live ? [liveSection(run.live), ""] : []),
		...(run.ordinary ? [ordinarySection(run.ordinary), ""] : []),
		"### Targets",
		"",
		scaleNote,
		"",
		row(["target", "measured", "result", "limit at this machine's speed", "result at this speed"]),
		row(["---", "---:", "---", "---:", "---"]),
		...targets.map((t) => row([t.target, t.measured, verdict(t.pass), ...scaledCells(t, scale)])),
	].join("\n");
}

/** @param {string} report @param {string} [kept] */
export function resultsFile(report, kept = "") {
	return `# Benchmark results

Written by \`npm run bench -- --write\`; the section below is replaced on every write.

## How to run

- \`npm run bench\`: vaults of 1,000 and 10,000 notes plus single notes of 160 KB, 650 KB and 2.6 MB.
- \`npm run bench -- --smoke\`: 200 notes and the 160 KB note, under a minute (what CI runs).
- \`--json\` prints every figure under stable names instead of the report (\`bench/figures.mjs\`), to compare runs by script.
- \`--write\` rewrites this file; \`--runs 3\` keeps each phase's fastest of three runs (steadier on a
  busy machine); \`--seed N\` and \`--notes 1000,5000\` change the generated vaults.
- The index under test is \`dist/core.js\` (build it with \`node esbuild.config.mjs cli\`);
  \`INTL_PLAN_CORE=/path/to/core.js\` points the bench at another build.
- Vaults are generated once by \`bench/generate.mjs\` (seeded, byte-identical per seed) into \`bench/.cache/\`.
  Their notes are written like people's (\`bench/corpus.mjs\`): Chinese and English prose with wikilinks, web
  links, bare URLs, \`www.\` and e-mail addresses (about half the text is in pieces holding one, as in real
  vaults), images, headings with markup, "dimension" in prose, callouts, tables, code, comments, Tasks and
  Dataview fields, and now and then tens of KB of meeting minutes.
- A vault of ordinary notes with no plan (\`bench/ordinary.mjs\`, 6,000 notes of documentation in 30 languages; 600 in a
  smoke run) is timed as a whole CLI process; \`node bench/ordinary.mjs\` runs that part alone.

## How to read it

- Every phase runs in its own Node process over the same vault. **seconds** is the wall time of the work
  (walk the folder, read the files, do the phase), not process start or module loading.
  **MB/s** is the whole vault's size over those seconds. **peak RSS** is the process's maxRSS, Node's own
  ~40–50 MB included. With \`--runs N\` a phase shows its fastest time and its highest peak RSS.
- **floor**: read every note and run a tag regex over it, the least any indexer can do.
- **remark-all**: parse every note with unified + remark-parse + remark-gfm + remark-frontmatter.
- **remark-tagged**: read every note, parse only those that pass the cheap substring prefilter
  (\`bench/prefilter.mjs\`: \`intl/\`, \`国际化/\`, \`intl-plan\`, \`dimension\`, the dimension names).
  This is what a remark-based indexer that skips untagged notes pays, and the yardstick for the index.
- **index**: \`indexVault(files)\` from the core over all notes, reading included; its output counts are a
  sanity check (decoy notes hide their only tag in code or comments and must yield no items).
- **cli-cold / cli-warm**: the CLI's \`main(["index", vault, "--format", "json"])\` in process: with
  \`--no-cache\` (every note read and parsed), and again after a run that filled the cache (nothing changed:
  each note is stat'ed, none read; \`src/cli/index-cache.ts\`). Printing the JSON is included.
- **× remark-tagged / × floor**: seconds divided by that phase's seconds in the same run.
- **Long single notes**: \`parseNote\` against bare remark on the same text; s/MB that does not grow with size means linear.
- **Live index and rendering** (\`bench/live.mjs\`, on the 10,000-note vault, 1,000 with \`--smoke\`): one 8 KB tagged
  note gets a task line appended 200 times; timed are \`indexNote\` + splicing it into the index (what the plugin
  does) and \`indexNote\` + \`assembleIndex\` (its fallback), as p50/p95. Then the plan view's renderer draws a
  2,000-item plan in happy-dom. **× floor**: milliseconds over that vault's floor.
- Timings move between runs, a lot when the machine is busy (see the load average): compare ratios from
  one run, which cancel out the machine, and use \`--runs 3\` before trusting a PASS/FAIL near the line.

${kept}## Latest results

${report}
`;
}
