import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, dimensionMatcher, indexVault, withDefaults } from "../../../src/core/plan/index.js";

const matcher = dimensionMatcher(DEFAULT_CONFIG);

describe("Dimension names: tags, prefix/name in either language", () => {
	it.each([
		["intl/strategy", "strategy"],
		["国际化/战略决策", "strategy"],
		["intl/technology", "technology"],
		["intl/tech", "technology"],
		["国际化/技术赋能", "technology"],
		["intl/marketing", "marketing"],
		["国际化/营销协同", "marketing"],
		["intl/compliance", "compliance"],
		["intl/risk", "compliance"],
		["国际化/风险合规", "compliance"],
		["#INTL/Risk", "compliance"],
		["intl/tech/erp", "technology"],
	])("should read %s as %s", (tag, dimension) => {
		expect(matcher.ofTag(tag)).toBe(dimension);
	});

	it.each(["intl", "国际化", "intl/other", "strategy", "intlx/strategy", "tech/intl"])("should read %s as no dimension", (tag) => {
		expect(matcher.ofTag(tag)).toBeNull();
	});
});

describe("Dimension names: headings that name a dimension", () => {
	it.each([
		["Strategy", "strategy"],
		["战略决策", "strategy"],
		["战略", "strategy"],
		["Strategic decision-making", "strategy"],
		["技术赋能 Technology", "technology"],
		["Digital enablement", "technology"],
		["2.1 技术", "technology"],
		["Marketing synergy 营销协同", "marketing"],
		["Omnichannel marketing plan", "marketing"],
		["3. 风险合规 Risk & compliance", "compliance"],
		["Risk and compliance", "compliance"],
		["一、战略决策", "strategy"],
		["Risks", "compliance"],
		["系统对接 技术赋能", "technology"],
		["战略决策与执行", "strategy"],
		["**技术赋能** Technology #x", "technology"],
	])("should read %j as %s", (heading, dimension) => {
		expect(matcher.ofHeading(heading)).toBe(dimension);
	});

	it.each(["履约与回款风险", "营销活动", "Tech stack", "Technology and marketing", "数据中台 Data Platform", "Notes", ""])(
		"should read %j as no dimension",
		(heading) => {
			expect(matcher.ofHeading(heading)).toBeNull();
		},
	);
});

describe("Dimension names: headings people write (a name with words beside it)", () => {
	it.each([
		["风险与合规", "compliance"],
		["税务合规", "compliance"],
		["知识产权与合规", "compliance"],
		["数据风险", "compliance"],
		["品牌营销", "marketing"],
		["营销策略", "marketing"],
		["市场营销", "marketing"],
		["内容与渠道营销", "marketing"],
		["技术与数据", "technology"],
		["数据与系统 技术", "technology"],
		["市场进入战略", "strategy"],
		["战略规划", "strategy"],
		["Tax compliance", "compliance"],
		["Legal & compliance", "compliance"],
		["Brand marketing", "marketing"],
		["Marketing strategy", "marketing"],
		["Technology strategy", "technology"],
		["Data & technology", "technology"],
		["Market entry strategy", "strategy"],
		["## 2. 品牌营销", "marketing"],
	])("should read %j as %s", (heading, dimension) => {
		expect(matcher.ofHeading(heading)).toBe(dimension);
	});

	it.each(["税务", "品牌", "Data", "Brand content", "营销与技术", "Marketing and compliance", "履约与回款风险", "营销活动", "国际化规划", "Data platform"])(
		"should read %j as no dimension (words alone assign nothing; two dimensions named decide nothing)",
		(heading) => {
			expect(matcher.ofHeading(heading)).toBeNull();
		},
	);

	it("should take a team's own words from the settings", () => {
		const custom = dimensionMatcher(withDefaults({ headingWords: { compliance: ["出口管制"] } }));
		expect(custom.ofHeading("出口管制合规")).toBe("compliance");
		expect(custom.ofHeading("税务合规")).toBeNull();
	});

	it("should never let a heading word alone pull a note past the prefilter (a name must be there)", () => {
		const items = indexVault([{ path: "n.md", text: "## 税务合规\n- [ ] 注册德国 VAT\n\n## Data\n- [ ] 清理数据\n" }]).items;
		expect(items.map((i) => [i.text, i.dimension])).toEqual([["注册德国 VAT", "compliance"]]);
	});
});

