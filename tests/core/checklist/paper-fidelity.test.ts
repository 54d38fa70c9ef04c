/**
 * The library read against the paper, section by section: which profiles get which items, and why.
 * Each `describe` is one section of 张荠心, 跨境电商对企业国际化经营管理的影响研究 (2026); what the section
 * says is quoted in its title, so a failure names the sentence the library stopped honouring.
 */
import { describe, expect, it } from "vitest";
import { applicableItems, PAPER_SECTIONS } from "../../../src/core/checklist/index.js";
import { groupMembers } from "../../../src/core/plan/market-groups.js";
import { t } from "../../../src/core/i18n/index.js";
import type { Channel, CompanySize, Industry } from "../../../src/core/plan/index.js";
import { library, profile } from "./support.js";

type P = Parameters<typeof profile>[0];
const SIZES: readonly CompanySize[] = ["large", "medium", "small", "micro"];
const SMALL: readonly CompanySize[] = ["small", "micro"];
const LARGE: readonly CompanySize[] = ["large", "medium"];
const INDUSTRIES: readonly Industry[] = ["manufacturing", "trading", "other"];
const CHANNELS: readonly Channel[] = ["platform", "independent-site", "hybrid"];
const MARKET_SETS: readonly (readonly string[])[] = [["DE"], ["US", "JP"], ["VN", "TH"], ["DE", "BR"]];

const applicable = (p: P) => applicableItems(library, profile(p));
const ids = (p: P): string[] => applicable(p).map((a) => a.item.id);
const item = (id: string) => {
	const found = library.items.find((i) => i.id === id);
	if (!found) throw new Error(`${id} is not in the library`);
	return found;
};
const citing = (section: string) => library.items.filter((i) => i.sources.includes(section));
const inDimension = (p: P, dimension: string): string[] => applicable(p).filter((a) => a.item.dimension === dimension).map((a) => a.item.id);
/** Every combination of size, industry and channel, with markets. */
const everyProfile = (markets: readonly string[] = ["DE", "VN"]): P[] =>
	SIZES.flatMap((size) => INDUSTRIES.flatMap((industry) => CHANNELS.map((channel) => ({ size, industry, channel, markets }))));

describe("§2.1 the global landscape: RCEP lowers trade barriers in Asia-Pacific", () => {
	it("should give the RCEP item to a plan in any of RCEP's 15 parties", () => {
		for (const code of groupMembers("RCEP")) expect(ids({ markets: [code] }), code).toContain("ck-strategy-rcep");
	});

	it("should keep the RCEP item from plans in no RCEP market, Timor-Leste included", () => {
		for (const code of ["US", "DE", "IN", "BR", "TL", "AE"]) expect(ids({ markets: [code] }), code).not.toContain("ck-strategy-rcep");
	});

	it("should name only the plan's RCEP markets, and reach a plan that names Southeast Asia", () => {
		expect(applicable({ markets: ["VN", "US", "JP"] }).find((a) => a.item.id === "ck-strategy-rcep")?.markets).toEqual(["VN", "JP"]);
		expect(ids({ markets: ["东南亚"] })).toContain("ck-strategy-rcep");
	});

	it("should condition every §2.1 item on RCEP", () => {
		expect(citing("§2.1").length).toBeGreaterThan(0);
		for (const i of citing("§2.1")) expect(i.when, i.id).toBe("market = RCEP");
	});
});

