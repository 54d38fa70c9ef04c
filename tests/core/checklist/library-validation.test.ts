import { describe, expect, it } from "vitest";
import { evaluate, parseCondition, readLibrary } from "../../../src/core/checklist/index.js";
import { problemMessage } from "../../../src/core/i18n/index.js";
import { classifyMarket, DEFAULT_CONFIG, type Profile } from "../../../src/core/plan/index.js";

const BROKEN = `---
intl-plan-library: 1
---
# Library

## 战略决策 Strategy

- 评估市场 ^ck-strategy-a
    - en:: Assess markets
    - when:: always
    - source:: §3.1
- 重复的条目 ^ck-strategy-a
    - en:: Duplicate
    - when:: always
    - source:: §3.1
- 没有英文 ^ck-strategy-no-en
    - when:: always
    - source:: §3.1
- 条件写错 ^ck-strategy-bad-when
    - en:: Bad condition
    - when:: size = huge
    - source:: §4.1
- 没有出处 ^ck-strategy-no-source
    - en:: No source
    - when:: always
- 没有 ID 的条目
    - en:: Missing id
    - when:: always
    - source:: §3.1
- 错误前缀 ^strategy-x
    - en:: Wrong prefix
- 未知维度 ^ck-strategy-weird
    - en:: Unknown dimension
    - dimension:: finance
    - source:: §3.1

## Notes

- 不在维度下 ^ck-orphan
    - en:: Outside a dimension
    - source:: §5
`;

describe("library validation", () => {
	const { items, problems } = readLibrary(BROKEN, DEFAULT_CONFIG);

	it("should report every problem on its line", () => {
		expect(problems.map((p) => [p.line, p.code])).toEqual([
			[12, "library-duplicate-id"],
			[16, "library-missing-translation"],
			[19, "library-bad-condition"],
			[23, "library-missing-source"],
			[26, "library-missing-id"],
			[30, "library-bad-id"],
			[32, "library-unknown-dimension"],
			[39, "library-no-dimension"],
		]);
	});

	it("should keep only the items without problems", () => {
		expect(items.map((i) => i.id)).toEqual(["ck-strategy-a"]);
	});

	it("should explain each problem in both languages", () => {
		for (const p of problems) {
			expect(problemMessage(p, "en")).not.toMatch(/\{\w+\}/);
			expect(problemMessage(p, "zh")).not.toMatch(/\{\w+\}/);
		}
		const duplicate = problems.find((p) => p.code === "library-duplicate-id");
		expect(problemMessage(duplicate ?? problems[0]!, "en")).toContain("line 8");
	});

	it("should say so when a note holds no items", () => {
		expect(readLibrary("# Nothing here\n", DEFAULT_CONFIG).problems.map((p) => p.code)).toEqual(["library-empty"]);
	});

	it("should read fields written inline or on continuation lines too", () => {
		const lib = readLibrary("## 风险合规 Compliance\n- 注册商标 [en:: Register the trademark] [when:: market = developed] [source:: §3.4] ^ck-compliance-tm\n", DEFAULT_CONFIG);
		expect(lib.problems).toEqual([]);
		expect(lib.items[0]).toMatchObject({ id: "ck-compliance-tm", zh: "注册商标", en: "Register the trademark", sources: ["§3.4"] });
	});
});

describe("conditions", () => {
	it.each([
		["always", []],
		["size = small, micro", [{ key: "size", values: ["small", "micro"] }]],
		["规模 = 小型；市场 = 新兴", [{ key: "size", values: ["small"] }, { key: "market", values: ["emerging"] }]],
		["industry = manufacturing; market = developed", [{ key: "industry", values: ["manufacturing"] }, { key: "market", values: ["developed"] }]],
		["market = EU, 美国", [{ key: "market", values: ["EU", "US"] }]],
		["channel = 独立站, hybrid", [{ key: "channel", values: ["independent-site", "hybrid"] }]],
	])("should read %s", (source, condition) => {
		expect(parseCondition(source)).toEqual({ ok: true, condition });
	});

	it.each(["", "size small", "colour = red", "size = huge", "market = Atlantis", "size ="])("should refuse %j", (source) => {
		expect(parseCondition(source).ok).toBe(false);
	});
});

describe("conditions: blocs and negation", () => {
	it.each([
		["market = 欧盟, RCEP, 东盟", [{ key: "market", values: ["EU", "RCEP", "ASEAN"] }]],
		["market = 东南亚", [{ key: "market", values: ["Southeast Asia"] }]],
		["channel != platform", [{ key: "channel", values: ["platform"], not: true }]],
		["size = large, medium; channel ≠ 平台, 独立站", [{ key: "size", values: ["large", "medium"] }, { key: "channel", values: ["platform", "independent-site"], not: true }]],
		["行业 ！= 贸易型", [{ key: "industry", values: ["trading"], not: true }]],
	])("should read %s", (source, condition) => {
		expect(parseCondition(source)).toEqual({ ok: true, condition });
	});

	it.each(["channel != ", "channel !! platform", "channel =! platform", "size != huge"])("should refuse %j", (source) => {
		expect(parseCondition(source).ok).toBe(false);
	});

	const base = { company: null, size: null, industry: null, channel: null, platforms: [], markets: [], owner: null, horizon: null, lang: null, entries: [] } as const;
	const holds = (when: string, profile: Partial<Profile>): boolean => {
		const read = parseCondition(when);
		if (!read.ok) throw new Error(read.error);
		return evaluate(read.condition, { ...base, ...profile }).applies;
	};

	it("should hold a negated clause when the profile's value is not listed or not given", () => {
		expect(holds("channel != platform", { channel: "hybrid" })).toBe(true);
		expect(holds("channel != platform", { channel: "platform" })).toBe(false);
		expect(holds("channel != platform", {})).toBe(true);
		expect(holds("channel = platform", {})).toBe(false);
		expect(holds("industry != trading; size = small", { industry: "manufacturing", size: "small" })).toBe(true);
	});

	it("should keep, for a negated market clause, the plan's markets outside the listed ones", () => {
		const read = parseCondition("market != EU");
		if (!read.ok) throw new Error(read.error);
		const markets = ["DE", "US", "VN"].map((m) => classifyMarket(m).market);
		expect(evaluate(read.condition, { ...base, markets })).toEqual({ applies: true, markets: ["US", "VN"] });
		expect(evaluate(read.condition, { ...base, markets: markets.slice(0, 1) }).applies).toBe(false);
		expect(evaluate(read.condition, base)).toEqual({ applies: true, markets: null });
	});
});
