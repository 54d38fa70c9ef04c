import { describe, expect, it } from "vitest";
import { readPieceEvents } from "../../../src/core/parse/blocks-from-events.js";
import { readPieceTree } from "../../../src/core/parse/blocks-from-tree.js";

describe("readPieceEvents", () => {
	it("should read headings, list items with nesting, opaque blocks and inline skips", () => {
		const text = "# Plan\n\n- a `code` [l](u)\n\t- b <i>x</i>\n\n\n- c\n\n```\n#not-a-tag\n```\n";
		const records = readPieceEvents(text);
		expect(records).toEqual(readPieceTree(text));
		expect(records?.headings).toEqual([{ from: 0, depth: 1, text: "Plan" }]);
		expect(records?.listItems.map((i) => [text.slice(i.from, i.to), i.parent])).toEqual([
			["- a `code` [l](u)\n\t- b <i>x</i>", null],
			["- b <i>x</i>", 0],
			["- c", null],
		]);
		expect(records?.opaque.map(([a, b]) => text.slice(a, b))).toEqual(["```\n#not-a-tag\n```"]);
		expect(records?.skips.map(([a, b]) => text.slice(a, b))).toEqual(["`code`", "[l](u)", "<i>", "</i>"]);
	});

	it("should read heading text through emphasis, strikethrough and escapes, as mdast-util-to-string does", () => {
		const text = "## **Risk** ~~and~~ \\#compliance 风险合规 ##\n\nMarketing *and*\n  growth\n---\n";
		expect(readPieceEvents(text)?.headings).toEqual([
			{ from: 0, depth: 2, text: "Risk and #compliance 风险合规" },
			{ from: text.indexOf("Marketing"), depth: 2, text: "Marketing and\ngrowth" },
		]);
	});

	it.each([
		["a web address in prose", "- see www.example.com #intl/risk\n"],
		["an email address", "- ask a@b.co\n"],
		["a mention", "- [ ] Send the quote @王芳\n"],
		["a URL with a query", "Notes: https://example.com/a?b=1 and more #intl/tech\n"],
		["a web address inside a link", "- [the listing](https://www.amazon.de/dp/B0X) #intl/risk\n"],
	])("should read a piece with %s from the events: a literal link there holds no metadata", (_name, text) => {
		expect(readPieceEvents(text)).not.toBeNull();
	});

	it.each([
		["a GFM autolink literal holding a wikilink", "- see https://a.example/[[Note]] #intl/risk\n"],
		["an email address before a bracket", "- [owner:: a@b.co]\n"],
		["a web address running into code", "www.a.com/`x` #intl/tech\n"],
		["a web address with an underscore", "www.a_b.com\n"],
		["a heading holding a link", "## [Plan](plan.md)\n"],
		["a heading holding a character reference", "## R&amp;D\n"],
	])("should leave a piece with %s to the syntax tree", (_name, text) => {
		expect(readPieceEvents(text)).toBeNull();
	});

	it.each([
		["a code span", "## `npm` setup\n"],
		["only a code span", "## `Strategy`\n- [ ] a\n"],
		["padding and backticks inside", "### `` a`b `` and ` c `\n"],
		["a code span over two lines of a setext heading", "Risk `x\ny` *z*\n===\n"],
		["an unclosed backtick", "## a `b\n"],
	])("should read a heading holding %s as the syntax tree does, text and skips", (_name, text) => {
		expect(readPieceEvents(text)).toEqual(readPieceTree(text));
	});

	it("should read a heading inside a list or quote as no root heading", () => {
		expect(readPieceEvents("- ## `x`\n> # y\n")?.headings).toEqual([]);
	});
});
