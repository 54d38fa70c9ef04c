import { describe, expect, it } from "vitest";
import { canonicalKey, parseNote } from "../../../src/core/parse/index.js";
import type { InlineField } from "../../../src/core/parse/index.js";

const fieldsOf = (text: string): InlineField[] => {
	const facts = parseNote(text);
	return [...facts.body.fields, ...facts.listItems.flatMap((i) => i.fields), ...facts.headings.flatMap((h) => h.fields)];
};
const pairs = (text: string) => fieldsOf(text).map((f) => [f.key, f.value]);

describe("Inline fields: `[key:: value]` and `(key:: value)` anywhere on a line", () => {
	it.each([
		["English", "- [ ] Sync orders [owner:: Zhang Wei] done", "owner", "Zhang Wei", 18, 37],
		["Chinese", "- [ ] 订单同步 [负责人:: 张伟] 完成", "负责人", "张伟", 11, 21],
	])("should read a bracket field with its span (%s)", (_lang, line, key, value, from, to) => {
		expect(fieldsOf(line)).toEqual([{ key, canonicalKey: key, value, style: "bracket", line: 1, from, to }]);
		expect(line.slice(from, to)).toMatch(/^\[.*\]$/);
	});

	it("should read a paren field", () => {
		const [field] = fieldsOf("Ship (due:: 2026-12-01) soon");
		expect(field).toMatchObject({ key: "due", value: "2026-12-01", style: "paren", from: 5, to: 23 });
	});

	it("should let brackets nest inside a value", () => {
		expect(pairs("- [ ] Review [due:: [[2026-12-01]]] [with:: [[Sarah Kim|Sarah]]]")).toEqual([
			["due", "[[2026-12-01]]"],
			["with", "[[Sarah Kim|Sarah]]"],
		]);
	});

	it("should read several fields on one line in order", () => {
		expect(pairs("- [ ] 上线 ERP [负责人:: 周航] (截止:: 2026-12-10) [市场:: SG, MY]")).toEqual([
			["负责人", "周航"],
			["截止", "2026-12-10"],
			["市场", "SG, MY"],
		]);
	});

	it("should not read a field inside a code span or a markdown link", () => {
		expect(pairs("`[owner:: a]` and [text [owner:: b]](https://x.io) [owner:: c]")).toEqual([["owner", "c"]]);
	});

	it("should not read a single colon or an unclosed bracket as a field", () => {
		expect(pairs("- [ ] Note [owner: 李明] [owner:: open")).toEqual([]);
	});

	it("should keep a URL in a value whole", () => {
		expect(pairs("(source:: https://example.com/a?b=1)")).toEqual([["source", "https://example.com/a?b=1"]]);
	});
});

describe("Inline fields: a whole line `key:: value`", () => {
	it.each([
		["English", "reviewer:: Chen Gang", "reviewer", "Chen Gang"],
		["Chinese", "复核人:: 陈刚", "复核人", "陈刚"],
	])("should read a line field outside list items (%s)", (_lang, line, key, value) => {
		expect(fieldsOf(`Intro\n\n${line}`)).toEqual([{ key, canonicalKey: key, value, style: "line", line: 3, from: 0, to: line.length }]);
	});

	it.each([
		["bold", "**owner**:: 李娜"],
		["italic", "_owner_:: 李娜"],
	])("should read a %s key by its plain name", (_how, line) => {
		expect(fieldsOf(line).map((f) => [f.key, f.canonicalKey, f.value])).toEqual([["owner", "owner", "李娜"]]);
	});

	it("should not read a whole-line field on a list item's first line", () => {
		expect(fieldsOf("- owner:: 李娜")).toEqual([]);
	});

	it("should not read `:::` as a field", () => {
		expect(fieldsOf("note::: text")).toEqual([]);
	});

	it("should prefer bracketed fields when a line holds both", () => {
		expect(pairs("status:: [owner:: 李娜]")).toEqual([["owner", "李娜"]]);
	});
});

describe("Inline fields: canonical keys, as Dataview names them", () => {
	it.each([
		["Due Date", "due-date"],
		["**Owner**", "owner"],
		["负责人", "负责人"],
		["  Market  ", "market"],
	])("should name %j as %j", (key, canonical) => {
		expect(canonicalKey(key)).toBe(canonical);
	});
});
