import { describe, expect, it } from "vitest";
import { applicableItems, byDimension } from "../../../src/core/checklist/index.js";
import { library, profile } from "./support.js";

const ids = (p: Parameters<typeof profile>[0]) => applicableItems(library, profile(p)).map((a) => a.item.id);

/** The differentiated paths of §4.1–§4.3, as the item each one must (or must not) bring. */
const SIZE = { large: "ck-tech-global-data-platform", small: "ck-tech-lightweight-tools" } as const;
const INDUSTRY = { manufacturing: "ck-tech-demand-forecasting", trading: "ck-strategy-service-trader" } as const;
const MARKET = { developed: "ck-compliance-certification-environment", emerging: "ck-tech-rapid-iteration" } as const;
const MARKETS = { developed: ["DE"], emerging: ["VN"] } as const;

describe("applicability over the 2×2×2 profiles of §4", () => {
	for (const size of ["large", "small"] as const) {
		for (const industry of ["manufacturing", "trading"] as const) {
			for (const market of ["developed", "emerging"] as const) {
				it(`should fit a ${size} ${industry} company in ${market} markets`, () => {
					const got = ids({ size, industry, markets: MARKETS[market], channel: "hybrid" });
					const other = <T extends string>(pair: Record<T, string>, key: T) => Object.entries(pair).find(([k]) => k !== key)?.[1] as string;
					expect(got).toContain(SIZE[size]);
					expect(got).not.toContain(other(SIZE, size));
					expect(got).toContain(INDUSTRY[industry]);
					expect(got).not.toContain(other(INDUSTRY, industry));
					expect(got).toContain(MARKET[market]);
					expect(got).not.toContain(other(MARKET, market));
					expect(got).toContain("ck-strategy-market-scoring"); // `always` items come with every profile
				});
			}
		}
	}
});

describe("applicability rules", () => {
	it("should keep library order and be deterministic", () => {
		const p = { size: "medium", industry: "manufacturing", markets: ["DE", "BR"], channel: "hybrid" } as const;
		const order = library.items.map((i) => i.id);
		const got = ids(p);
		expect(got).toEqual([...got].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
		expect(ids(p)).toEqual(got);
	});

	it("should give several markets the union of their items, naming the market where only some apply", () => {
		const got = applicableItems(library, profile({ size: "small", markets: ["DE", "VN"], channel: "platform" }));
		const named = Object.fromEntries(got.map((a) => [a.item.id, a.markets]));
		expect(named["ck-tech-rapid-iteration"]).toEqual(["VN"]);
		expect(named["ck-compliance-certification-environment"]).toEqual(["DE"]);
		expect(named["ck-strategy-market-scoring"]).toBeNull();
	});

	it("should not name the market when an item applies to all of the plan's markets", () => {
		const got = applicableItems(library, profile({ markets: ["DE", "FR"] }));
		expect(got.find((a) => a.item.id === "ck-compliance-certification-environment")?.markets).toBeNull();
	});

	it("should take EU-only items for an EU plan, not for a US one", () => {
		expect(ids({ markets: ["EU"] })).toContain("ck-compliance-gdpr");
		expect(ids({ markets: ["US"] })).not.toContain("ck-compliance-gdpr");
		expect(applicableItems(library, profile({ markets: ["EU", "US"] })).find((a) => a.item.id === "ck-compliance-gdpr")?.markets).toEqual(["EU"]);
	});

	it("should leave out size-, industry- and channel-specific items when the profile does not say", () => {
		const got = ids({});
		expect(got).not.toContain(SIZE.large);
		expect(got).not.toContain(SIZE.small);
		expect(got).not.toContain("ck-strategy-platform-rule-response");
		expect(got).toContain("ck-strategy-market-scoring");
	});

	it("should group by dimension without losing or reordering items", () => {
		const all = applicableItems(library, profile({ size: "small", markets: ["SG"] }));
		const groups = byDimension(all);
		expect(Object.values(groups).flat().length).toBe(all.length);
		expect(groups.strategy.every((a) => a.item.dimension === "strategy")).toBe(true);
	});
});

describe("market conditions understand membership", () => {
	const marketsFor = (id: string, markets: readonly string[]) => applicableItems(library, profile({ markets })).find((a) => a.item.id === id);

	it.each([["DE"], ["FR"], ["PL"], ["欧洲"], ["Europe"], ["欧盟"], ["EU"], ["Germany"]])("should give a plan selling in %s the EU's GDPR and DSA items", (market) => {
		expect(ids({ markets: [market] })).toEqual(expect.arrayContaining(["ck-compliance-gdpr", "ck-compliance-eu-dsa"]));
	});

	it.each([["US"], ["GB"], ["CH"], ["VN"], ["Southeast Asia"]])("should keep the EU's items from a plan selling only in %s", (market) => {
		expect(ids({ markets: [market] })).not.toContain("ck-compliance-gdpr");
	});

	it("should name the plan's own markets an EU item is for", () => {
		expect(marketsFor("ck-compliance-gdpr", ["DE", "FR", "US"])?.markets).toEqual(["DE", "FR"]);
		expect(marketsFor("ck-compliance-gdpr", ["DE", "FR"])?.markets).toBeNull();
		expect(marketsFor("ck-compliance-gdpr", ["Europe", "US"])?.markets).toEqual(["Europe"]);
	});
});
