import { describe, expect, it } from "vitest";
import { groupMembers, marketGroup, marketsOverlap } from "../../../src/core/plan/market-groups.js";
import { classifyMarket } from "../../../src/core/plan/index.js";

describe("blocs as their members", () => {
	it("should list the EU's 27 member states, without the United Kingdom", () => {
		expect(groupMembers("EU")).toHaveLength(27);
		expect(groupMembers("EU")).toEqual(expect.arrayContaining(["DE", "FR", "PL", "IE", "HR", "BG", "RO", "CY", "MT"]));
		expect(groupMembers("EU")).not.toContain("GB");
	});

	it("should list ASEAN's members, Timor-Leste included, and RCEP's 15 parties, Timor-Leste not", () => {
		expect(groupMembers("ASEAN")).toHaveLength(11);
		expect(groupMembers("RCEP")).toHaveLength(15);
		expect(groupMembers("RCEP")).toEqual(expect.arrayContaining(["CN", "JP", "KR", "AU", "NZ", "VN", "MM"]));
		expect(groupMembers("RCEP")).not.toContain("TL");
		expect(groupMembers("ASEAN").filter((c) => !groupMembers("RCEP").includes(c))).toEqual(["TL"]);
	});

	it("should know every member as a market with its developed or emerging type", () => {
		for (const group of ["EU", "ASEAN", "RCEP"]) {
			for (const code of groupMembers(group)) expect(classifyMarket(code).known, `${group} ${code}`).toBe(true);
		}
	});

	it.each([
		["EU", "EU"], ["欧盟", "EU"], ["European Union", "EU"], ["asean", "ASEAN"], ["东盟", "ASEAN"], ["RCEP", "RCEP"], ["Europe", null], ["DE", null],
	])("should read %s as the bloc %s", (written, group) => {
		expect(marketGroup(written)).toBe(group);
	});

	it.each([
		["DE", "EU", true], ["PL", "EU", true], ["EU", "EU", true], ["Europe", "EU", true], ["GB", "EU", false], ["US", "EU", false],
		["VN", "RCEP", true], ["JP", "RCEP", true], ["Southeast Asia", "RCEP", true], ["TL", "RCEP", false], ["IN", "RCEP", false],
		["Southeast Asia", "TH", true], ["Southeast Asia", "ASEAN", true], ["TH", "Southeast Asia", true], ["Southeast Asia", "EU", false],
		["EU", "DE", true], ["Europe", "FR", true], ["North America", "US", false], ["Latin America", "Latin America", true], ["US", "US", true],
	])("should say whether a plan in %s may sell where %s is", (plan, condition, overlap) => {
		expect(marketsOverlap(plan, condition)).toBe(overlap);
	});
});
