import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indexVault } from "../../../src/core/plan/index.js";
import { rollup, rollupMarkdown, summarizePlan, summaryMarkdown } from "../../../src/core/summary/index.js";
import { exampleIndex, library, planPath, TODAY } from "./support.js";

const APPROVED = "tests/core/summary/__approved__";

function approve(name: string, actual: string): void {
	const file = `${APPROVED}/${name}`;
	if (process.env.UPDATE_APPROVALS === "1") {
		mkdirSync(APPROVED, { recursive: true });
		writeFileSync(file, actual);
	}
	if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_APPROVALS=1 and review it`);
	expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("plan summaries of the example vault (approved)", () => {
	for (const [plan, name] of [["Hengtai", "hengtai"], ["Lingxi", "lingxi"]] as const) {
		for (const lang of ["en", "zh"] as const) {
			it(`should read as approved: ${name}, ${lang}`, () => {
				const s = summarizePlan(exampleIndex, planPath(plan), library, TODAY);
				approve(`${name}.${lang}.md`, summaryMarkdown(s!, lang));
			});
		}
	}
});

describe("what a summary counts", () => {
	const s = summarizePlan(exampleIndex, planPath("Hengtai"), library, TODAY)!;

	it("should count tasks per dimension as the quadrants do", () => {
		expect(s.progress.map((p) => [p.dimension, p.counts.done, p.counts["in-progress"], p.counts.open, p.counts.cancelled])).toEqual([
			["strategy", 4, 2, 17, 2],
			["technology", 5, 5, 22, 2],
			["marketing", 3, 4, 25, 3],
			["compliance", 7, 4, 30, 1],
		]);
		expect(s.progress.map((p) => p.completion)).toEqual([17, 16, 9, 17]);
	});

	it("should call overdue only open work due before today, latest first", () => {
		expect(s.overdue.length).toBeGreaterThan(0);
		for (const o of s.overdue) {
			expect(["open", "in-progress"]).toContain(o.item.status);
			expect(o.item.fields.due! < TODAY).toBe(true);
		}
		expect(s.overdue.map((o) => o.daysLate)).toEqual([...s.overdue.map((o) => o.daysLate)].sort((a, b) => b - a));
	});

	it("should list the paper's risks for the plan's profile, each with its open tasks", () => {
		expect(s.risks.length).toBeGreaterThan(0);
		for (const r of s.risks) {
			expect(r.sources.every((x) => x.startsWith("§"))).toBe(true);
			expect(r.open.every((i) => i.status === "open" || i.status === "in-progress")).toBe(true);
		}
	});

	it("should not depend on a second run (deterministic)", () => {
		expect(summarizePlan(exampleIndex, planPath("Hengtai"), library, TODAY)?.risks).toEqual(s.risks);
	});

	it("should list gaps with their paper section, missing or untouched", () => {
		expect(s.gaps.length).toBeGreaterThan(0);
		for (const g of s.gaps) expect(g.sources.every((x) => x.startsWith("§"))).toBe(true);
		// Hengtai's own GDPR task covers the item and has an owner and a date: no gap. The DSA item
		// (market = EU, the plan sells in DE) is in the plan, untouched: a gap.
		expect(s.gaps.some((g) => g.id === "ck-compliance-gdpr")).toBe(false);
		expect(s.gaps.find((g) => g.id === "ck-compliance-eu-dsa")?.kind).toBe("untouched");
	});

	it("should list a checklist item nobody took up once, under gaps, not also among items without an owner", () => {
		const untouched = new Set(s.gaps.filter((g) => g.kind === "untouched").map((g) => g.id));
		expect(untouched.size).toBeGreaterThan(0);
		expect(s.withoutOwner.filter((i) => i.blockId !== null && untouched.has(i.blockId))).toEqual([]);
		expect(s.withoutOwner.length).toBeGreaterThan(0);
		expect(summaryMarkdown(s, "en")).toMatch(/\n\d+ checklist items are not yet in the plan or not taken up: Strategy \d+ · /);
	});

	it("should list the plan's tasks with no dimension, open first, and say so as a next step; no section when there are none", () => {
		const vault = [
			{ path: "P/Acme.md", text: "---\nintl-plan: 1\ncompany: Acme\n---\n## Strategy\n- [ ] pick a market\n## Misc\n- [x] old chore\n- [ ] call the bank ⏫\n" },
			{ path: "P/minutes.md", text: "- [ ] book the room 📅 2026-01-02\n" },
		];
		const summary = summarizePlan(indexVault(vault), "P/Acme.md", null, TODAY);
		expect(summary?.unsorted.map((u) => u.text)).toEqual(["call the bank", "book the room", "old chore"]);
		expect(summary?.next.find((n) => n.kind === "unsorted")).toEqual({ kind: "unsorted", count: 3 });
		const md = summaryMarkdown(summary!, "en");
		expect(md).toContain("## Tasks with no dimension\n\n3 tasks in this plan's notes have no dimension");
		expect(md).toContain("- call the bank (priority high) [[P/Acme|Acme]]");
		const clean = summarizePlan(indexVault([vault[0]!].map((f) => ({ ...f, text: f.text.replace("## Misc", "## 战略决策") }))), "P/Acme.md", null, TODAY);
		expect(clean?.unsorted).toEqual([]);
		expect(summaryMarkdown(clean!, "en")).not.toContain("no dimension");
	});

	it("should lead with decisions (overdue, risks, next steps), then the state of the plan and the lists behind it", () => {
		const headings = summaryMarkdown(s, "en").split("\n").filter((l) => l.startsWith("## "));
		expect(headings).toEqual([
			"## Profile",
			"## Overdue",
			"## Risks for this profile (from the paper)",
			"## Next steps",
			"## Progress by dimension",
			"## Roadmap",
			"## Most urgent open items",
			"## Tasks with no dimension",
			"## Open items without an owner",
			"## Gaps against the checklist",
		]);
	});

	it("should write Chinese with full-width brackets and commas, 、 between listed things and —— as the dash", () => {
		const zh = summaryMarkdown(s, "zh");
		expect(zh).toMatch(/（负责人 [^）]+，优先级 [^）]+，截止 \d{4}-\d{2}-\d{2}）/);
		expect(zh).toMatch(/——战略，§\d\.\d(、§\d\.\d)*，未开始，无负责人或日期（`\^ck-/);
		expect(zh).toMatch(/US（发达市场）、DE（发达市场）/);
		// What the generator writes, never ASCII beside Chinese: " (负责人", ", 截止", "— 战略", "SG (发达".
		expect(zh).not.toMatch(/ \((负责人|优先级|截止)|, (负责人|优先级|截止)|— (战略|技术|营销|合规)| \((发达|新兴)市场\)/);
		expect(summaryMarkdown(s, "en")).toMatch(/ \(owner [^)]+, priority [^)]+, due \d{4}-\d{2}-\d{2}\)/);
	});

	it("should list open tasks waiting on unfinished ones (Tasks' ⛔ and 🆔), and no section when none is", () => {
		const vault = [
			{
				path: "P/Acme.md",
				text: "---\nintl-plan: 1\ncompany: Acme\n---\n## Strategy\n- [ ] pick a market 🆔 pick\n- [ ] open the store ⛔ pick, lawyer\n- [x] read the paper 🆔 read\n- [ ] plan the launch ⛔ read\n",
			},
		];
		const summary = summarizePlan(indexVault(vault), "P/Acme.md", null, TODAY)!;
		expect(summary.blocked.map((b) => [b.item.text, b.waitingOn.map((w) => (typeof w === "string" ? w : w.text))])).toEqual([["open the store", ["pick a market", "lawyer"]]]);
		expect(summaryMarkdown(summary, "en")).toContain("## Blocked\n\n- open the store [[P/Acme|Acme]] — waits on pick a market, `lawyer` (no task has this id)\n");
		expect(summaryMarkdown(summary, "zh")).toContain("- open the store [[P/Acme|Acme]]——等待：pick a market、`lawyer`（没有任务使用此 id）\n");
		const free = summarizePlan(indexVault([{ ...vault[0]!, text: vault[0]!.text.replace(" ⛔ pick, lawyer", "") }]), "P/Acme.md", null, TODAY)!;
		expect(free.blocked).toEqual([]);
		expect(summaryMarkdown(free, "en")).not.toContain("## Blocked");
	});

	it("should link each item to its note by title, never with a line number in the alias", () => {
		const md = summaryMarkdown(s, "zh");
		expect(md).not.toMatch(/\|[^\]]*:\d+\]\]/);
		expect(md).toMatch(/\[\[Plans\/[^\]]*#\^[A-Za-z0-9-]+\|[^\]]+\]\]/);
	});

	it("should not differ on a second run (deterministic)", () => {
		expect(summaryMarkdown(summarizePlan(exampleIndex, planPath("Hengtai"), library, TODAY)!, "zh")).toBe(summaryMarkdown(s, "zh"));
	});
});