describe("§2.2 China's cross-border e-commerce: managed programs, brands with private traffic, DSA and GDPR", () => {
	it("should give a plan in DE, FR, PL or Europe the GDPR and DSA items, and a plan in the US neither", () => {
		for (const m of ["DE", "FR", "PL", "Europe", "欧洲", "欧盟"]) expect(ids({ markets: [m] }), m).toEqual(expect.arrayContaining(["ck-compliance-gdpr", "ck-compliance-eu-dsa"]));
		expect(ids({ markets: ["US"] })).not.toContain("ck-compliance-eu-dsa");
	});

	it("should weigh both sides of full- and semi-managed programs, for plans that sell on platforms", () => {
		const managed = item("ck-strategy-managed-mode-review");
		expect(managed.zh).toMatch(/降低运营复杂度.*流量成本上升.*议价能力减弱/);
		expect(managed.en).toMatch(/lower operating complexity.*traffic cost.*bargaining power/);
		expect(ids({ channel: "platform" })).toContain(managed.id);
		expect(ids({ channel: "independent-site" })).not.toContain(managed.id);
	});

	it("should give private traffic (私域流量) to every plan with its own site, small and micro ones too, and not to platform-only ones", () => {
		for (const size of SIZES) {
			for (const channel of ["independent-site", "hybrid"] as const) expect(ids({ size, channel }), `${size} ${channel}`).toContain("ck-marketing-private-traffic");
			expect(ids({ size, channel: "platform" }), size).not.toContain("ck-marketing-private-traffic");
		}
		expect(item("ck-marketing-private-traffic").zh).toContain("私域流量");
	});
});

describe("§2.3 new challenges: platform rules, the end of cheap traffic, fulfilment, compliance thresholds", () => {
	it("should have every platform seller track platform rule changes", () => {
		for (const channel of ["platform", "hybrid"] as const) expect(ids({ channel })).toContain("ck-strategy-platform-rule-response");
		expect(ids({ channel: "independent-site" })).not.toContain("ck-strategy-platform-rule-response");
	});

	it("should move every plan from extensive expansion to 精细化运营", () => {
		expect(item("ck-marketing-cac-tracking")).toMatchObject({ when: "always" });
		expect(item("ck-marketing-cac-tracking").zh).toContain("精细化运营");
		expect(item("ck-marketing-cac-tracking").en).toContain("refined operations");
	});

	it("should give every plan fulfilment integration and the IP, tax and privacy thresholds", () => {
		for (const p of everyProfile()) {
			expect(ids(p)).toEqual(expect.arrayContaining(["ck-tech-fulfilment-integration", "ck-compliance-ip-search", "ck-compliance-vat-registration", "ck-compliance-data-privacy"]));
		}
	});
});

describe("§3.1 lower thresholds: data-led market choice among three paths", () => {
	it("should give every plan data-led market selection and a choice among the three paths", () => {
		for (const p of [{}, ...everyProfile()]) {
			expect(ids(p)).toEqual(expect.arrayContaining(["ck-strategy-market-scoring", "ck-strategy-demand-layers", "ck-strategy-high-demand-low-competition", "ck-strategy-path-choice"]));
		}
	});

	it("should name the paths as §3.1 does, in the path item and on the channel field", () => {
		expect(item("ck-strategy-path-choice").zh).toMatch(/平台依赖.*独立站主导.*混合模式/);
		expect(CHANNELS.map((c) => t("zh", `channel.${c}`))).toEqual(["平台依赖", "独立站主导", "混合模式"]);
	});

	it("should report the pilot-zone finding (investment efficiency, financing constraints), not promise a grant", () => {
		const pilot = item("ck-strategy-pilot-zone-policy");
		expect(pilot.zh).toMatch(/投资效率.*融资约束/);
		expect(pilot.en).toMatch(/investment efficiency.*financing constraints/);
		expect(pilot.en).not.toMatch(/apply for|support/i);
		expect(pilot.zh).not.toMatch(/申请|支持/);
	});
});

describe("§3.2 digital empowerment: data middle platform, connected systems, real-time visibility and 动态调度", () => {
	it("should give large and medium firms the data middle platform, IoT visibility with dynamic scheduling, smart service and the end-to-end loop", () => {
		for (const size of LARGE) {
			expect(ids({ size })).toEqual(expect.arrayContaining(["ck-tech-data-platform", "ck-tech-iot-supply-visibility", "ck-tech-smart-customer-service", "ck-tech-end-to-end-loop"]));
		}
		expect(item("ck-tech-iot-supply-visibility").zh).toContain("动态调度");
	});

	it("should give every plan real-time monitoring and alerts", () => {
		for (const p of everyProfile()) expect(ids(p)).toEqual(expect.arrayContaining(["ck-tech-realtime-dashboard", "ck-tech-anomaly-alerts"]));
	});
});

