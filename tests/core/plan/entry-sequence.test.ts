import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { problemMessage } from "../../../src/core/i18n/index.js";
import { runSteps } from "../../../src/core/parse/steps.js";
import { indexVault, readEntrySequenceSteps, toJson } from "../../../src/core/plan/index.js";

const read = (text: string) => runSteps(readEntrySequenceSteps(text));
const TEMPLATE = readFileSync("templates/plan.md", "utf8");
/** The plan template's table header, as a strategist finds it. */
const HEADER = "| 顺序 Order | 市场 Market | 发达或新兴 Developed or emerging (§4.3) | 主要需求层 Demand layer (§3.1) | 竞争强度 Competition (§3.1) | 路径 Path (§3.1) | 进入前要完成 Before entry (§3.4, §4.3) | 计划进入 Entry date | 市场进入笔记 Entry note |\n|---|---|---|---|---|---|---|---|---|\n";
const row = (order: number, market: string, date: string, note = "") => `| ${order} | ${market} | developed | rigid | low | hybrid | IP search | ${date} | ${note} |\n`;

describe("a plan's market-entry sequence", () => {
	it("should read nothing, and report nothing, from the plan template's empty rows", () => {
		expect(read(TEMPLATE)).toEqual({ entries: [], problems: [] });
	});

	it("should read each dated row of the template's table: market, day, line and entry note", () => {
		const text = `# Plan\n\n${HEADER}${row(1, "德国 DE", "2027-03-01", "[[DE 市场进入]]")}${row(2, "US", "2027/9/1")}${row(3, "巴西 BR", "")}`;
		expect(read(text)).toEqual({
			entries: [
				{ market: "德国 DE", date: "2027-03-01", line: 5, note: "DE 市场进入" },
				{ market: "US", date: "2027-09-01", line: 6, note: null },
			],
			problems: [],
		});
	});

	it("should find the columns by their words in either language, wherever they are", () => {
		expect(read("| Entry date | Notes | Market |\n|---|---|---|\n| 2027-05-01 | first | FR |\n").entries).toEqual([{ market: "FR", date: "2027-05-01", line: 3, note: null }]);
		expect(read("| 市场 | 计划进入 |\n|---|---|\n| 越南 | 2027年4月1日 |\n").entries).toEqual([{ market: "越南", date: "2027-04-01", line: 3, note: null }]);
		// The entry-note column says "market entry" but is not the market column.
		expect(read("| 市场进入笔记 Entry note | Target market | Planned entry |\n|---|---|---|\n| [[x]] | JP | 2027-01-15 |\n").entries).toEqual([{ market: "JP", date: "2027-01-15", line: 3, note: "x" }]);
	});

	it("should leave other tables alone: the template's tensions and decisions, one with no market column", () => {
		expect(read("| 日期 Date | 决策 Decision |\n|---|---|\n| 2027-01-01 | go |\n")).toEqual({ entries: [], problems: [] });
		expect(read("| Phase | Entry date |\n|---|---|\n| pilot | 2027-01-01 |\n")).toEqual({ entries: [], problems: [] });
	});

	it("should report a date it cannot read, and a dated row with no market, on their lines, never guess", () => {
		const { entries, problems } = read(`${HEADER}${row(1, "DE", "next spring")}${row(2, "", "2027-06-01")}${row(3, "FR", "2027-02-30")}`);
		expect(entries).toEqual([]);
		expect(problems).toEqual([
			{ line: 3, code: "entry-date", args: { market: "DE", value: "next spring" } },
			{ line: 4, code: "entry-market", args: { date: "2027-06-01" } },
			{ line: 5, code: "entry-date", args: { market: "FR", value: "2027-02-30" } },
		]);
		expect(problemMessage(problems[0] ?? { line: 0, code: "entry-date" }, "en")).toBe('Market-entry sequence: the entry date "next spring" of DE is not a date (YYYY-MM-DD), so it is not on the timeline.');
		expect(problemMessage(problems[1] ?? { line: 0, code: "entry-market" }, "zh")).toBe("市场进入顺序：进入日期为 2027-06-01 的一行没有写市场，所以不在时间线上。");
	});

	it("should not read a table in a code block or a comment", () => {
		const table = `${HEADER}${row(1, "DE", "2027-03-01")}`;
		expect(read(`\`\`\`\n${table}\`\`\`\n`).entries).toEqual([]);
		expect(read(`%%\n${table}%%\n`).entries).toEqual([]);
	});

	it("should give a plan its entries (and the problems of its table), and no other note", () => {
		const table = `${HEADER}${row(1, "DE", "2027-03-01")}${row(2, "US", "soon")}`;
		const index = indexVault([
			{ path: "P/Plan.md", text: `---\nintl-plan: 1\n---\n# Plan\n\n${table}` },
			{ path: "P/Note.md", text: `---\ndimension: strategy\n---\n${table}\n- [ ] a task\n` },
		]);
		expect(index.plans[0]?.profile.entries).toEqual([{ market: "DE", date: "2027-03-01", line: 8, note: null }]);
		expect(index.problems.map((p) => [p.path, p.line, p.code])).toEqual([["P/Plan.md", 9, "entry-date"]]);
		const json = toJson(index) as { plans: { profile: { entries: unknown } }[] };
		expect(json.plans[0]?.profile.entries).toEqual([{ market: "DE", date: "2027-03-01", line: 8, note: null }]);
	});
});
