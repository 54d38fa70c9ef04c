// @vitest-environment happy-dom
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compareWithLast, completionChart, mermaidLabel, planTasks, readSnapshot, roadmap, ROADMAP_PER_DIMENSION, summarizePlan, summaryMarkdown } from "../../../src/core/summary/index.js";
import { indexVault } from "../../../src/core/plan/index.js";
import { exampleIndex, library, planPath, TODAY } from "./support.js";

// Mermaid's own parser, the one Obsidian's renderer runs (it needs a DOM for DOMPurify: happy-dom).
let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
	const mermaid = (await import("mermaid")).default;
	parse = (text) => mermaid.parse(text);
}, 60_000);

const body = (block: string): string => block.replace(/^```mermaid\n/, "").replace(/\n```$/, "");

describe("the summary's Mermaid chart", () => {
	it("should parse for both example plans in both languages", async () => {
		for (const plan of ["Hengtai", "Lingxi"]) {
			for (const lang of ["en", "zh"] as const) {
				const md = summaryMarkdown(summarizePlan(exampleIndex, planPath(plan), library, TODAY)!, lang);
				const block = /```mermaid\n[\s\S]*?\n```/.exec(md)?.[0] ?? "";
				await expect(parse(body(block))).resolves.toBeTruthy();
			}
		}
	});

	it("should parse whatever text a label holds: CJK, quotes, punctuation, entities, comments (property)", async () => {
		const risky = fc.constantFrom('"', "'", "#", "#quot;", "%%", ";", ":", "[", "]", "(", ")", "{", "}", ",", "<b>", "&", "\\", "\n", "\t", "-->", "战略决策", "，", "。", "（", "）", "📅", " ");
		const label = fc.array(fc.oneof(risky, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(""));
		await fc.assert(
			fc.asyncProperty(label, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }), async (title, values) => {
				const progress = (["strategy", "technology", "marketing", "compliance"] as const).map((dimension, i) => ({
					dimension,
					counts: { open: 0, "in-progress": 0, done: 0, cancelled: 0 },
					completion: values[i] ?? null,
				}));
				await expect(parse(body(completionChart(progress, "zh", title)))).resolves.toBeTruthy();
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 150) },
		);
	}, 120_000);

	it("should be checked by a parser that does reject a bad label (the test has teeth)", async () => {
		await expect(parse('xychart-beta\n    title "say "hi""\n    x-axis ["a"]\n    bar [1]')).rejects.toThrow();
	});

	it("should keep labels quoted and on one line, a quote as Mermaid's entity code", () => {
		expect(mermaidLabel('a "b"\nc')).toBe(`"a #quot;b#quot; c"`);
		expect(mermaidLabel("")).toBe('"-"');
	});
});

describe("the summary's completion trend (a Mermaid line over the reports)", () => {
	it("should parse, with every other block, in a report written after others, in both languages", async () => {
		for (const lang of ["en", "zh"] as const) {
			const p = planPath("Hengtai");
			const tasks = planTasks(exampleIndex, p);
			const first = summaryMarkdown(summarizePlan(exampleIndex, p, library, "2026-11-11")!, lang, compareWithLast(null, tasks, "2026-11-11"));
			const second = summaryMarkdown(summarizePlan(exampleIndex, p, library, "2026-11-18")!, lang, compareWithLast(readSnapshot(first), tasks, "2026-11-18"));
			const third = summaryMarkdown(summarizePlan(exampleIndex, p, library, TODAY)!, lang, compareWithLast(readSnapshot(second), tasks, TODAY));
			const blocks = [...third.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? "");
			expect(blocks).toHaveLength(3);
			expect(blocks[0]).toMatch(/^xychart-beta\n[\s\S]*\n {4}x-axis \["2026-11-11", "2026-11-18", "2026-11-25"\]\n[\s\S]*\n {4}line \[\d+, \d+, \d+\]$/);
			for (const block of blocks) await expect(parse(block)).resolves.toBeTruthy();
		}
	});
});

