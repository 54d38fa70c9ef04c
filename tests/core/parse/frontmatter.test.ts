import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/index.js";
import { md } from "../../support/markdown.js";

const frontmatterTags = (text: string) =>
	parseNote(text)
		.tags.filter((t) => t.source === "frontmatter")
		.map(({ name, line, from, to }) => ({ name, line, from, to }));

describe("Frontmatter: a `---` fence on the very first line, closed by a `---` line", () => {
	it("should read the YAML mapping with the line of each key", () => {
		const facts = parseNote(md`
			---
			company: 恒泰制造 Hengtai
			horizon: 2027-06-30
			markets: [EU, US]
			---
			# Plan
		`);
		expect(facts.frontmatter).toEqual({
			data: { company: "恒泰制造 Hengtai", horizon: "2027-06-30", markets: ["EU", "US"] },
			startLine: 1,
			endLine: 5,
			keyLines: { company: 2, horizon: 3, markets: 4 },
			valid: true,
		});
	});

	it("should keep dates as the strings written (YAML 1.2 core schema)", () => {
		expect(parseNote("---\nhorizon: 2027-06-30\n---\n").frontmatter?.data.horizon).toBe("2027-06-30");
	});

	it("should not read a `---` block that does not start on line 1", () => {
		expect(parseNote("\n---\ntags: intl/strategy\n---\n").frontmatter).toBeNull();
	});

	it("should not read an unclosed fence as frontmatter", () => {
		const facts = parseNote("---\ntags: intl/strategy\n- [ ] task");
		expect(facts.frontmatter).toBeNull();
		expect(facts.problems).toEqual([]);
	});

	it("should not look for tags or items inside the frontmatter", () => {
		const facts = parseNote("---\nnote: \"- [ ] #intl/strategy\"\n---\nbody");
		expect(facts.tags).toEqual([]);
		expect(facts.listItems).toEqual([]);
	});

	it("should list frontmatter tags before inline tags", () => {
		const facts = parseNote("---\ntags: [b]\n---\n#a");
		expect(facts.tags.map((t) => `${t.source}:${t.name}`)).toEqual(["frontmatter:b", "inline:a"]);
	});
});

describe("Frontmatter: tags in every YAML shape Obsidian accepts", () => {
	it("should read a block list, each tag on its own line", () => {
		expect(frontmatterTags("---\ntags:\n  - intl/strategy\n  - 国际化/技术赋能\n---\n")).toEqual([
			{ name: "intl/strategy", line: 3, from: 4, to: 17 },
			{ name: "国际化/技术赋能", line: 4, from: 4, to: 12 },
		]);
	});

	it("should read a flow list", () => {
		expect(frontmatterTags("---\ntags: [intl/strategy, 国际化/营销协同]\n---\n")).toEqual([
			{ name: "intl/strategy", line: 2, from: 7, to: 20 },
			{ name: "国际化/营销协同", line: 2, from: 22, to: 30 },
		]);
	});

	it.each([
		["commas", "tags: intl/strategy, 国际化/风险合规"],
		["spaces", "tags: intl/strategy 国际化/风险合规"],
		["commas and spaces", "tags: intl/strategy ,  国际化/风险合规"],
	])("should split one string of names on %s", (_how, line) => {
		const tags = frontmatterTags(`---\n${line}\n---\n`);
		expect(tags.map((t) => t.name)).toEqual(["intl/strategy", "国际化/风险合规"]);
		expect(tags.map((t) => line.slice(t.from, t.to))).toEqual(["intl/strategy", "国际化/风险合规"]);
	});

	it("should read the singular key `tag`", () => {
		expect(frontmatterTags("---\ntag: intl/risk\n---\n")).toEqual([{ name: "intl/risk", line: 2, from: 5, to: 14 }]);
	});

	it("should drop a `#` written in a quoted tag and point past it", () => {
		expect(frontmatterTags(`---\ntags: ["#intl/strategy", '#国际化/战略决策']\n---\n`)).toEqual([
			{ name: "intl/strategy", line: 2, from: 9, to: 22 },
			{ name: "国际化/战略决策", line: 2, from: 27, to: 35 },
		]);
	});

	it("should read an unquoted `#tag` value as the YAML comment it is", () => {
		expect(frontmatterTags("---\ntags: #intl/strategy\n---\n")).toEqual([]);
	});

	it("should skip numbers, which are not tag names, and keep names with a digit", () => {
		expect(frontmatterTags("---\ntags: [2024, q4, 2026年]\n---\n").map((t) => t.name)).toEqual(["q4", "2026年"]);
		expect(frontmatterTags("---\ntags: 2024\n---\n")).toEqual([]);
	});

	it("should read quoted names like plain ones", () => {
		expect(frontmatterTags(`---\ntags: ["intl/strategy", 'intl/tech']\n---\n`).map((t) => t.name)).toEqual([
			"intl/strategy",
			"intl/tech",
		]);
	});

	it("should read no tags from an empty `tags:`", () => {
		expect(frontmatterTags("---\ntags:\n---\n")).toEqual([]);
	});
});

describe("Frontmatter: malformed YAML is a problem on its line, read as empty, never thrown", () => {
	const yamlProblems = (text: string) => {
		const facts = parseNote(text);
		expect(facts.frontmatter).toMatchObject({ data: {}, valid: false });
		return facts.problems.map((p) => ({ line: p.line, code: p.code }));
	};

	it.each([
		["English", `company: "Hengtai Manufacturing`],
		["Chinese", `公司: '恒泰制造`],
	])("should report an unclosed quote on the line that opens it (%s)", (_lang, opened) => {
		const problems = yamlProblems(`---\nintl-plan: 1\n${opened}\nsize: medium\nowner: 王芳\n---\n- [ ] task`);
		expect(problems).toEqual([{ line: 3, code: "yaml-invalid" }]);
	});

	it("should report a key indented out of line on that key's line", () => {
		const problems = yamlProblems(md`
			---
			profile:
			  size: small
			 industry: 贸易型
			---
		`);
		expect(problems).toEqual([{ line: 4, code: "yaml-invalid" }]);
	});

	it("should report a duplicate key on the second occurrence", () => {
		expect(yamlProblems("---\nowner: 王芳\nsize: small\nowner: Wang\n---\n")).toEqual([{ line: 4, code: "yaml-invalid" }]);
	});

	it("should report tab indentation on the line with the tab", () => {
		expect(yamlProblems("---\nmarkets:\n\t- US\n---\n")).toEqual([{ line: 3, code: "yaml-invalid" }]);
	});

	it("should report frontmatter that is not a mapping", () => {
		expect(yamlProblems("---\n- 美国\n- 德国\n---\n")).toEqual([{ line: 2, code: "yaml-not-a-map" }]);
	});

	it("should keep reading the note's body after bad YAML", () => {
		const facts = parseNote(`---\ntags: [intl/strategy\n---\n- [ ] Decide #intl/tech`);
		expect(facts.problems.length).toBeGreaterThan(0);
		expect(facts.tags.map((t) => t.name)).toEqual(["intl/tech"]);
		expect(facts.listItems.map((i) => i.line)).toEqual([4]);
	});

	it("should give the problem's reason in its args", () => {
		const [problem] = parseNote("---\na: 1\na: 2\n---\n").problems;
		expect(problem?.args?.detail).toMatch(/unique/i);
	});
});
