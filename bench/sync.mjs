// Checklist sync of 500 plan notes against the built-in library (~80 items), timed as a ratio to
// indexing the same notes (issue target: under 1.5×), and the dry run's memory.
//   node bench/sync.mjs [--smoke] [--plans N] [--runs N]      (needs dist/core.js: node esbuild.config.mjs cli)
// Plans are generated from a fixed seed: varied profiles and languages, items partly present, some
// ticked, owned, dated or worded in an older wording, child notes and prose between.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BUILTIN_LIBRARY, DEFAULT_CONFIG, diffLines, indexVault, readLibrary, syncPlanText, wording } from "../dist/core.js";
import { mulberry32 as random } from "./random.mjs";

const { values: opts } = parseArgs({
	options: {
		smoke: { type: "boolean", default: false },
		plans: { type: "string" },
		runs: { type: "string" },
		phase: { type: "string" },
	},
});
const PLANS = Number(opts.plans ?? (opts.smoke ? 50 : 500));
const RUNS = Number(opts.runs ?? (opts.smoke ? 1 : 5));
const TODAY = "2026-05-01";
const library = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG);
const options = { config: DEFAULT_CONFIG, defaultLang: "en" };

const rnd = random(20260501);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const SIZES = ["large", "medium", "small", "micro"];
const INDUSTRIES = ["manufacturing", "trading", "other"];
const CHANNELS = ["platform", "independent-site", "hybrid"];
const MARKETS = ["DE", "US", "VN", "SG", "BR", "EU", "JP", "MX"];
const LANGS = ["zh", "en", "both"];

/** One plan: synced once from an empty plan, then lived in (ticks, owners, dates, old wording, missing items, notes). */
function makePlan(i) {
	const markets = MARKETS.filter(() => rnd() < 0.3);
	const lang = pick(LANGS);
	const empty = [
		"---",
		"intl-plan: 1",
		`company: Company ${i}`,
		`size: ${pick(SIZES)}`,
		`industry: ${pick(INDUSTRIES)}`,
		`channel: ${pick(CHANNELS)}`,
		`markets: [${(markets.length ? markets : ["DE"]).join(", ")}]`,
		`lang: ${lang}`,
		"---",
		`# Company ${i}`,
		"",
		"背景：这份规划由团队共同维护。 The team keeps this plan together.",
		"",
		"## 战略决策 Strategy",
		"",
		"%% intl-plan:checklist %%",
		"",
		"## 技术赋能 Technology",
		"",
		"%% intl-plan:checklist %%",
		"",
		"## 营销协同 Marketing",
		"",
		"%% intl-plan:checklist %%",
		"",
		"## 风险合规 Compliance",
		"",
		"%% intl-plan:checklist %%",
		"",
	].join("\n");
	const full = syncPlanText(library, empty, TODAY, options);
	if (full.kind !== "synced") throw new Error(`plan ${i}: ${full.kind}`);
	const byId = new Map(library.items.map((item) => [item.id, item]));
	const out = [];
	for (const line of full.after.split("\n")) {
		const id = /\^(ck-[\w-]+)$/.exec(line)?.[1];
		if (!id) {
			out.push(line);
			continue;
		}
		if (rnd() < 0.25) continue; // not added yet
		let l = line;
		if (rnd() < 0.15) l = l.replace(wording(byId.get(id), lang), "旧的措辞 older wording"); // library reworded since
		if (rnd() < 0.3) l = l.replace("- [ ] ", "- [x] ").replace(" ^ck-", " ✅ 2026-03-01 ^ck-");
		else if (rnd() < 0.1) l = l.replace("- [ ] ", "- [/] ");
		if (rnd() < 0.4) l = l.replace(" [source::", ` [owner:: 成员${Math.floor(rnd() * 9)}] [source::`);
		if (rnd() < 0.2) l = l.replace(" ^ck-", ` 📅 2026-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-15 ^ck-`);
		out.push(l);
		if (rnd() < 0.15) out.push("    - 备注：供应商已确认 supplier confirmed", "    - [ ] 跟进 follow up");
		if (rnd() < 0.05) out.push("", "会议记录：讨论了时间表。", "");
	}
	return { path: `Plans/Company ${i}/Company ${i} plan.md`, text: out.join("\n") };
}

