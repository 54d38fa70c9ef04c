import { describe, expect, it } from "vitest";
import { linkInValue, parseLinkText, parseNote } from "../../../src/core/parse/index.js";

describe("Block ids: `^id` at the end of a line, after white space", () => {
	it.each([
		["English", "- [ ] Data platform MVP ^ck-tech-data-platform", "ck-tech-data-platform", 24],
		["Chinese", "- [ ] 数据中台 MVP ^ck-tech-data-platform", "ck-tech-data-platform", 15],
	])("should read a list item's block id with its span (%s)", (_lang, line, id, from) => {
		expect(parseNote(line).listItems[0]?.blockId).toEqual({ id, line: 1, from, to: line.length });
	});

	it("should allow trailing white space after the id", () => {
		expect(parseNote("- [ ] task ^abc-1  ").listItems[0]?.blockId?.id).toBe("abc-1");
	});

	it.each([
		["with no space before it", "- [ ] task^abc"],
		["followed by more text", "- [ ] task ^abc then more"],
		["holding an underscore", "- [ ] task ^ck_tech"],
	])("should not read an id %s", (_what, line) => {
		expect(parseNote(line).listItems[0]?.blockId).toBeNull();
	});

	it("should keep a block id on its own line under a table in the body", () => {
		const facts = parseNote("| a | b |\n|---|---|\n| 1 | 2 |\n\n^risk-table");
		expect(facts.body.blockIds.map((b) => [b.id, b.line])).toEqual([["risk-table", 5]]);
	});

	it("should give a heading its block id", () => {
		expect(parseNote("## 风险合规 ^compliance").headings[0]?.blockId?.id).toBe("compliance");
	});

	it("should prefer the id on an item's first line to one on a later line", () => {
		const [item] = parseNote("- [ ] first ^first\n  continued ^later").listItems;
		expect(item?.blockId?.id).toBe("first");
	});
});

describe("Wikilinks: `[[target#subpath|alias]]` and embeds", () => {
	it("should read target, subpath, alias and embed with spans", () => {
		const line = "See [[数据中台 Data Platform#MVP|平台]] and ![[chart.png]]";
		expect(parseNote(line).links).toEqual([
			{ target: "数据中台 Data Platform", subpath: "MVP", alias: "平台", embed: false, line: 1, from: 4, to: 33 },
			{ target: "chart.png", subpath: null, alias: null, embed: true, line: 1, from: 38, to: 52 },
		]);
	});

	it("should not read links in code", () => {
		expect(parseNote("`[[not a link]]`\n```\n[[nor this]]\n```").links).toEqual([]);
	});

	it("should give links to the item that holds them", () => {
		expect(parseNote("- [ ] Register, see [[IP register]]").listItems[0]?.links.map((l) => l.target)).toEqual(["IP register"]);
	});

	it("should split link text", () => {
		expect(parseLinkText("Plan#Goals|目标")).toEqual({ target: "Plan", subpath: "Goals", alias: "目标" });
	});

	it.each([
		["a quoted link", "[[恒泰制造 国际化规划]]", "恒泰制造 国际化规划"],
		["a link with an alias", "[[Acme plan|Acme]]", "Acme plan"],
		["YAML's reading of an unquoted link", [["Acme plan"]], "Acme plan"],
		["plain text", "Acme plan", null],
		["a number", 1, null],
	])("should find the link target in a frontmatter value: %s", (_what, value, target) => {
		expect(linkInValue(value)).toBe(target);
	});
});