describe("§3.3 omnichannel synergy: platform as traffic entry, own site as brand base, social as interaction", () => {
	it("should close the platform–site–social loop only for plans with a site, and give platform-only sellers a platform–social loop and the single-channel risk", () => {
		for (const size of SIZES) {
			expect(ids({ size, channel: "platform" }), size).not.toContain("ck-marketing-omnichannel-loop");
			expect(ids({ size, channel: "platform" }), size).toContain("ck-marketing-platform-social-loop");
			for (const channel of ["independent-site", "hybrid"] as const) {
				expect(ids({ size, channel }), `${size} ${channel}`).toContain("ck-marketing-omnichannel-loop");
				expect(ids({ size, channel }), `${size} ${channel}`).not.toContain("ck-marketing-platform-social-loop");
			}
		}
	});

	it("should give the site's brand-base role only to plans with a site, the platform's traffic role only to plans on a platform", () => {
		expect(ids({ channel: "platform" })).not.toContain("ck-marketing-site-user-data");
		expect(ids({ channel: "independent-site" })).not.toContain("ck-marketing-platform-traffic-entry");
		expect(ids({ channel: "hybrid" })).toEqual(expect.arrayContaining(["ck-marketing-site-user-data", "ck-marketing-platform-traffic-entry"]));
	});
});

describe("§3.4 institution building: IP search before entry, registration and patents during operations", () => {
	it("should search before entry and register trademarks in the course of operating", () => {
		expect(item("ck-compliance-ip-search").en).toContain("before entering");
		expect(item("ck-compliance-trademark").zh).toContain("经营过程中");
		expect(item("ck-compliance-trademark").en).toContain("in the course of operating");
		expect(item("ck-compliance-trademark").en).not.toContain("before listing");
	});

	it("should file patents for own R&D, never for a trading firm (§4.2 frames its IP risk as infringing others)", () => {
		for (const p of everyProfile()) {
			const got = ids(p);
			if (p?.industry === "trading") expect(got, JSON.stringify(p)).not.toContain("ck-compliance-patent-layout");
			else expect(got, JSON.stringify(p)).toContain("ck-compliance-patent-layout");
		}
		expect(item("ck-compliance-patent-layout").zh).toContain("自有研发");
	});

	it("should give every plan tax, consumer-protection and privacy compliance", () => {
		for (const p of everyProfile()) {
			expect(ids(p)).toEqual(expect.arrayContaining(["ck-compliance-customs-duties", "ck-compliance-income-tax", "ck-compliance-consumer-protection", "ck-compliance-function-owner"]));
		}
	});
});