function best(fn) {
	let ms = Infinity;
	let result;
	for (let r = 0; r < RUNS; r++) {
		const start = performance.now();
		result = fn();
		ms = Math.min(ms, performance.now() - start);
	}
	return { ms, result };
}

const notes = Array.from({ length: PLANS }, (_, i) => makePlan(i));
const syncAll = () => {
	let changed = 0;
	for (const note of notes) {
		const r = syncPlanText(library, note.text, TODAY, options);
		if (r.kind === "synced" && !r.report.unchanged) changed++;
	}
	return changed;
};
const dryRun = () => {
	let diffBytes = 0;
	for (const note of notes) {
		const r = syncPlanText(library, note.text, TODAY, options);
		if (r.kind === "synced" && !r.report.unchanged) diffBytes += diffLines(r.before, r.after, { path: note.path }).length;
	}
	return diffBytes;
};

if (opts.phase === "dry-run-memory") {
	// A fresh process, so the peak is the dry run's (plus the generated notes), not the timing loops'.
	const before = process.memoryUsage().rss;
	const baseline = process.resourceUsage().maxRSS;
	dryRun();
	const peak = process.resourceUsage().maxRSS;
	process.stdout.write(JSON.stringify({ rssBeforeMB: before / 2 ** 20, baselineMaxRssMB: baseline / 1024, maxRssMB: peak / 1024 }) + "\n");
	process.exit(0);
}

const items = notes.reduce((n, note) => n + (note.text.match(/\^ck-/g)?.length ?? 0), 0);
const bytes = notes.reduce((n, note) => n + Buffer.byteLength(note.text), 0);
const index = best(() => indexVault(notes, { config: DEFAULT_CONFIG }));
const sync = best(syncAll);
const dry = best(dryRun);
const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--phase", "dry-run-memory", "--plans", String(PLANS)], { encoding: "utf8" });
const memory = child.status === 0 ? JSON.parse(child.stdout.trim().split("\n").at(-1)) : null;

const fmt = (ms) => ms.toFixed(1);
const ratio = sync.ms / index.ms;
const lines = [
	`Checklist sync benchmark: ${PLANS} plans, ${items} checklist items in them (${(bytes / 1024).toFixed(0)} KB), library of ${library.items.length} items; best of ${RUNS}. Node ${process.version}.`,
	"",
	"| phase | total ms | per plan ms | × index |",
	"|---|---:|---:|---:|",
	`| index (indexVault) | ${fmt(index.ms)} | ${(index.ms / PLANS).toFixed(3)} | 1.00 |`,
	`| sync (reconcile + apply; ${sync.result} plans change) | ${fmt(sync.ms)} | ${(sync.ms / PLANS).toFixed(3)} | ${ratio.toFixed(2)} |`,
	`| dry run (sync + unified diff, ${(dry.result / 1024).toFixed(0)} KB of diff) | ${fmt(dry.ms)} | ${(dry.ms / PLANS).toFixed(3)} | ${(dry.ms / index.ms).toFixed(2)} |`,
	"",
	memory
		? `Dry run memory (fresh process): peak RSS ${memory.maxRssMB.toFixed(0)} MB; ${memory.baselineMaxRssMB.toFixed(0)} MB before the dry run (Node, the core and the generated notes).`
		: `Dry run memory: the measuring process failed (${child.stderr.trim().split("\n").at(-1) ?? "no output"}).`,
	"",
	`Target: sync under 1.5× indexing — ${ratio < 1.5 ? "met" : "missed"} (${ratio.toFixed(2)}×).`,
];
process.stdout.write(lines.join("\n") + "\n");
