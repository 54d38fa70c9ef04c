import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applicableItems, createPlanNote, PLAN_TEMPLATE, setFrontmatterValues, TEMPLATES, type NewPlan } from "../../../src/core/checklist/index.js";
import { parseNote } from "../../../src/core/parse/index.js";
import { DEFAULT_CONFIG, dimensionMatcher, indexVault, readProfile } from "../../../src/core/plan/index.js";
import { library } from "./support.js";

const plan: NewPlan = {
	company: "恒泰制造 Hengtai: \"Tools\" #1",
	size: "medium",
	industry: "manufacturing",
	markets: ["DE", "US", "BR"],
	channel: "hybrid",
	platforms: ["Amazon", "Shopify"],
	owner: "王芳",
	horizon: "2027-06-30",
	lang: "both",
};
const context = { title: "恒泰制造 国际化规划", date: "2026-11-25" };

describe("creating a plan note", () => {
	const created = createPlanNote(PLAN_TEMPLATE, plan, library, DEFAULT_CONFIG, context);

	it("should read back as the profile that was entered", () => {
		const fm = parseNote(created.text).frontmatter;
		expect(fm?.valid).toBe(true);
		const { profile, problems } = readProfile(fm!, DEFAULT_CONFIG);
		expect(problems).toEqual([]);
		expect(profile).toEqual({
			company: plan.company,
			size: "medium",
			industry: "manufacturing",
			channel: "hybrid",
			platforms: ["Amazon", "Shopify"],
			markets: [
				{ code: "DE", type: "developed" },
				{ code: "US", type: "developed" },
				{ code: "BR", type: "emerging" },
			],
			owner: "王芳",
			horizon: "2027-06-30",
			lang: "both",
			entries: [],
		});
	});

	it("should hold exactly the applicable items, as open tasks of the right dimension", () => {
		const wanted = applicableItems(library, created.profile);
		expect(created.added).toBe(wanted.length);
		const index = indexVault([{ path: "Plans/p.md", text: created.text }]);
		const byId = new Map(index.items.filter((i) => i.blockId).map((i) => [i.blockId, i]));
		for (const a of wanted) expect(byId.get(a.item.id), a.item.id).toMatchObject({ dimension: a.item.dimension, status: "open", kind: "task" });
		expect(byId.size).toBe(wanted.length);
		expect(index.plans.map((p) => p.path)).toEqual(["Plans/p.md"]);
	});

	it("should fill the title and date placeholders and keep the template's comments", () => {
		expect(created.text).toContain("# 恒泰制造 国际化规划\n");
		expect(created.text).toContain("created: 2026-11-25\n");
		expect(created.text).not.toMatch(/\{\{/);
		expect(created.text).toMatch(/^size: medium +# large \| medium/m);
	});

	it("should read any entered profile back unchanged (property)", () => {
		const text = fc.string({ maxLength: 30 }).filter((s) => s.trim() === s && !/[\r\n\u2028\u2029]/.test(s));
		fc.assert(
			fc.property(text, text, fc.subarray(["DE", "US", "SG", "VN", "EU", "BR"], { minLength: 1 }), (company, owner, markets) => {
				const made = createPlanNote(PLAN_TEMPLATE, { ...plan, company, owner, markets }, { items: [] }, DEFAULT_CONFIG, context);
				const { profile } = readProfile(parseNote(made.text).frontmatter!, DEFAULT_CONFIG);
				expect(profile.company).toBe(company === "" ? null : company);
				expect(profile.owner).toBe(owner === "" ? null : owner);
				expect(profile.markets.map((m) => m.code)).toEqual(markets);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 150) },
		);
		// Each run parses the 10 KB plan template (~10 ms); on a busy 2-core CI machine 150 of them pass 20 s.
	}, 60_000);
});

describe("setting frontmatter values", () => {
	it("should change only the lines of the keys it sets, and add missing keys before the closing fence", () => {
		const text = "---\na: 1 # keep\nb: old\r\n---\nbody\n";
		expect(setFrontmatterValues(text, { b: "new", c: ["x", "y"] })).toBe("---\na: 1 # keep\nb: new\r\nc: [x, y]\n---\nbody\n");
	});

	it("should read a template of lone CRs line by line and keep its endings", () => {
		expect(setFrontmatterValues("---\ra: 1\rb: old\r---\rbody\r", { b: "new", c: 2 })).toBe("---\ra: 1\rb: new\rc: 2\r---\rbody\r");
	});
});

describe("the templates", () => {
	const filled = Object.entries(TEMPLATES).map(([name, text]) => [name, text.replace(/\{\{title\}\}/g, "T").replace(/\{\{date(?::[^}]*)?\}\}/g, "2026-11-25")] as const);

	it.each(filled)("%s should parse without a problem", (_name, text) => {
		const facts = parseNote(text);
		expect(facts.problems).toEqual([]);
		expect(facts.frontmatter?.valid).toBe(true);
	});

	it.each(filled)("%s should use only plain {{title}} / {{date}} placeholders, no code", (name) => {
		const raw = TEMPLATES[name] ?? "";
		expect(raw).not.toMatch(/<%|%>|```dataviewjs|```tasks/);
		for (const m of raw.matchAll(/\{\{([^}]*)\}\}/g)) expect(m[1]).toMatch(/^(title|date(:[^}]*)?)$/);
	});

	it("should give the plan template the four dimension sections, in quadrant order, each with the checklist marker", () => {
		const facts = parseNote(PLAN_TEMPLATE);
		const matcher = dimensionMatcher(DEFAULT_CONFIG);
		const dims = facts.headings.map((h) => matcher.ofHeading(h.text)).filter((d) => d !== null);
		expect(dims).toEqual(["strategy", "technology", "marketing", "compliance"]);
		expect(PLAN_TEMPLATE.match(/^%% intl-plan:checklist %%$/gm)?.length).toBe(4);
	});
});