describe("Dimension names: settings", () => {
	const custom = dimensionMatcher(withDefaults({ tagPrefixes: ["出海", "X"], tagAliases: { compliance: ["合规", "Legal/Review"] } }));

	it("should build tags from every configured prefix and name", () => {
		expect(custom.ofTag("出海/strategy")).toBe("strategy");
		expect(custom.ofTag("x/技术赋能")).toBe("technology");
		expect(custom.ofTag("intl/strategy")).toBeNull();
	});

	it("should read a whole-tag alias, case-insensitively and nested", () => {
		expect(custom.ofTag("合规")).toBe("compliance");
		expect(custom.ofTag("legal/review/eu")).toBe("compliance");
		expect(custom.ofTag("Legal")).toBeNull();
	});

	it("should resolve items with the configured names", () => {
		const config = withDefaults({ tagAliases: { marketing: ["出海/营销"] }, headingNames: { strategy: ["Go-to-market"] } });
		const items = indexVault([{ path: "n.md", text: "## Go-to-market\n- [ ] a\n- [ ] b #出海/营销" }], { config }).items;
		expect(items.map((i) => i.dimension)).toEqual(["strategy", "marketing"]);
	});

	it("should keep well-formed settings and default the rest", () => {
		const config = withDefaults({ tagPrefixes: [" 出海 ", 3, ""], tagNames: "junk", marketTypes: { BR: "developed", XX: "rich" } });
		expect(config.tagPrefixes).toEqual(["出海"]);
		expect(config.tagNames).toEqual(DEFAULT_CONFIG.tagNames);
		expect(config.marketTypes).toEqual({ BR: "developed" });
		expect(withDefaults(null)).toEqual(DEFAULT_CONFIG);
	});
});

describe("Dimension names: the prefilter `mightMatter`", () => {
	it.each([
		["a dimension tag", "Some text #intl/tech"],
		["a Chinese dimension tag", "正文 #国际化/风险合规"],
		["an upper-case tag", "#INTL/Risk"],
		["a frontmatter tag", "---\ntags: [intl/strategy]\n---\n"],
		["a plan note", "---\nintl-plan: 1\n---\n"],
		["frontmatter `dimension`", "---\ndimension: marketing\n---\n"],
		["frontmatter `dimension` with lone CRs", "---\rtitle: x\rDimension: marketing\r---\r"],
		["`dimension` in frontmatter that is never closed", "---\ndimension: marketing\n# x\n"],
		["a named heading", "# Notes\n\n## 技术赋能\n- [ ] a"],
		["a setext heading", "Strategy\n========\n- [ ] a"],
		["a heading after a BOM", "\uFEFF## Strategy\n- [ ] a"],
		["a heading with punctuation between words", "## Strategic-decisions\n- [ ] a"],
		// The heading's text is what remark reads, after inline markup: these name a dimension too.
		["a heading whose name is split by emphasis", "## **战略**决策\n- [ ] a"],
		["a heading whose name is split by English emphasis", "## *Str*ategy\n- [ ] a"],
		["a heading whose name holds a character reference", "## Strat&#101;gy\n- [ ] a"],
		["a heading whose name holds a backslash escape", "## Risk \\& compliance\n- [ ] a"],
		["a setext heading whose name is not on its last line", "战略决策\n补充说明\n===\n- [ ] a"],
		["a heading of a name and its own words", "## 税务合规\n- [ ] a"],
		["a heading with a closing sequence, lone CR endings", "## Marketing strategy ##\r- [ ] a\r"],
	])("should keep a note with %s", (_what, text) => {
		expect(matcher.mightMatter(text)).toBe(true);
	});

	it.each([
		["English", "# Meeting\n\nWe talked about marketing and risk.\n- [ ] Book a room"],
		["Chinese", "# 随手记\n\n聊到营销和风险。\n- [ ] 订会议室"],
		["the word dimension", "---\ntitle: Notes\n---\n# A new dimension of travel\n\nThe dimension: depth.\n- [ ] Pack"],
		["a heading holding a name inside a longer word", "## Strategyx and Technologies\n- [ ] a"],
		// A heading's name gives a dimension to the tasks under it: with none in the note, it gives nothing.
		["a named heading and no task (documentation)", "# Guide\n\n## Data\n\nThe data model.\n\n- a bullet\n\n## Security\n"],
		["a setext heading and no task", "Strategy\n========\n\nText.\n"],
		// A plain heading line is decided as the parser will: a name with a word that is not the dimension's.
		["a heading naming a dimension inside a phrase", "# Docs\n\n## Marketing site\n\n- [ ] Update the screenshots\n"],
	])("should skip a note that only mentions dimensions in prose (%s)", (_lang, text) => {
		expect(matcher.mightMatter(text)).toBe(false);
	});

	it("should keep a note with a configured alias", () => {
		const custom = dimensionMatcher(withDefaults({ tagAliases: { compliance: ["合规"] } }));
		expect(custom.mightMatter("随手 #合规 记录")).toBe(true);
	});
});
