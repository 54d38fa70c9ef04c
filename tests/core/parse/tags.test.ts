import { describe, expect, it } from "vitest";
import { isValidTagName, normalizeTag, parseNote } from "../../../src/core/parse/index.js";

const tagNames = (text: string) => parseNote(text).tags.map((t) => t.name);

describe("Tags: `#` at the start of a line or after white space", () => {
	it.each([
		["English", "#intl/strategy first", ["intl/strategy"]],
		["Chinese", "#国际化/战略决策 优先", ["国际化/战略决策"]],
	])("should read a tag at the start of a line (%s)", (_lang, text, names) => {
		expect(tagNames(text)).toEqual(names);
	});

	it("should read a tag at the start of a line as a tag, not a heading", () => {
		const facts = parseNote("#intl/strategy");
		expect(facts.headings).toEqual([]);
		expect(facts.tags.map((t) => t.name)).toEqual(["intl/strategy"]);
	});

	it.each([
		["a space", "Entry mode #intl/strategy"],
		["a tab", "Entry mode\t#intl/strategy"],
		["a full-width space", "进入模式\u3000#intl/strategy"],
	])("should read a tag after %s", (_what, text) => {
		expect(tagNames(text)).toEqual(["intl/strategy"]);
	});

	it.each([
		["a Latin letter", "page#intl/strategy"],
		["a CJK letter", "进入模式#国际化/战略决策"],
		["a digit", "R2#intl/risk"],
	])("should not read `#` after %s as a tag", (_what, text) => {
		expect(tagNames(text)).toEqual([]);
	});
});

describe("Tags: names as Obsidian allows them", () => {
	it("should not read an all-digit name, and read one with a letter", () => {
		expect(tagNames("Issue #123 and #2024 and #2024q4 and #q4")).toEqual(["2024q4", "q4"]);
	});

	it("should nest names with `/`", () => {
		expect(tagNames("#intl/strategy/entry-mode")).toEqual(["intl/strategy/entry-mode"]);
	});

	it("should allow unicode letters, `_` and `-`", () => {
		expect(tagNames("#国际化/战略决策 #über_plan #año-2027")).toEqual(["国际化/战略决策", "über_plan", "año-2027"]);
	});

	it("should keep the name as written; comparing is case-insensitive", () => {
		const [tag] = parseNote("#INTL/Strategy").tags;
		expect(tag?.name).toBe("INTL/Strategy");
		expect(normalizeTag(tag?.name ?? "")).toBe(normalizeTag("#intl/strategy"));
	});

	it.each(["，", "。", "！", "、", "；", "：", "？", "）", "」", "》"])("should end a tag at the full-width `%s`", (mark) => {
		const text = `#国际化/风险合规${mark}本周完成`;
		const [tag] = parseNote(text).tags;
		expect(tag).toMatchObject({ name: "国际化/风险合规", from: 0, to: 9 });
	});

	it.each([".", ",", "!", "?", ";", ":", ")", '"', "'", "(", "[", "]", "*", "`", "=", "&"])(
		"should end a tag at the ASCII `%s`",
		(mark) => {
			expect(tagNames(`#intl/compliance${mark}done`)).toEqual(["intl/compliance"]);
		},
	);

	it("should run on through CJK letters up to white space, as Obsidian does", () => {
		expect(tagNames("#国际化/技术赋能数据中台 下一步")).toEqual(["国际化/技术赋能数据中台"]);
	});

	it("should read several tags on one line in order", () => {
		const text = "- [ ] Task #intl/tech #优先 #intl/risk";
		const facts = parseNote(text);
		expect(facts.tags.map((t) => text.slice(t.from, t.to))).toEqual(["#intl/tech", "#优先", "#intl/risk"]);
	});
});

describe("Tags: isValidTagName and normalizeTag", () => {
	it.each([
		["intl/strategy", true],
		["国际化/风险合规", true],
		["2024q4", true],
		["123", false],
		["", false],
		["has space", false],
		["a,b", false],
		["风险，合规", false],
	])("should judge %j valid: %s", (name, valid) => {
		expect(isValidTagName(name)).toBe(valid);
	});

	it("should drop `#`, lower-case and NFC-normalize", () => {
		expect(normalizeTag("#Intl/Strategy")).toBe("intl/strategy");
		expect(normalizeTag("Cafe\u0301")).toBe(normalizeTag("Café"));
	});
});