describe("the summary's roadmap (a Mermaid gantt)", () => {
	const plan = (tasks: string, horizon = "2027-06-30") =>
		indexVault([{ path: "P/A.md", text: `---\nintl-plan: 1\ncompany: A\nhorizon: ${horizon}\n---\n${tasks}` }]);
	const drawn = (tasks: string, today = "2026-12-01") => {
		const index = plan(tasks);
		const p = index.plans[0]!;
		return roadmap(p, index.items, today, "en");
	};

	it("should parse for both example plans in both languages, with Chinese names", async () => {
		for (const name of ["Hengtai", "Lingxi"]) {
			for (const lang of ["en", "zh"] as const) {
				const md = summaryMarkdown(summarizePlan(exampleIndex, planPath(name), library, TODAY)!, lang);
				const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? "");
				expect(blocks).toHaveLength(2);
				expect(blocks[1]).toMatch(/^gantt\n/);
				for (const block of blocks) await expect(parse(block)).resolves.toBeTruthy();
			}
		}
	});

	it("should draw each dated task from its start to its due day, done, active or overdue, and the horizon as a milestone", () => {
		const road = drawn("## Strategy\n- [ ] late 📅 2026-11-20\n- [/] busy 🛫 2026-11-25 📅 2026-12-10\n- [x] old 📅 2026-10-01\n- [ ] one day ⏳ 2026-12-20\n- [-] dropped 📅 2026-12-05\n- [ ] undated\n");
		expect(road.left).toBe(0);
		expect(road.block?.split("\n")).toEqual([
			"```mermaid",
			"gantt",
			"    title Roadmap by dimension",
			"    dateFormat YYYY-MM-DD",
			"    axisFormat %Y-%m-%d",
			"    section Strategic decision-making",
			"    old :done, t1, 2026-10-01, 1d",
			"    late :crit, t2, 2026-11-20, 1d",
			"    busy :active, t3, 2026-11-25, 2026-12-11",
			"    one day :t4, 2026-12-20, 1d",
			"    section Milestones",
			"    Plan horizon :milestone, m1, 2027-06-30, 0d",
			"```",
		]);
		expect(drawn("## Strategy\n- [ ] undated\n").block).toBeNull();
		// A bar's exclusive end is the next day, worked out for early years too.
		expect(drawn("## Strategy\n- [ ] ancient 🛫 0050-03-01 📅 0050-03-03\n").block).toContain("ancient :crit, t1, 0050-03-01, 0050-03-04");
	});

	it("should draw the plan's market entries as milestones, by date, before the horizon, and parse", async () => {
		const index = plan("| 市场 Market | 计划进入 Entry date |\n|---|---|\n| 美国 US | 2027-09-01 |\n| 德国: DE #1 | 2027-03-01 |\n\n## Strategy\n- [ ] pick 📅 2027-01-10\n");
		const p = index.plans[0]!;
		for (const lang of ["en", "zh"] as const) {
			const road = roadmap(p, index.items, "2026-12-01", lang);
			const lines = road.block?.split("\n") ?? [];
			expect(lines.slice(lines.indexOf(`    section ${lang === "en" ? "Milestones" : "里程碑"}`) + 1, -1)).toEqual(
				lang === "en"
					? ["    Enter 德国： DE ＃1 :milestone, m1, 2027-03-01, 0d", "    Enter 美国 US :milestone, m2, 2027-09-01, 0d", "    Plan horizon :milestone, m3, 2027-06-30, 0d"]
					: ["    进入德国： DE ＃1 :milestone, m1, 2027-03-01, 0d", "    进入美国 US :milestone, m2, 2027-09-01, 0d", "    规划期限 :milestone, m3, 2027-06-30, 0d"],
			);
			await expect(parse(body(road.block ?? ""))).resolves.toBeTruthy();
		}
		// Entries alone make a roadmap too.
		const only = plan("| Market | Entry date |\n|---|---|\n| FR | 2027-05-01 |\n");
		const road = roadmap(only.plans[0]!, [], "2026-12-01", "en");
		expect(road.block).toContain("Enter FR :milestone, m1, 2027-05-01, 0d");
		await expect(parse(body(road.block ?? ""))).resolves.toBeTruthy();
	});

	it("should draw the plan's dated tasks with no dimension in a section of their own, in the summary too", () => {
		const index = plan("## Strategy\n- [ ] pick markets 📅 2027-01-10\n## Loose ends\n- [ ] call the forwarder 📅 2027-01-02\n");
		const p = index.plans[0]!;
		const road = roadmap(p, [...index.items, ...index.unsorted], "2026-12-01", "zh");
		expect(road.block?.split("\n").slice(5, 9)).toEqual(["    section 战略决策", "    pick markets :t1, 2027-01-10, 1d", "    section 未分维度", "    call the forwarder :t2, 2027-01-02, 1d"]);
		const md = summaryMarkdown(summarizePlan(index, p.path, null, "2026-12-01")!, "en");
		expect(md).toContain("    section No dimension\n    call the forwarder :t2, 2027-01-02, 1d");
	});

	it("should show each dimension's nearest open work first, and count what it leaves out", () => {
		const tasks = Array.from({ length: ROADMAP_PER_DIMENSION + 3 }, (_, i) => `- [ ] t${i} 📅 2027-01-${String(i + 10).padStart(2, "0")}`).join("\n");
		const road = drawn(`## Strategy\n${tasks}\n`);
		expect(road.left).toBe(3);
		expect(road.block).toContain("t0 :");
		expect(road.block).not.toContain(`t${ROADMAP_PER_DIMENSION} :`);
	});

	it("should parse whatever a task's text holds (property)", async () => {
		const risky = fc.constantFrom('"', "'", "#", ":", ";", "%%", "<script>", "[[a|b]]", "-->", "战略决策", "，", "（", "\\", "`", "{", "}", "📅", " ", "\t", "section", "title", "1d");
		const text = fc.array(fc.oneof(risky, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 10 }).map((parts) => parts.join("").replace(/[\r\n]/g, " "));
		await fc.assert(
			fc.asyncProperty(text, async (name) => {
				// The text also names a market of the plan's entry sequence: a milestone's label in the chart.
				const road = drawn(`| 市场 | 计划进入 |\n|---|---|\n| ${name} | 2027-01-05 |\n\n## 营销协同\n- [ ] ${name} 📅 2026-12-24\n`);
				if (road.block === null) return; // the text made the line something else (a heading, a code span…)
				await expect(parse(road.block.replace(/^```mermaid\n/, "").replace(/\n```$/, ""))).resolves.toBeTruthy();
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 100) },
		);
	}, 120_000);
});
