import { describe, expect, it } from "vitest";
import { indexVault } from "../../../src/core/plan/index.js";
import { md } from "../../support/markdown.js";

/** Each item as `line dimension kind`, the way the grammar's examples read. */
const resolved = (text: string): string[] =>
	indexVault([{ path: "Notes/note.md", text }]).items.map((i) => `${i.line} ${i.dimension} ${i.kind}`);

describe("Dimension: the item's own tag first", () => {
	it.each([
		["English", "## Technology\n- [ ] Decide entry mode #intl/strategy\n- [ ] Build the ERP link"],
		["Chinese", "## 技术赋能\n- [ ] 确定进入模式 #国际化/战略决策\n- [ ] 打通 ERP"],
	])("should let an item's tag beat its section (%s)", (_lang, text) => {
		expect(resolved(text)).toEqual(["2 strategy task", "3 technology task"]);
	});

	it.each(["#INTL/Strategy", "#Intl/STRATEGY", "#国际化/战略决策", "#intl/strategy/entry-mode"])(
		"should match %s, case-insensitively and nested",
		(tag) => {
			expect(resolved(`- [ ] Decide ${tag}`)).toEqual(["1 strategy task"]);
		},
	);

	it.each([
		["#intl/tech", "technology"],
		["#intl/risk", "compliance"],
		["#国际化/营销协同", "marketing"],
		["#国际化/风险合规", "compliance"],
	])("should read the default tag %s as %s", (tag, dimension) => {
		expect(resolved(`- [ ] Item ${tag}`)).toEqual([`1 ${dimension} task`]);
	});

	it("should count a tag on the item's continuation line as its own", () => {
		expect(resolved("## 营销协同\n- [ ] Long task\n  that goes on #intl/risk")).toEqual(["2 compliance task"]);
	});

	it("should not read a tag in code or a comment as the item's", () => {
		expect(resolved("## Marketing\n- [ ] Use `#intl/risk` %% #intl/tech %%")).toEqual(["2 marketing task"]);
	});
});

describe("Dimension: else the nearest tagged ancestor list item (sub-tasks of an initiative inherit)", () => {
	it.each([
		["English", "- Serve factories #intl/strategy\n  - [ ] Sign distribution deals\n    - [ ] Draft contract"],
		["Chinese", "- 面向工厂的服务 #国际化/战略决策\n  - [ ] 签订分销协议\n    - [ ] 起草合同"],
	])("should give children and grandchildren the initiative's dimension (%s)", (_lang, text) => {
		expect(resolved(text)).toEqual(["1 strategy initiative", "2 strategy task", "3 strategy task"]);
	});

	it("should take the nearest tagged ancestor, skipping untagged ones", () => {
		const text = md`
			- Programme #intl/strategy
			  - Workstream #intl/tech
			    - Untagged group
			      - [ ] Leaf
		`;
		expect(resolved(text)).toEqual(["1 strategy initiative", "2 technology initiative", "4 technology task"]);
	});

	it("should let a parent's tag beat the section", () => {
		expect(resolved("## 风险合规\n- Brand site #intl/marketing\n  - [ ] Buying guides")).toEqual([
			"2 marketing initiative",
			"3 marketing task",
		]);
	});

	it("should let an untagged parent pass the section's dimension on", () => {
		expect(resolved("## 风险合规\n- Group\n  - [ ] 商标检索")).toEqual(["3 compliance task"]);
	});
});