describe("§4.1 by size: large and medium build and connect, small and micro use the platform", () => {
	it("should give micro and large firms technology lists that differ by at least 4 items at fixed industry, markets and channel", () => {
		for (const industry of INDUSTRIES) {
			for (const channel of CHANNELS) {
				for (const markets of MARKET_SETS) {
					const micro = inDimension({ size: "micro", industry, channel, markets }, "technology");
					const large = inDimension({ size: "large", industry, channel, markets }, "technology");
					const differ = [...micro.filter((i) => !large.includes(i)), ...large.filter((i) => !micro.includes(i))];
					expect(differ.length, `${industry} ${channel} ${markets.join(",")}`).toBeGreaterThanOrEqual(4);
				}
			}
		}
	});

	it("should give large and medium firms a global data platform with joined-up systems, and small and micro firms the platform's infrastructure and lightweight tools", () => {
		for (const size of LARGE) {
			const got = ids({ size, channel: "hybrid" });
			expect(got).toEqual(expect.arrayContaining(["ck-tech-global-data-platform", "ck-tech-end-to-end-loop"]));
			expect(got).not.toEqual(expect.arrayContaining(["ck-tech-lightweight-tools"]));
			expect(got).not.toContain("ck-tech-platform-infrastructure");
		}
		for (const size of SMALL) {
			const got = ids({ size, channel: "hybrid" });
			expect(got).toEqual(expect.arrayContaining(["ck-tech-platform-infrastructure", "ck-tech-lightweight-tools"]));
		}
	});

	it("should never tell a small or micro firm to build a data middle platform or IoT tracking", () => {
		for (const p of everyProfile().filter((x) => SMALL.includes(x?.size as CompanySize))) {
			for (const a of applicable(p)) expect(a.item.zh, `${a.item.id} for ${JSON.stringify(p)}`).not.toMatch(/数据中台|物联网/);
		}
	});

	it("should not tell a small independent-site seller to go platform-first, and ask it to reassess its path against §4.1", () => {
		for (const size of SMALL) {
			for (const channel of ["independent-site", "hybrid"] as const) {
				const got = ids({ size, channel });
				expect(got, `${size} ${channel}`).not.toContain("ck-strategy-platform-first");
				expect(got, `${size} ${channel}`).toContain("ck-strategy-path-reassess-small");
			}
			expect(ids({ size, channel: "independent-site" })).not.toContain("ck-tech-platform-infrastructure");
			expect(ids({ size, channel: "platform" })).toEqual(expect.arrayContaining(["ck-strategy-platform-first", "ck-tech-platform-infrastructure"]));
			expect(ids({ size, channel: "platform" })).not.toContain("ck-strategy-path-reassess-small");
		}
	});

	it("should not push the hybrid model on a platform-only or independent-site-only large firm (the paper says may), and ask it to reassess against §4.1", () => {
		for (const size of LARGE) {
			for (const channel of ["platform", "independent-site"] as const) {
				const got = ids({ size, channel });
				expect(got, `${size} ${channel}`).not.toContain("ck-strategy-hybrid-model");
				expect(got, `${size} ${channel}`).not.toContain("ck-strategy-reduce-platform-dependence");
				expect(got, `${size} ${channel}`).toContain("ck-strategy-path-reassess-large");
			}
			expect(ids({ size, channel: "hybrid" })).toEqual(expect.arrayContaining(["ck-strategy-hybrid-model", "ck-strategy-reduce-platform-dependence"]));
			expect(ids({ size, channel: "hybrid" })).not.toContain("ck-strategy-path-reassess-large");
		}
		expect(item("ck-strategy-path-reassess-large").en).toContain("may adopt a hybrid");
	});

	it("should word government support as what government can offer, which §4.1 addresses to government", () => {
		expect(item("ck-strategy-government-support").zh).toContain("政府是否提供");
		expect(item("ck-strategy-government-support").en).toMatch(/whether government offers/);
	});

	it("should have small and micro firms build 差异化认知 through content", () => {
		for (const size of SMALL) expect(ids({ size })).toContain("ck-marketing-content-differentiation");
		expect(item("ck-marketing-content-differentiation").zh).toContain("差异化认知");
	});
});

