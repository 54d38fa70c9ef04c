import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/index.js";
import { md } from "../../support/markdown.js";

const items = (text: string) =>
	parseNote(text).listItems.map(({ line, endLine, indent, parent, text: t }) => ({ line, endLine, indent, parent, text: t }));

describe("List items: markers", () => {
	it.each([
		["-", "- 选品"],
		["*", "* 选品"],
		["+", "+ 选品"],
		["1.", "1. 选品"],
		["1)", "1) 选品"],
	])("should read a `%s` item and the text after its marker", (_marker, text) => {
		expect(items(text)).toEqual([{ line: 1, endLine: 1, indent: 0, parent: null, text: "选品" }]);
	});

	it("should read text from the column after the marker", () => {
		const [item] = parseNote("10. Tenth step").listItems;
		expect(item).toMatchObject({ textFrom: 4, text: "Tenth step" });
	});

	it("should not read `-` without a space after it as a list item", () => {
		expect(parseNote("-[ ] task\n-item").listItems).toEqual([]);
	});
});

describe("List items: nesting", () => {
	it.each([
		["spaces", "- 面向工厂的服务 #intl/strategy\n  - [ ] 签订分销协议\n    - [ ] 起草合同\n  - [ ] 设计报价单\n- Next"],
		["tabs", "- 面向工厂的服务 #intl/strategy\n\t- [ ] 签订分销协议\n\t\t- [ ] 起草合同\n\t- [ ] 设计报价单\n- Next"],
	])("should give each item its parent and its last line (%s)", (_indent, text) => {
		expect(items(text).map(({ line, endLine, parent }) => ({ line, endLine, parent }))).toEqual([
			{ line: 1, endLine: 4, parent: null },
			{ line: 2, endLine: 3, parent: 0 },
			{ line: 3, endLine: 3, parent: 1 },
			{ line: 4, endLine: 4, parent: 0 },
			{ line: 5, endLine: 5, parent: null },
		]);
	});

	it("should nest ordered lists in bullet lists and the other way round", () => {
		const note = "1. Step one\n   - detail\n2. Step two\n   1. sub-step";
		expect(items(note).map((i) => [i.line, i.parent, i.indent])).toEqual([
			[1, null, 0],
			[2, 0, 3],
			[3, null, 0],
			[4, 2, 3],
		]);
	});

	it("should end an item at a blank line followed by unindented text", () => {
		expect(items("- [ ] a\n  still a\n\nparagraph")[0]?.endLine).toBe(2);
	});

	it("should keep a lazy continuation line, and its tags, with the item", () => {
		const facts = parseNote("- Initiative\ncontinued here #intl/tech");
		expect(facts.listItems[0]?.endLine).toBe(2);
		expect(facts.listItems[0]?.tags.map((t) => [t.name, t.line])).toEqual([["intl/tech", 2]]);
		expect(facts.body.tags).toEqual([]);
	});
});

describe("List items: inside blockquotes and callouts", () => {
	it.each([
		["a blockquote", "> - [ ] 引用中的任务\n>   - [x] 子任务"],
		["a callout", "> [!todo] This week\n> - [ ] 引用中的任务\n>   - [x] 子任务"],
	])("should read items in %s, indent counted after `> `", (what, text) => {
		const first = what === "a callout" ? 2 : 1;
		expect(items(text)).toEqual([
			{ line: first, endLine: first + 1, indent: 2, parent: null, text: "引用中的任务" },
			{ line: first + 1, endLine: first + 1, indent: 4, parent: 0, text: "子任务" },
		]);
		expect(parseNote(text).listItems.map((i) => i.task?.status)).toEqual([" ", "x"]);
	});
});

describe("List items: a line broken by an invisible character is not an item", () => {
	it.each([
		["a zero-width space", "\u200B- [ ] task"],
		["a word joiner", "\u2060- [ ] task"],
		["a BOM inside the note", "text\n\n\uFEFF- [ ] task"],
		["a no-break space after the marker", "-\u00A0[ ] task"],
	])("should not read a task after %s", (_what, text) => {
		expect(parseNote(text).listItems).toEqual([]);
	});
});

describe("List items: metadata belongs to the innermost item owning the line", () => {
	it("should give a child's tags to the child, not the parent", () => {
		const facts = parseNote(md`
			- Parent #intl/strategy
			  - [ ] Child #intl/tech

			  more parent text #营销
		`);
		expect(facts.listItems.map((i) => i.tags.map((t) => t.name))).toEqual([["intl/strategy", "营销"], ["intl/tech"]]);
	});
});