describe("the roll-up", () => {
	it("should agree with each plan's own summary", () => {
		const rows = rollup(exampleIndex, library, TODAY);
		expect(rows.map((r) => r.path)).toEqual(exampleIndex.plans.map((p) => p.path));
		for (const row of rows) {
			const s = summarizePlan(exampleIndex, row.path, library, TODAY)!;
			expect(row.overall).toBe(s.overall.completion);
			expect(row.overdue).toBe(s.overdue.length);
			expect(row.gaps).toBe(s.gaps.length);
			for (const p of s.progress) expect(row.completion[p.dimension]).toBe(p.completion);
		}
	});

	it("should credit who ticked the done items, most first", () => {
		const index = indexVault([
			{ path: "p.md", text: "---\nintl-plan: 1\n---\n## Strategy\n- [x] a [done-by:: 李明] ✅ 2026-11-01\n- [x] b [done-by:: Anna]\n- [x] c [done-by:: 李明]\n- [ ] d [done-by:: Zed]\n" },
		]);
		const [row] = rollup(index, null, TODAY);
		expect(row?.doneBy).toEqual([["李明", 2], ["Anna", 1]]);
		expect(rollupMarkdown(rollup(index, null, TODAY), "zh")).toContain("| 李明 2, Anna 1 |");
	});

	it("should sort worst first by a chosen column, and keep a folder's plans only", () => {
		const byOverdue = rollup(exampleIndex, library, TODAY, { sort: "overdue" });
		expect(byOverdue.map((r) => r.overdue)).toEqual([...byOverdue.map((r) => r.overdue)].sort((a, b) => b - a));
		expect(rollup(exampleIndex, library, TODAY, { folder: "Plans/Lingxi Trading 灵犀贸易" }).map((r) => r.title)).toEqual(["灵犀贸易 国际化规划"]);
	});
});