describe("§4.2 by industry: manufacturers go direct and digitize supply, traders become service traders", () => {
	it("should condition every §4.2 implication on industry", () => {
		expect(citing("§4.2").length).toBeGreaterThanOrEqual(8);
		for (const i of citing("§4.2")) expect(i.condition.some((c) => c.key === "industry" && !c.not), i.id).toBe(true);
	});

	it("should give manufacturers 去中间化 and the 供应链数字化 loop of forecasting, flexible production and fast delivery, and traders none of it", () => {
		const loop = ["ck-strategy-direct-to-consumer", "ck-tech-demand-forecasting", "ck-tech-flexible-production", "ck-tech-fast-delivery-loop"];
		expect(ids({ industry: "manufacturing" })).toEqual(expect.arrayContaining(loop));
		for (const id of loop) expect(ids({ industry: "trading" })).not.toContain(id);
		expect(item("ck-strategy-direct-to-consumer").zh).toContain("去中间化");
		expect(item("ck-tech-fast-delivery-loop").zh).toContain("供应链数字化");
	});

	it("should give traders the service catalogue, upstream integration, multi-platform distribution and the selection review, and manufacturers none of it", () => {
		const trader = ["ck-strategy-service-trader", "ck-tech-upstream-supply", "ck-strategy-multi-platform-distribution", "ck-compliance-selection-ip-review"];
		expect(ids({ industry: "trading" })).toEqual(expect.arrayContaining(trader));
		for (const id of trader) expect(ids({ industry: "manufacturing" })).not.toContain(id);
	});

	it("should not ask a manufacturer without a site to showcase on its own site, and ask it to reassess against §4.2", () => {
		expect(ids({ industry: "manufacturing", channel: "platform" })).not.toContain("ck-marketing-manufacturing-showcase");
		expect(ids({ industry: "manufacturing", channel: "platform" })).toContain("ck-strategy-manufacturer-site-reassess");
		for (const channel of ["independent-site", "hybrid"] as const) {
			expect(ids({ industry: "manufacturing", channel })).toContain("ck-marketing-manufacturing-showcase");
			expect(ids({ industry: "manufacturing", channel })).not.toContain("ck-strategy-manufacturer-site-reassess");
		}
	});
});

describe("§4.3 by market: developed markets want brand, sustainability and strict compliance; emerging ones agility and bound partners", () => {
	it("should give developed markets the brand story with 可持续理念, certification and environmental standards, and a 本地化运营团队", () => {
		const developed = ["ck-marketing-brand-story-sustainability", "ck-compliance-certification-environment", "ck-strategy-local-team-or-provider"];
		expect(ids({ markets: ["US"] })).toEqual(expect.arrayContaining(developed));
		for (const id of developed) expect(ids({ markets: ["VN"] })).not.toContain(id);
		expect(item("ck-marketing-brand-story-sustainability").zh).toContain("可持续理念");
		expect(item("ck-strategy-local-team-or-provider").zh).toContain("本地化运营团队");
	});

	it("should define 敏捷试错 as fast product iteration on platform data, with 深度绑定 local logistics and payment partners and a policy watch", () => {
		const emerging = ["ck-tech-rapid-iteration", "ck-tech-local-logistics-payment", "ck-compliance-emerging-policy-watch"];
		expect(ids({ markets: ["VN"] })).toEqual(expect.arrayContaining(emerging));
		for (const id of emerging) expect(ids({ markets: ["US"] })).not.toContain(id);
		expect(item("ck-tech-rapid-iteration").zh).toMatch(/敏捷试错.*平台数据.*迭代产品/);
		expect(item("ck-tech-local-logistics-payment").zh).toContain("深度绑定");
		expect(library.items.some((i) => /止损/.test(i.zh) || /stop-loss/i.test(i.en))).toBe(false);
	});

	it("should name, on a plan in both kinds of market, the markets each item is for", () => {
		const named = Object.fromEntries(applicable({ markets: ["DE", "VN"] }).map((a) => [a.item.id, a.markets]));
		expect(named["ck-compliance-certification-environment"]).toEqual(["DE"]);
		expect(named["ck-tech-rapid-iteration"]).toEqual(["VN"]);
		expect(named["ck-compliance-gdpr"]).toEqual(["DE"]);
	});
});

