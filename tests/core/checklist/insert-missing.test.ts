import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applicableItems, applyInserts, insertMissing, type ApplicableItem } from "../../../src/core/checklist/index.js";
import { parseNote } from "../../../src/core/parse/index.js";
import { DEFAULT_CONFIG } from "../../../src/core/plan/index.js";
import { library, profile } from "./support.js";

const wanted = applicableItems(library, profile({ size: "small", industry: "trading", markets: ["SG", "VN"], channel: "platform" }));
const insert = (text: string, items: readonly ApplicableItem[] = wanted, lang: "zh" | "en" | "both" = "zh") => {
	const { edits, added } = insertMissing(text, items, lang, DEFAULT_CONFIG);
	return { text: applyInserts(text, edits), added };
};
const ids = (text: string) => parseNote(text).listItems.flatMap((i) => (i.blockId ? [i.blockId.id] : []));

const PLAN = `---
intl-plan: 1
---
# Plan

## 战略决策 Strategy

Guidance.
%% intl-plan:checklist %%

### 笔记 Notes

- [[Market memo]]

## 技术赋能 Technology

- [x] 用户自己的任务 [owner:: 李明] ✅ 2026-10-01

## 营销协同 Marketing
`;

describe("inserting the applicable checklist", () => {
	it("should add every applicable item once, in its dimension's section", () => {
		const { text, added } = insert(PLAN);
		expect(added.length).toBe(wanted.length);
		expect(ids(text).filter((id) => id.startsWith("ck-")).sort()).toEqual(wanted.map((a) => a.item.id).sort());
		const facts = parseNote(text);
		for (const a of wanted) {
			const item = facts.listItems.find((i) => i.blockId?.id === a.item.id);
			const heading = facts.headings.filter((h) => h.depth === 2 && h.line < (item?.line ?? 0)).pop();
			expect(heading?.text, a.item.id).toContain({ strategy: "战略决策", technology: "技术赋能", marketing: "营销协同", compliance: "风险合规" }[a.item.dimension]);
		}
	});

	it("should put items right after the template's marker, keep the user's lines, and add a missing section at the end", () => {
		const { text } = insert(PLAN);
		const lines = text.split("\n");
		expect(lines[lines.indexOf("%% intl-plan:checklist %%") + 1]).toMatch(/^- \[ \] .*\^ck-strategy-market-scoring$/);
		expect(text).toContain("- [x] 用户自己的任务 [owner:: 李明] ✅ 2026-10-01\n");
		expect(text).toContain("\n## 风险合规 Compliance\n\n- [ ] ");
	});

	it("should be idempotent", () => {
		const once = insert(PLAN).text;
		const twice = insertMissing(once, wanted, "zh", DEFAULT_CONFIG);
		expect(twice.edits).toEqual([]);
		expect(twice.added).toEqual([]);
	});

	it("should match items by block id anywhere, whatever their wording or state", () => {
		const edited = insert(PLAN).text.replace(/- \[ \] [^\n]*\^ck-strategy-market-scoring/, "- [x] 我们改过措辞 ✅ 2026-11-01 ^ck-strategy-market-scoring");
		expect(insertMissing(edited, wanted, "zh", DEFAULT_CONFIG).added).toEqual([]);
	});

	it("should place a new library item between its library neighbours", () => {
		const without = wanted.filter((a) => a.item.id !== "ck-strategy-demand-layers");
		const first = insert(PLAN, without).text;
		const { text, added } = insert(first);
		expect(added.map((a) => a.item.id)).toEqual(["ck-strategy-demand-layers"]);
		const order = ids(text);
		expect(order.indexOf("ck-strategy-demand-layers")).toBe(order.indexOf("ck-strategy-market-scoring") + 1);
	});

	it("should word lines in the plan's language and name markets where only some apply", () => {
		const en = insert(PLAN, wanted, "en").text;
		expect(en).toMatch(/- \[ \] Score candidate markets[^\n]*\[source:: §3\.1\] \^ck-strategy-market-scoring/);
		expect(en).toMatch(/\[market:: VN\] \[source:: [^\]]+\] \^ck-tech-rapid-iteration/);
		const both = insert(PLAN, wanted, "both").text;
		expect(both).toMatch(/用平台数据[^\n]* \/ Score candidate/);
	});

	it("should keep CRLF line endings and a BOM", () => {
		const crlf = "\uFEFF" + PLAN.replace(/\n/g, "\r\n");
		const { text } = insert(crlf);
		expect(text.startsWith("\uFEFF---\r\n")).toBe(true);
		expect(text.replace(/\r\n/g, "")).not.toContain("\n");
	});

	it("should insert into a note of lone CRs as into its LF twin, with lone CRs", () => {
		const { text } = insert(PLAN.replace(/\n/g, "\r"));
		expect(text).toBe(insert(PLAN).text.replace(/\n/g, "\r"));
	});

	it("should join a section's own list, not land after a query block or comment that follows it", () => {
		const note = ["## 风险合规 Compliance", "", "- [ ] 团队自己的任务", "  - 子项", "", "```tasks", "not done", "```", "<!-- parked -->", ""].join("\n");
		const lines = insert(note).text.split("\n");
		expect(lines.slice(0, 4)).toEqual(["## 风险合规 Compliance", "", "- [ ] 团队自己的任务", "  - 子项"]);
		expect(lines[4]).toMatch(/^- \[ \] .*\^ck-compliance-/);
		const query = lines.indexOf("```tasks");
		expect(lines[query - 1]).toBe("");
		expect(lines[query - 2]).toMatch(/^- \[ \] .*\^ck-compliance-/);
		expect(lines.slice(query, query + 5)).toEqual(["```tasks", "not done", "```", "<!-- parked -->", ""]);
	});

	it("should keep a blank line between a section's closing paragraph and the first list it gets", () => {
		const lines = insert("## 风险合规 Compliance\n\nOnly prose here.\n").text.split("\n");
		expect(lines.slice(0, 4)).toEqual(["## 风险合规 Compliance", "", "Only prose here.", ""]);
		expect(lines[4]).toMatch(/^- \[ \] /);
	});

	it("should read the inserted lines back as open tasks with their ids and sources", () => {
		const facts = parseNote(insert(PLAN).text);
		const item = facts.listItems.find((i) => i.blockId?.id === "ck-tech-rapid-iteration");
		expect(item?.task?.status).toBe(" ");
		expect(item?.fields.map((f) => [f.canonicalKey, f.value])).toEqual([["market", "VN"], ["source", "§4.3"]]);
	});
});

