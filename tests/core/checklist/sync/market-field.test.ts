/** A market item's [market:: …] follows the plan's markets (issue: a plan that adds DE kept [market:: SG]). */
import { describe, expect, it } from "vitest";
import { BUILTIN_LIBRARY, DEFAULT_CONFIG, readLibrary, syncPlanText } from "../../../../src/core/index.js";

const library = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG);
const LINE = "- [/] Obtain required product certifications and meet environmental standards before selling in developed markets";
const plan = (markets: string, field: string): string =>
	`---\nintl-plan: 1\ncompany: A\nmarkets: [${markets}]\nlang: en\n---\n# A\n\n## 风险合规 Risk & compliance\n\n${LINE} ${field}[owner:: Anna] [source:: §4.3] ^ck-compliance-certification-environment\n`;
const lineOf = (text: string): string => text.split("\n").find((l) => l.endsWith("^ck-compliance-certification-environment")) ?? "";
const sync = (text: string) => {
	const r = syncPlanText(library, text, "2026-06-01", { config: DEFAULT_CONFIG, defaultLang: "en" });
	if (r.kind !== "synced") throw new Error(r.kind);
	return r;
};

describe("the market field of a market item, in step with the profile", () => {
	it("should follow a plan that adds a developed market, changing only the field's value", () => {
		const r = sync(plan("SG, DE, VN", "[market:: SG] "));
		expect(lineOf(r.after)).toBe(`${LINE} [market:: SG, DE] [owner:: Anna] [source:: §4.3] ^ck-compliance-certification-environment`);
		expect(r.report.rewordings).toContain("ck-compliance-certification-environment");
		expect(r.report.unchanged).toBe(false);
	});

	it("should write the same line for every teammate whatever the field said before, and then be in step", () => {
		const a = sync(plan("SG, DE, VN", "[market:: SG] "));
		const b = sync(plan("SG, DE, VN", "[market:: de, sg] "));
		expect(lineOf(a.after)).toBe(lineOf(b.after));
		expect(sync(a.after).report.unchanged).toBe(true);
	});

	it("should add the field to a market item that lacks it, before the source, when the item is for some markets only", () => {
		const r = sync(plan("SG, VN", ""));
		expect(lineOf(r.after)).toBe(`${LINE} [owner:: Anna] [market:: SG] [source:: §4.3] ^ck-compliance-certification-environment`);
	});

	it("should leave an item without a market condition as it is", () => {
		const text = `---\nintl-plan: 1\ncompany: A\nmarkets: [SG, DE]\nlang: en\n---\n# A\n\n## 风险合规 Risk & compliance\n\n- [ ] Keep a register of each market's laws, regulators and business customs and update it regularly [market:: DE] [source:: §3.4, §5] ^ck-compliance-market-rules-register\n`;
		expect(sync(text).after).toContain("[market:: DE] [source:: §3.4, §5] ^ck-compliance-market-rules-register");
	});
});