describe("§5 conclusion: a dynamic management system, and its tensions", () => {
	const FOR_EVERYONE = [
		"ck-tech-core-driver", "ck-strategy-ecosystem-collaboration", "ck-strategy-focus-resilience-sensitivity", "ck-tech-flexibility-cost-balance",
		"ck-marketing-precision-culture", "ck-marketing-scenario-content", "ck-compliance-embedded-at-source", "ck-compliance-agility-guardrails",
	];

	it("should give every plan the management system and the three tensions", () => {
		for (const p of [{}, ...everyProfile()]) expect(ids(p)).toEqual(expect.arrayContaining(FOR_EVERYONE));
	});

	it("should say it in the paper's terms", () => {
		expect(item("ck-tech-core-driver").zh).toMatch(/辅助支撑.*核心驱动/);
		expect(item("ck-strategy-ecosystem-collaboration").zh).toMatch(/生态协同.*纽带/);
		expect(item("ck-strategy-focus-resilience-sensitivity").zh).toMatch(/战略定力.*组织韧性.*制度敏感性/);
		expect(item("ck-marketing-precision-culture").zh).toMatch(/精准化.*文化适应性/);
		expect(item("ck-marketing-scenario-content").zh).toContain("本地化共情");
	});
});

describe("every item, whatever its section", () => {
	it("should cite only sections of the paper, and every section with implications", () => {
		const sections = PAPER_SECTIONS.map((s) => s.id);
		for (const i of library.items) for (const s of i.sources) expect(sections, `${i.id} ${s}`).toContain(s);
		for (const s of sections) expect(citing(s).length, s).toBeGreaterThan(0);
	});

	/** The paper's terms and the English each is rendered by, wherever an item uses the term. */
	const GLOSSARY: readonly (readonly [string, RegExp])[] = [
		["去中间化", /cut out the middlemen/], ["深度绑定", /Bind closely/i], ["本地化运营团队", /localized operations team/],
		["可持续理念", /sustainability commitment/], ["精细化运营", /refined operations/], ["本地化共情", /local empathy/],
		["差异化认知", /differentiated perception/], ["供应链数字化", /Digitize the supply chain/i], ["敏捷试错", /agile trial-and-error/],
		["私域流量", /private traffic/], ["动态调度", /dynamically/], ["平台优先", /platform-first/], ["混合模式", /hybrid/],
		["战略定力", /strategic focus/], ["组织韧性", /organizational resilience/], ["制度敏感性", /institutional sensitivity/],
		["综合试点区", /comprehensive pilot zone/], ["生态协同", /ecosystem collaboration/],
	];

	it("should say the same in Chinese and English: the paper's terms, section references and no Chinese in the English", () => {
		for (const i of library.items) {
			expect(i.en, i.id).not.toMatch(/[\u4e00-\u9fff]/);
			for (const [term, english] of GLOSSARY) if (i.zh.includes(term)) expect(i.en, `${i.id}: ${term}`).toMatch(english);
			const refs = (s: string) => (s.match(/§\d(\.\d)?/g) ?? []).sort();
			expect(refs(i.en), i.id).toEqual(refs(i.zh));
		}
	});

	it("should say VAT registration and private traffic the same way in both languages", () => {
		expect(item("ck-compliance-vat-registration").zh).toContain("在需要的目标市场");
		expect(item("ck-compliance-vat-registration").en).toContain("that requires it");
		expect(item("ck-marketing-private-traffic").en).not.toContain("within platform rules");
	});

	it("should tell no platform-only seller to work through its own site, except to reassess or compare paths", () => {
		for (const p of everyProfile().filter((x) => x?.channel === "platform")) {
			for (const a of applicable(p)) {
				if (a.item.id === "ck-strategy-path-choice" || a.item.zh.startsWith("对照 §")) continue;
				expect(a.item.zh, `${a.item.id} for ${JSON.stringify(p)}`).not.toContain("独立站");
			}
		}
	});

	it("should ask to reassess only where the profile departs from the section's default", () => {
		const reassess = library.items.filter((i) => i.zh.startsWith("对照 §"));
		expect(reassess.map((i) => i.id).sort()).toEqual(["ck-strategy-manufacturer-site-reassess", "ck-strategy-path-reassess-large", "ck-strategy-path-reassess-small"]);
		for (const i of reassess) {
			expect(i.en, i.id).toMatch(/^Reassess your path against §4\.[12]/);
			expect(i.condition.some((c) => c.key === "channel" && !c.not), i.id).toBe(true);
		}
	});
});
