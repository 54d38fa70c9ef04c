import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/index.js";
import { DEFAULT_CONFIG, indexVault, readProfile, withDefaults } from "../../../src/core/plan/index.js";
import { md } from "../../support/markdown.js";

const profileOf = (yaml: string, config = DEFAULT_CONFIG) => {
	const fm = parseNote(`---\n${yaml}\n---\n`).frontmatter;
	if (!fm) throw new Error("no frontmatter");
	return readProfile(fm, config);
};
const problems = (yaml: string) => profileOf(yaml).problems.map((p) => [p.line, p.code, p.args?.value]);

describe("Profile: plan notes carry the company's profile in frontmatter", () => {
	it("should read an English profile", () => {
		const { profile, problems: found } = profileOf(md`
			intl-plan: 1
			company: Hengtai Manufacturing
			size: medium
			industry: manufacturing
			markets: [EU, US, DE]
			channel: hybrid
			platforms: [Amazon, Shopify]
			owner: Wang Fang
			horizon: 2027-06-30
			lang: both
		`);
		expect(found).toEqual([]);
		expect(profile).toEqual({
			company: "Hengtai Manufacturing",
			size: "medium",
			industry: "manufacturing",
			channel: "hybrid",
			platforms: ["Amazon", "Shopify"],
			markets: [
				{ code: "EU", type: "developed" },
				{ code: "US", type: "developed" },
				{ code: "DE", type: "developed" },
			],
			owner: "Wang Fang",
			horizon: "2027-06-30",
			lang: "both",
			entries: [],
		});
	});

	it("should read a Chinese profile into English values", () => {
		const { profile, problems: found } = profileOf(md`
			company: 灵犀贸易
			size: 小型
			industry: 贸易型
			markets: [美国, 德国, 东南亚, 欧盟]
			channel: 平台
			platforms: Shopee、Lazada、TikTok Shop
			owner: "[[陈思远]]"
			lang: 中文
		`);
		expect(found).toEqual([]);
		expect(profile).toMatchObject({
			company: "灵犀贸易",
			size: "small",
			industry: "trading",
			channel: "platform",
			platforms: ["Shopee", "Lazada", "TikTok Shop"],
			owner: "陈思远",
			lang: "zh",
		});
		expect(profile.markets).toEqual([
			{ code: "US", type: "developed" },
			{ code: "DE", type: "developed" },
			{ code: "Southeast Asia", type: "emerging" },
			{ code: "EU", type: "developed" },
		]);
	});

	it.each([
		["大型", "large"],
		["中型", "medium"],
		["微型", "micro"],
		["Small", "small"],
	])("should read size %s as %s", (written, size) => {
		expect(profileOf(`size: ${written}`).profile.size).toBe(size);
	});

	it.each([
		["独立站", "independent-site"],
		["混合", "hybrid"],
		["independent-site", "independent-site"],
		// §3.1's three paths, and the words used before them.
		["平台依赖", "platform"],
		["独立站主导", "independent-site"],
		["混合模式", "hybrid"],
		["platform-dependent", "platform"],
		["independent-site-led", "independent-site"],
		["平台优先", "platform"],
		["平台 + 独立站", "hybrid"],
	])("should read channel %s as %s", (written, channel) => {
		expect(profileOf(`channel: ${written}`).profile.channel).toBe(channel);
	});

	it("should leave missing fields empty", () => {
		expect(profileOf("intl-plan: 1").profile).toEqual({
			company: null,
			size: null,
			industry: null,
			channel: null,
			platforms: [],
			markets: [],
			owner: null,
			horizon: null,
			lang: null,
			entries: [],
		});
	});
});

describe("Profile: values not understood are reported on their key's line and left empty", () => {
	it.each([
		["size: huge", "profile-size", "huge"],
		["industry: 服务型", "profile-industry", "服务型"],
		["channel: 直播", "profile-channel", "直播"],
		["lang: fr", "profile-lang", "fr"],
		["horizon: next year", "profile-date", "next year"],
	])("should report %j", (line, code, value) => {
		expect(problems(`company: x\n${line}`)).toEqual([[3, code, value]]);
	});

	it("should report an invalid size on its key line through the vault index", () => {
		const text = "---\nintl-plan: 1\ncompany: 恒泰\nsize: 巨型\n---\n# Plan";
		const index = indexVault([{ path: "Plans/plan.md", text }]);
		expect(index.plans[0]?.profile.size).toBeNull();
		expect(index.problems.map((p) => [p.path, p.line, p.code])).toEqual([["Plans/plan.md", 4, "profile-size"]]);
	});

	it("should report a plan version it does not know", () => {
		const index = indexVault([{ path: "p.md", text: "---\ncompany: a\nintl-plan: 2\n---\n" }]);
		expect(index.plans).toHaveLength(1);
		expect(index.problems.map((p) => [p.line, p.code])).toEqual([[3, "plan-schema"]]);
	});
});

describe("Profile: markets", () => {
	it.each([
		["a list", "markets:\n  - US\n  - de"],
		["a flow list", "markets: [US, DE]"],
		["a comma string", "markets: US, DE"],
		["a Chinese string", "markets: 美国、德国"],
		["duplicates", "markets: [US, 美国, DE, Germany]"],
	])("should read %s", (_shape, yaml) => {
		expect(profileOf(yaml).profile.markets.map((m) => m.code)).toEqual(["US", "DE"]);
	});

	it("should report a market the table does not know and treat it as emerging", () => {
		const { profile, problems: found } = profileOf("company: a\nmarkets: [US, Atlantis]");
		expect(profile.markets).toEqual([
			{ code: "US", type: "developed" },
			{ code: "Atlantis", type: "emerging" },
		]);
		expect(found.map((p) => [p.line, p.code, p.args?.value])).toEqual([[3, "profile-market", "Atlantis"]]);
	});

	it("should let `market-types` override the table, by code or name", () => {
		const { profile, problems: found } = profileOf("markets: [BR, Atlantis, US]\nmarket-types: { br: developed, Atlantis: developed, US: emerging }");
		expect(found).toEqual([]);
		expect(profile.markets).toEqual([
			{ code: "BR", type: "developed" },
			{ code: "Atlantis", type: "developed" },
			{ code: "US", type: "emerging" },
		]);
	});

	it("should let the settings override the table too", () => {
		const config = withDefaults({ marketTypes: { MX: "developed" } });
		expect(profileOf("markets: [墨西哥]", config).profile.markets).toEqual([{ code: "MX", type: "developed" }]);
	});
});

describe("Profile: horizon dates", () => {
	it.each([
		["2027-06-30", "2027-06-30"],
		["2027/6/30", "2027-06-30"],
		["2027.6.30", "2027-06-30"],
		["2027年6月30日", "2027-06-30"],
		['"[[2027-06-30]]"', "2027-06-30"],
		["2027-6-3", "2027-06-03"],
	])("should read %s as %s", (written, iso) => {
		expect(profileOf(`horizon: ${written}`).profile.horizon).toBe(iso);
	});

	it("should refuse a day that does not exist", () => {
		expect(problems("horizon: 2027-02-30")).toEqual([[2, "profile-date", "2027-02-30"]]);
	});
});
