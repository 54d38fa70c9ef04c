import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexVault } from "../../../src/core/plan/index.js";
import { compareWithLast, planTasks, readSnapshot, regenerate, snapshotLine, summarizePlan, summaryMarkdown, taskId, writeRegion } from "../../../src/core/summary/index.js";
import { base36, fnv1a } from "../../../src/core/text/hash.js";

const PLAN = "P/Acme plan.md";
const vault = (tasks: string) => indexVault([{ path: PLAN, text: `---\nintl-plan: 1\ncompany: Acme\n---\n${tasks}` }]);

/** The summary note as written on `today` over `old` (null: no note yet). */
function written(tasks: string, today: string, old: string | null, lang: "en" | "zh" = "en"): string {
	const index = vault(tasks);
	const summary = summarizePlan(index, PLAN, null, today);
	if (!summary) throw new Error("no plan");
	return regenerate(old, summaryMarkdown(summary, lang, compareWithLast(readSnapshot(old), planTasks(index, PLAN), today))).text;
}

const WEEK1 = "## Strategy\n- [ ] pick markets 📅 2026-12-10 ^pick\n- [ ] hire an agent 📅 2026-12-20\n## Risk\n- [ ] VAT in DE\n";
const WEEK2 = "## Strategy\n- [x] pick markets 📅 2026-12-10 ^pick\n- [ ] hire an agent 📅 2026-12-20\n## Risk\n- [ ] VAT in DE\n- [ ] EPR packaging\n";

