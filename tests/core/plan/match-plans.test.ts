import { describe, expect, it } from "vitest";
import { indexVault, matchPlans } from "../../../src/core/plan/index.js";

const plan = (company: string) => `---\nintl-plan: 1\ncompany: ${company}\n---\n`;
const { plans } = indexVault([
	{ path: "Plans/恒泰制造 国际化规划.md", text: plan("恒泰制造 Hengtai Manufacturing") },
	{ path: "Plans/灵犀贸易 国际化规划.md", text: plan("灵犀贸易 Lingxi Trading") },
	{ path: "Archive/Acme plan.md", text: plan("Acme") },
	{ path: "Archive/Acme plan 2.md", text: plan("Acme Two") },
]);
const paths = (wanted: string) => matchPlans(plans, wanted).map((p) => p.path);

describe("Which plans a name refers to (both command lines)", () => {
	it.each([
		["its path", "Plans/恒泰制造 国际化规划.md", "Plans/恒泰制造 国际化规划.md"],
		["its path without .md, in another case, with backslashes", "archive\\ACME PLAN", "Archive/Acme plan.md"],
		["its file name", "灵犀贸易 国际化规划", "Plans/灵犀贸易 国际化规划.md"],
		["its company", "acme two", "Archive/Acme plan 2.md"],
		["part of its company", "Hengtai", "Plans/恒泰制造 国际化规划.md"],
		["part of its path", "灵犀", "Plans/灵犀贸易 国际化规划.md"],
	])("should find a plan by %s", (_how, wanted, path) => {
		expect(paths(wanted)).toEqual([path]);
	});

	it("should prefer an exact file name to names that merely hold it", () => {
		expect(paths("Acme plan")).toEqual(["Archive/Acme plan.md"]);
	});

	it("should give every plan a partial name fits, and none for no match or an empty name", () => {
		expect(paths("国际化规划")).toEqual(["Plans/恒泰制造 国际化规划.md", "Plans/灵犀贸易 国际化规划.md"]);
		expect(paths("Globex")).toEqual([]);
		expect(paths("  ")).toEqual([]);
	});
});
