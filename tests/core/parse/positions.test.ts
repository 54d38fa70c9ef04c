import { describe, expect, it } from "vitest";
import { parseNote, splitLines } from "../../../src/core/parse/index.js";
import { crlf, md } from "../../support/markdown.js";

describe("Positions: lines count from 1, columns are 0-based UTF-16 offsets in the line", () => {
	it("should place an inline tag by line and column, `to` exclusive", () => {
		const facts = parseNote("intro\n- [ ] Ship #intl/strategy");
		expect(facts.tags).toEqual([{ name: "intl/strategy", line: 2, from: 11, to: 25, source: "inline" }]);
	});

	it("should count a line per line ending, the empty last line included", () => {
		expect(parseNote("a\nb").lineCount).toBe(2);
		expect(parseNote("a\nb\n").lineCount).toBe(3);
		expect(parseNote("").lineCount).toBe(1);
	});

	it.each([
		["English", "- [ ] Ship #intl/tech", 11],
		["Chinese", "- [ ] 评估市场 #国际化/技术赋能", 11],
	])("should measure CJK text in UTF-16 code units (%s)", (_lang, text, from) => {
		const [tag] = parseNote(text).tags;
		expect(tag?.from).toBe(from);
		expect(text.slice(tag?.from, tag?.to)).toMatch(/^#/);
	});

	it("should count an astral emoji as two columns", () => {
		const text = "- [ ] 📦 发货 #intl/tech";
		const [tag] = parseNote(text).tags;
		expect(tag).toMatchObject({ from: 12, to: 22 });
		expect(text.slice(12, 22)).toBe("#intl/tech");
	});

	it("should count a tab as one column", () => {
		const [tag] = parseNote("- [ ] a\t#intl/tech").tags;
		expect(tag).toMatchObject({ from: 8, to: 18 });
	});
});

describe("Positions: a leading BOM is not part of line 1", () => {
	it("should report columns on line 1 as if there were no BOM", () => {
		const [tag] = parseNote("\uFEFF#intl/tech data").tags;
		expect(tag).toMatchObject({ line: 1, from: 0, to: 10 });
	});

	it("should still read frontmatter that starts after a BOM", () => {
		const facts = parseNote("\uFEFF---\ndimension: strategy\n---\n- [ ] 任务");
		expect(facts.frontmatter?.data).toEqual({ dimension: "strategy" });
		expect(facts.listItems[0]?.line).toBe(4);
	});

	it("should keep positions when a second U+FEFF follows the BOM", () => {
		const facts = parseNote("\uFEFF\uFEFF\n+ [ ] 任务 #intl/tech");
		expect(facts.listItems.map((i) => [i.line, i.indent, i.text])).toEqual([[2, 0, "任务 #intl/tech"]]);
		expect(facts.tags[0]).toMatchObject({ line: 2, from: 9, to: 19 });
	});

	it("should give the same facts with and without a BOM", () => {
		const note = md`
			# 战略决策 Strategy
			- [ ] Decide #intl/strategy 📅 2026-12-01 ^ck-a
		`;
		expect(parseNote("\uFEFF" + note)).toEqual(parseNote(note));
	});
});

describe("Positions: CRLF notes read exactly like LF notes", () => {
	const notes = {
		English: md`
			---
			tags: [intl/strategy]
			owner: Wang Fang
			---
			# Plan #intl/strategy

			Setext heading
			--------------
			- [ ] Decide entry mode [owner:: Wang] (due:: 2026-12-01) 📅 2026-12-15 ⏫ ^ck-entry
			  - [/] Sub-task #intl/tech
			reviewer:: Chen
			%% hidden
			- [ ] not a task
			%%
		`,
		Chinese: md`
			---
			tags: 国际化/战略决策, 国际化/技术赋能
			---
			## 技术赋能 Technology
			- [x] 数据中台 MVP [负责人:: 张伟] ✅ 2026-10-20 #国际化/技术赋能，已完成 ^ck-tech
			> [!note] 备注
			> - [ ] 引用中的任务 $x$ 🔼
		`,
	};

	it.each(Object.entries(notes))("should report the same facts for a CRLF note (%s)", (_lang, note) => {
		expect(parseNote(crlf(note))).toEqual(parseNote(note));
	});

	it("should never keep a CR inside a line's text or a value", () => {
		const facts = parseNote(crlf(notes.English));
		const texts = [
			...facts.listItems.map((i) => i.text),
			...facts.headings.map((h) => h.text),
			...facts.body.fields.map((f) => f.value),
			...facts.listItems.flatMap((i) => i.fields.map((f) => f.value)),
		];
		expect(texts.filter((t) => t.includes("\r"))).toEqual([]);
	});
});

describe("Positions: splitLines", () => {
	it("should keep line starts as offsets into the text without its BOM", () => {
		const lines = splitLines("\uFEFFab\r\ncd\n");
		expect(lines).toMatchObject({ text: "ab\r\ncd\n", hadBom: true, starts: [0, 4, 7], content: ["ab", "cd", ""] });
	});
});