describe("since the last report", () => {
	it("should keep a record at the end of the first report, and show nothing since", () => {
		const first = written(WEEK1, "2026-12-01", null);
		expect(first).not.toContain("Since the last report");
		const last = first.trimEnd().split("\n").at(-1) ?? "";
		expect(last.startsWith("%% intl-plan:snapshot {")).toBe(true);
		expect(last.endsWith(" %%")).toBe(true);
		expect(readSnapshot(first)?.now).toMatchObject({ date: "2026-12-01", done: [], overdue: [] });
		expect(readSnapshot(first)?.now.tasks).toHaveLength(3);
	});

	it("should show what was done, became overdue and was added since, and the trend over the reports", () => {
		const first = written(WEEK1, "2026-12-01", null);
		const second = written(WEEK2, "2026-12-15", first);
		const since = second.slice(second.indexOf("## Since the last report (2026-12-01)"));
		expect(since).toMatch(/^## Since the last report \(2026-12-01\)\n\n- \*\*Done since then\*\* \(1\): pick markets\n- \*\*Added since then\*\* \(1\): EPR packaging\n/);
		expect(second).toContain("| 2026-12-01 | 0 | 3 | 0% |\n| 2026-12-15 | 1 | 3 | 25% |");
		// A week on, the agent is late: overdue since then.
		const third = written(WEEK2, "2026-12-22", second);
		expect(third).toContain("- **Overdue since then** (1): hire an agent");
		expect(third).not.toContain("Done since then");
		expect(readSnapshot(third)?.history.map((p) => p.date)).toEqual(["2026-12-01", "2026-12-15", "2026-12-22"]);
	});

	it("should compare a report written again the same day with the report before", () => {
		const first = written(WEEK1, "2026-12-01", null);
		const second = written(WEEK2, "2026-12-15", first);
		const again = written(`${WEEK2}- [ ] one more #intl/tech\n`, "2026-12-15", second);
		expect(again).toContain("## Since the last report (2026-12-01)");
		expect(again).toContain("- **Added since then** (2): EPR packaging, one more");
		expect(readSnapshot(again)?.history.map((p) => p.date)).toEqual(["2026-12-01", "2026-12-15"]);
	});

	it("should write nothing when it is written again the same day from unchanged notes (no second record)", () => {
		const first = written(WEEK1, "2026-12-01", null);
		const second = written(WEEK2, "2026-12-15", first);
		expect(written(WEEK2, "2026-12-15", second)).toBe(second);
		const index = vault(WEEK1);
		const later = summaryMarkdown(summarizePlan(index, PLAN, null, "2026-12-01")!, "en", compareWithLast(readSnapshot(first), planTasks(index, PLAN), "2026-12-01"));
		expect(regenerate(first, later)).toEqual({ text: first, changed: false });
		const inPlan = writeRegion("# Plan\n", first);
		expect(inPlan.ok && writeRegion(inPlan.text, later)).toEqual({ ok: true, text: inPlan.ok ? inPlan.text : "", changed: false });
	});

	it("should word it in Chinese with full-width punctuation", () => {
		const second = written(WEEK2, "2026-12-15", written(WEEK1, "2026-12-01", null, "zh"), "zh");
		expect(second).toContain("## 自上次报告（2026-12-01）以来\n\n- **此后完成**（1）：pick markets\n- **此后新增**（1）：EPR packaging");
	});

	it("should ignore a record that is not one, and never let the line close its comment early", () => {
		for (const line of [
			"%% intl-plan:snapshot not json %%",
			'%% intl-plan:snapshot {"now":{"date":"yesterday","tasks":[],"done":[],"overdue":[]}} %%',
			'%% intl-plan:snapshot {"now":{"date":"2026-12-01","tasks":"all","done":[],"overdue":[]}} %%',
			'%% intl-plan:snapshot [1,2,3] %%',
			`%% intl-plan:snapshot {"now":{"date":"2026-12-01","tasks":["${"x".repeat(500)}"],"done":[],"overdue":[]}} %%`,
		]) {
			expect(readSnapshot(`# Summary\n\n${line}\n`)).toBeNull();
		}
		const odd = snapshotLine({ base: null, now: { date: "2026-12-01", tasks: ["^a%%b"], done: [], overdue: [] }, history: [] });
		expect(odd.slice(2, -2)).not.toContain("%%");
		expect(readSnapshot(odd)?.now.tasks).toEqual(["^a%%b"]);
		// A bad trend point is left out, the rest kept.
		const mixed = '%% intl-plan:snapshot {"now":{"date":"2026-12-01","tasks":[],"done":[],"overdue":[]},"history":[{"date":"2026-11-01","done":1,"open":2},{"date":"x","done":-1}]} %%';
		expect(readSnapshot(mixed)?.history).toEqual([{ date: "2026-11-01", done: 1, open: 2 }]);
	});

	it("should find the same record as reading the note line by line, the last good-looking line winning", () => {
		// The record is searched from the note's end; this is the reading it must agree with.
		const byLines = (note: string) => {
			let found: string | null = null;
			for (const line of note.split(/\r\n|\r|\n/)) {
				const trimmed = line.trim();
				if (trimmed.startsWith("%% intl-plan:snapshot ") && trimmed.endsWith(" %%")) found = trimmed.slice("%% intl-plan:snapshot ".length, -" %%".length);
			}
			return found;
		};
		const good = (date: string) => snapshotLine({ base: null, now: { date, tasks: ["a"], done: [], overdue: [] }, history: [] });
		const piece = fc.constantFrom("%% intl-plan:snapshot ", " %%", "%%", "\n", "\r\n", "\r", " ", "\t", "\u00a0", "x", "{}", good("2026-12-01"), good("2026-12-08"), "%% intl-plan:snapshot %%");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
				const note = pieces.join("");
				const expected = byLines(note);
				let wanted: { now?: { date?: unknown } } | null = null;
				try {
					wanted = expected === null ? null : (JSON.parse(expected) as { now?: { date?: unknown } } | null);
				} catch {
					wanted = null;
				}
				const read = readSnapshot(note);
				expect(read === null ? null : read.now.date).toBe(wanted?.now?.date ?? null);
			}),
			{ numRuns: 3000 },
		);
	});
});

describe("a task's id across reports", () => {
	it("should be the hash of its note and text joined, as records written before hold it", () => {
		// Pinned: a record already in a summary note names its tasks this way.
		expect(taskId({ blockId: null, path: "P/a.md", text: "Register for VAT" })).toBe(fnv1a("P/a.md\nRegister for VAT").toString(36));
		expect(taskId({ blockId: "ck-x", path: "P/a.md", text: "t" })).toBe("^ck-x");
		fc.assert(fc.property(fc.string(), fc.string(), (a, b) => fnv1a(b, fnv1a(a)) === fnv1a(a + b)));
		fc.assert(fc.property(fc.nat({ max: 0xffffffff }), (n) => base36(n) === n.toString(36)));
		expect([0, 35, 36, 0xffffffff].map(base36)).toEqual(["0", "z", "10", (0xffffffff).toString(36)]);
	});
});