describe("inserting never disturbs the user's text (property)", () => {
	const userLine = fc.oneof(
		fc.constantFrom("", "Some prose 中文", "- [ ] mine", "- [x] done ✅ 2026-01-01", "  - child", "> quote", "```", "%%", "### Sub", "| a | b |", "- [ ] dup ^ck-strategy-market-scoring", "\t- tab child"),
		fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, " ")),
	);
	const plan = fc.tuple(
		fc.array(userLine, { maxLength: 8 }),
		fc.array(userLine, { maxLength: 8 }),
		fc.constantFrom("\n", "\r\n", "\r"),
		fc.boolean(),
	).map(([a, b, eol, marker]) => ["# P", "", "## 战略决策 Strategy", ...(marker ? ["%% intl-plan:checklist %%"] : []), ...a, "## 风险合规 Compliance", ...b].join(eol) + eol);

	it("should keep every original line, in order, and add nothing on a second run", () => {
		fc.assert(
			fc.property(plan, fc.subarray(wanted), (text, items) => {
				const { edits } = insertMissing(text, items, "zh", DEFAULT_CONFIG);
				const out = applyInserts(text, edits);
				// The original lines, endings included, are an ordered subsequence of the output, and the
				// output is exactly that much longer than the lines inserted.
				const lines = (s: string) => s.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
				const original = lines(text);
				const output = lines(out);
				let at = 0;
				for (const line of output) if (line === original[at]) at++;
				expect(at).toBe(original.length);
				const eol = text.includes("\r\n") ? 2 : 1;
				const added = edits.flatMap((e) => e.lines).reduce((n, l) => n + l.length + eol, 0);
				expect(out.length).toBe(text.length + added);
				expect(insertMissing(out, items, "zh", DEFAULT_CONFIG).edits).toEqual([]);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 200) },
		);
	}, 120_000);
});