describe("Dimension: else the innermost section with a dimension", () => {
	it.each([
		["a named heading (English)", "## Strategy\n- [ ] a", "strategy"],
		["a named heading (Chinese)", "## 营销协同\n- [ ] a", "marketing"],
		["a named heading (mixed)", "## 技术赋能 Technology\n- [ ] a", "technology"],
		["a numbered heading", "## 3. 风险合规 Risk & compliance\n- [ ] a", "compliance"],
		["a heading holding a full name", "## 系统对接 技术赋能\n- [ ] a", "technology"],
		["a tagged heading", "## Launch plan #intl/marketing\n- [ ] a", "marketing"],
		["a setext heading", "营销协同 Marketing\n---\n\n- [ ] a", "marketing"],
		["a setext heading over two lines", "战略决策\n补充说明\n===\n- [ ] a", "strategy"],
		["a heading with its name in emphasis", "## **战略**决策\n- [ ] a", "strategy"],
		["a heading whose name is split by emphasis", "## *Str*ategy\n- [ ] a", "strategy"],
		["a heading whose name holds a character reference", "## Strat&#101;gy\n- [ ] a", "strategy"],
		["a heading whose name holds code", "## `Risk` & compliance\n- [ ] a", "compliance"],
	])("should read %s", (_what, text, dimension) => {
		expect(resolved(text).filter((r) => r.endsWith("task"))).toEqual([`${text.split("\n").length} ${dimension} task`]);
	});

	it("should let the innermost section with a dimension win", () => {
		const text = md`
			# 规划 #intl/strategy
			## 技术赋能
			### 数据中台
			- [ ] a
			### Risks
			- [ ] b
			## Notes
			- [ ] c
		`;
		expect(resolved(text)).toEqual(["1 strategy section", "4 technology task", "6 compliance task", "8 strategy task"]);
	});

	it("should end a section at the next heading of the same or higher level", () => {
		const text = "## Marketing\n- [ ] a\n### Detail\n- [ ] b\n## Appendix\n- [ ] c";
		expect(resolved(text)).toEqual(["2 marketing task", "4 marketing task"]);
	});

	it.each([
		["履约与回款风险", "- [ ] 签订 SLA"],
		["Tech stack", "- [ ] Pick a CMS"],
		["Technology and marketing", "- [ ] Shared budget"],
		["营销活动", "- [ ] 12.12 大促"],
	])("should not read %j as a dimension heading", (heading, task) => {
		expect(resolved(`## ${heading}\n${task}`)).toEqual([]);
	});
});

describe("Dimension: else the note's", () => {
	it.each([
		["frontmatter `dimension`", "---\ndimension: technology\n---\n- [ ] a", "technology"],
		["frontmatter `dimension` in Chinese", "---\ndimension: 风险合规\n---\n- [ ] a", "compliance"],
		["frontmatter `dimension` as a tag", "---\ndimension: intl/marketing\n---\n- [ ] a", "marketing"],
		["a dimension tag in frontmatter `tags`", "---\ntags: [project, 国际化/营销协同]\n---\n- [ ] a", "marketing"],
		["a dimension tag in the body", "Filed under #intl/risk.\n\n- [ ] a", "compliance"],
	])("should read %s", (_what, text, dimension) => {
		expect(resolved(text)).toEqual([`1 ${dimension} note`, `${text.split("\n").length} ${dimension} task`]);
	});

	it("should prefer frontmatter `dimension` to frontmatter tags, and those to body tags", () => {
		expect(resolved("---\ndimension: strategy\ntags: [intl/tech]\n---\n#intl/risk")[0]).toBe("1 strategy note");
		expect(resolved("---\ntags: [intl/tech]\n---\n#intl/risk")[0]).toBe("1 technology note");
	});

	it("should not read a tag on a list item or heading as the note's", () => {
		expect(resolved("## Plan #intl/tech\n\n- Group #intl/risk\n\n- [ ] outside")).toEqual([
			"1 technology section",
			"3 compliance initiative",
			"5 technology task",
		]);
		expect(resolved("- Group #intl/risk\n\n- [ ] outside")).toEqual(["1 compliance initiative"]);
	});

	it("should let a section beat the note", () => {
		expect(resolved("---\ndimension: strategy\n---\n## Marketing\n- [ ] a")).toEqual(["1 strategy note", "5 marketing task"]);
	});
});

describe("Dimension: items without one are left out", () => {
	it.each([
		["English", "# Inbox\n\n- [ ] Fix the projector\n- Call the forwarder"],
		["Chinese", "# 随手记\n\n- [ ] 给 IT 报修投影仪\n- 问财务报销截止日"],
	])("should leave untagged tasks in a note without a dimension out (%s)", (_lang, text) => {
		expect(resolved(text)).toEqual([]);
	});

	it("should never make a plain bullet an item, even in a dimension's section", () => {
		expect(resolved("## 战略决策\n- 背景说明\n- [ ] 任务")).toEqual(["3 strategy task"]);
	});
});
