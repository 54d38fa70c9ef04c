// Summary (with its roadmap), timeline and roll-up cost against indexing the same notes (issue target: each under 10% of the index).
//   node bench/summary.mjs [--smoke]      (needs dist/core.js: node esbuild.config.mjs cli)
import os from "node:os";
import { parseArgs } from "node:util";
import { mulberry32 as random } from "./random.mjs";

const { values: opts } = parseArgs({ options: { smoke: { type: "boolean", default: false }, runs: { type: "string", default: "5" } } });
// eslint-disable-next-line no-unsanitized/method -- the module under test is chosen by whoever runs the bench (INTL_PLAN_CORE), never by note content
const core = await import(process.env.INTL_PLAN_CORE ?? new URL("../dist/core.js", import.meta.url).href);
const { indexVault, summarizePlan, summaryMarkdown, rollup, rollupMarkdown, readLibrary, timeline, compareWithLast, readSnapshot, planTasks, BUILTIN_LIBRARY, DEFAULT_CONFIG } = core;


const SECTIONS = ["## 战略决策 Strategy", "## 技术赋能 Technology", "## 营销协同 Marketing", "## 风险合规 Compliance"];
const STATUS = [" ", " ", " ", "x", "/", "-"];
const PRIORITY = ["", "", " ⏫", " 🔼", " 🔽", " 🔺"];

/** A plan folder: the plan note and `notes` supporting notes holding `tasks` tasks in all. */
function planFolder(name, tasks, notes, rnd) {
	const files = [
		{
			path: `Plans/${name}/${name} plan.md`,
			text: `---\nintl-plan: 1\ncompany: ${name}\nsize: ${rnd() < 0.5 ? "small" : "medium"}\nindustry: ${rnd() < 0.5 ? "trading" : "manufacturing"}\nmarkets: [DE, VN]\nchannel: hybrid\nlang: ${rnd() < 0.5 ? "zh" : "en"}\n---\n# ${name}\n`,
		},
	];
	const per = Math.ceil(tasks / notes);
	for (let n = 0; n < notes; n++) {
		const lines = [`# Note ${n}`, ""];
		for (let s = 0; s < 4; s++) {
			lines.push(SECTIONS[s], "");
			for (let i = 0; i < per / 4; i++) {
				const due = `2026-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
				const owner = rnd() < 0.6 ? ` [owner:: 成员${Math.floor(rnd() * 9)}]` : "";
				lines.push(`- [${STATUS[Math.floor(rnd() * STATUS.length)]}] 任务 task ${n}-${s}-${i}${owner} 📅 ${due}${PRIORITY[Math.floor(rnd() * PRIORITY.length)]}`);
			}
			lines.push("");
		}
		files.push({ path: `Plans/${name}/note-${n}.md`, text: lines.join("\n") });
	}
	return files;
}

function best(runs, fn) {
	let min = Infinity;
	let result;
	for (let r = 0; r < runs; r++) {
		const t = performance.now();
		result = fn();
		min = Math.min(min, performance.now() - t);
	}
	return { ms: min, result };
}

const runs = Number(opts.runs);
const library = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG);
const today = "2026-11-25";
const rnd = random(7);

const itemsInPlan = opts.smoke ? 400 : 2000;
const onePlan = planFolder("Big", itemsInPlan, 20, rnd);
const index1 = best(runs, () => indexVault(onePlan));
const plan = index1.result.plans[0].path;
// Each run on an index it has not seen (new item lists, as every change of the live index makes): what the
// core remembers per index (a plan's items, grouped once) is paid in every run, not only the first.
const fresh = (index) => ({ ...index, items: [...index.items], unsorted: [...index.unsorted] });
const summary = best(runs, () => summaryMarkdown(summarizePlan(fresh(index1.result), plan, library, today), "zh"));
// Written a week after the last report: its record read from the note, compared, the new record kept.
const lastWeek = summaryMarkdown(summarizePlan(index1.result, plan, library, "2026-11-18"), "zh", compareWithLast(null, planTasks(index1.result, plan), "2026-11-18"));
const since = best(runs, () => {
	const index = fresh(index1.result);
	return summaryMarkdown(summarizePlan(index, plan, library, today), "zh", compareWithLast(readSnapshot(lastWeek), planTasks(index, plan), today));
});
// The plan view's Timeline tab: the model it draws (every dated task placed), for the same plan.
const planItems = index1.result.items.filter((i) => i.plan === plan);
const lanes = best(runs, () => timeline(planItems, index1.result.plans[0].profile, today));

const planCount = opts.smoke ? 40 : 200;
const many = Array.from({ length: planCount }, (_, i) => planFolder(`P${i}`, 20, 2, rnd)).flat();
const index2 = best(runs, () => indexVault(many));
const roll = best(runs, () => rollupMarkdown(rollup(fresh(index2.result), library, today), "en"));

const row = (label, work, base, target) =>
	`| ${label} | ${work.ms.toFixed(1)} | ${base.ms.toFixed(1)} | ${(work.ms / base.ms * 100).toFixed(1)}% | ${target} | ${work.ms / base.ms < 0.1 ? "**PASS**" : "**FAIL**"} |`;
console.log(`Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, Node ${process.version}; best of ${runs} runs.\n`);
console.log("| work | ms | indexing the same notes, ms | share of the index | target | result |");
console.log("| --- | ---: | ---: | ---: | ---: | --- |");
console.log(row(`summary of a plan with ${index1.result.items.length} items (markdown)`, summary, index1, "< 10%"));
console.log(row(`that summary since the last report (its record read, compared, kept)`, since, index1, "< 10%"));
console.log(row(`timeline of that plan (${lanes.result?.lanes.reduce((n, l) => n + l.bars.length, 0) ?? 0} bars)`, lanes, index1, "< 10%"));
console.log(row(`roll-up of ${index2.result.plans.length} plans (${index2.result.items.length} items, markdown)`, roll, index2, "< 10%"));
