/** De-duplication on random merge artefacts: one item is left, at its most advanced state, holding every distinct line. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, dedupe } from "../../../../src/core/checklist/index.js";
import { parseNote } from "../../../../src/core/parse/index.js";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) };
const RANK: Record<string, number> = { x: 3, "/": 2, " ": 1, "-": 0 };
const CHILDREN = ["    - 供应商：A 公司", "    - [ ] 子任务 [owner:: 张三]", "    - [x] 已完成 ✅ 2026-01-02", "    - 备注 note", "        - 更深一层"];

const copy = fc.record({
	status: fc.constantFrom(" ", "x", "/", "-"),
	fields: fc.subarray(["[owner:: 李明]", "[due:: 2026-09-01]", "📅 2026-09-01", "⏫"]),
	children: fc.subarray(CHILDREN),
});
const note = fc.record({
	copies: fc.array(copy, { minLength: 2, maxLength: 4 }),
	between: fc.array(fc.constantFrom("用户段落。", "- [ ] 别的任务", "", "## 技术赋能 Technology"), { maxLength: 3 }),
	crlf: fc.boolean(),
});

describe("de-duplication on random copies", () => {
	it("should leave one item with the most advanced state, every distinct child line and every other line", () => {
		fc.assert(
			fc.property(note, ({ copies, between, crlf }) => {
				const lines = ["---", "intl-plan: 1", "---", "## 技术赋能 Technology", ""];
				copies.forEach((c, i) => {
					lines.push(`- [${c.status}] 建设数据中台 ${c.fields.join(" ")} ^ck-tech-a`.replace("  ", " "), ...c.children);
					if (i === 0) lines.push(...between.map((b) => (b === "" ? "" : b)));
				});
				const text = lines.join(crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n");
				const out = applyEdits(text, dedupe(text).edits);
				const facts = parseNote(out);
				const kept = facts.listItems.filter((i) => i.blockId?.id === "ck-tech-a");
				expect(kept).toHaveLength(1);
				const item = kept[0];
				if (!item) return;
				expect(RANK[item.task?.status ?? " "]).toBe(Math.max(...copies.map((c) => RANK[c.status] ?? 0)));
				const outLines = out.split(/\r?\n/);
				const mine = outLines.slice(item.line, item.endLine);
				for (const child of new Set(copies.flatMap((c) => c.children))) expect(mine, child).toContain(child);
				for (const field of new Set(copies.flatMap((c) => c.fields))) expect(outLines[item.line - 1], field).toContain(field);
				for (const b of between.filter((x) => x !== "")) expect(outLines).toContain(b);
				expect(dedupe(out).edits).toEqual([]);
			}),
			RUNS,
		);
	}, 60_000);
});
