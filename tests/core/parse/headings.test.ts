import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/index.js";
import { crlf, md } from "../../support/markdown.js";

const outline = (text: string) => parseNote(text).headings.map(({ line, depth, text: t, sectionEnd, parent }) => ({ line, depth, text: t, sectionEnd, parent }));

describe("Headings: ATX headings, levels 1 to 6", () => {
	it.each([
		["English", "# Plan\n## Strategy\n### Entry\n#### A\n##### B\n###### C", ["Plan", "Strategy", "Entry", "A", "B", "C"]],
		["Chinese", "# 规划\n## 战略决策\n### 进入模式\n#### 甲\n##### 乙\n###### 丙", ["规划", "战略决策", "进入模式", "甲", "乙", "丙"]],
	])("should read each level with its depth (%s)", (_lang, text, texts) => {
		const headings = parseNote(text).headings;
		expect(headings.map((h) => h.depth)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(headings.map((h) => h.text)).toEqual(texts);
	});

	it.each([
		["seven `#`", "####### Too deep"],
		["no space after `#`", "##Strategy"],
		["four spaces of indentation", "    ## Code"],
	])("should not read a heading with %s", (_what, text) => {
		expect(parseNote(text).headings).toEqual([]);
	});

	it("should drop markup and a closing sequence from the text", () => {
		expect(outline("## **技术赋能** _Technology_ ##")[0]?.text).toBe("技术赋能 Technology");
	});

	it("should keep a heading's tags, fields and block id on the heading", () => {
		const [heading] = parseNote("## Market entry #intl/strategy [owner:: 王芳] ^entry").headings;
		expect(heading?.tags.map((t) => t.name)).toEqual(["intl/strategy"]);
		expect(heading?.fields.map((f) => [f.key, f.value])).toEqual([["owner", "王芳"]]);
		expect(heading?.blockId?.id).toBe("entry");
	});

	it("should only read headings at the top level, not inside lists or quotes", () => {
		expect(parseNote("- ## in a list\n\n> ## in a quote").headings).toEqual([]);
	});
});

describe("Headings: setext headings", () => {
	it.each([
		["English", "Strategy\n========\n\nTechnology\n----------", ["Strategy", "Technology"]],
		["Chinese", "战略决策\n===\n\n技术赋能\n---", ["战略决策", "技术赋能"]],
	])("should read `===` as level 1 and `---` as level 2 (%s)", (_lang, text, texts) => {
		expect(outline(text).map((h) => [h.line, h.depth, h.text])).toEqual([
			[1, 1, texts[0]],
			[4, 2, texts[1]],
		]);
	});

	it("should read a heading over two lines the same with CRLF", () => {
		const note = "First line\nsecond line\n---\n- [ ] task";
		expect(outline(crlf(note))).toEqual(outline(note));
		expect(outline(note)[0]?.text).toBe("First line\nsecond line");
	});
});

describe("Headings: a section runs to the next heading of the same or higher level", () => {
	const note = md`
		# 恒泰制造 国际化规划
		intro
		## 战略决策 Strategy
		- [ ] a
		### 进入模式
		- [ ] b
		## 技术赋能 Technology
		- [ ] c
		#### Deep
		# Appendix
		end
	`;

	it("should end each section before the next heading of its level or higher", () => {
		expect(outline(note).map((h) => [h.line, h.sectionEnd])).toEqual([
			[1, 9],
			[3, 6],
			[5, 6],
			[7, 9],
			[9, 9],
			[10, 12],
		]);
	});

	it("should point each heading to its enclosing heading, skipped levels included", () => {
		expect(outline(note).map((h) => h.parent)).toEqual([null, 0, 1, 0, 3, null]);
	});

	it("should point each list item to the innermost heading above it", () => {
		expect(parseNote(note).listItems.map((i) => i.heading)).toEqual([1, 2, 3]);
	});

	it("should leave items above the first heading without one", () => {
		expect(parseNote("- [ ] first\n# Heading\n- [ ] second").listItems.map((i) => i.heading)).toEqual([null, 0]);
	});
});
