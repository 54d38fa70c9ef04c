/**
 * The templates as a strategist meets them: each filled the way the plugin fills it (the plan by
 * create-plan with a sample profile, a supporting note with its title, date and plan link) and read
 * back, so every task lands in the quadrant its section intends and none is left without a dimension;
 * and the worksheets the paper calls for are there, each citing the section it comes from.
 */
import { describe, expect, it } from "vitest";
import { createPlanNote, fillPlaceholders, PLAN_TEMPLATE, setFrontmatterValues, TEMPLATES, type NewPlan } from "../../../src/core/checklist/index.js";
import { parseNote, type NoteFacts } from "../../../src/core/parse/index.js";
import { DEFAULT_CONFIG, dimensionMatcher, indexVault, type Dimension } from "../../../src/core/plan/index.js";
import { library } from "./support.js";

/**
 * For each note template, the `##` sections that hold tasks and the dimension those tasks are meant
 * for; a list gives each task's dimension in order (a section that spans the quadrants).
 */
const INTENDED: Readonly<Record<string, Readonly<Record<string, Dimension | readonly Dimension[]>>>> = {
	"plan.md": {
		"战略决策 Strategy": "strategy",
		"技术赋能 Technology": "technology",
		"营销协同 Marketing": "marketing",
		"风险合规 Compliance": "compliance",
		"经营张力 Tensions": ["technology", "marketing", "compliance"],
	},
	"strategy-decision-record.md": { "任务 Tasks": "strategy" },
	"technology-capability.md": {
		"自建还是用平台 Build or use the platform": "technology",
		"需求预测 → 柔性生产 → 快速交付 Forecasting → flexible production → fast delivery": "technology",
		"里程碑 Milestones": "technology",
	},
	"marketing-campaign.md": { "任务 Tasks": "marketing" },
	"compliance-risk-register.md": { "缓解任务 Mitigation tasks": "compliance" },
	"market-entry.md": { "风险合规 Compliance": "compliance", "任务 Tasks": "strategy" },
	"trading-services.md": { "风险合规：选品审核 Compliance: selection review": "compliance", "任务 Tasks": "strategy" },
};

const PROFILES: readonly NewPlan[] = [
	{ company: "恒泰制造", size: "medium", industry: "manufacturing", markets: ["DE", "US", "BR"], channel: "hybrid", platforms: ["Amazon", "Shopify"], owner: "王芳", horizon: "2027-06-30", lang: "both" },
	{ company: "灵犀贸易", size: "micro", industry: "trading", markets: ["SG", "TH"], channel: "platform", platforms: ["Shopee"], owner: "陈思远", horizon: "", lang: "zh" },
];
const PLAN_TITLE = "国际化规划";
const DATE = "2026-11-25";

/** The template as it reads in a vault right after it was created, next to the plan it belongs to. */
function filledVault(name: string, plan: NewPlan): { path: string; files: { path: string; text: string }[] } {
	const planNote = { path: `Plans/${PLAN_TITLE}.md`, text: createPlanNote(PLAN_TEMPLATE, plan, library, DEFAULT_CONFIG, { title: PLAN_TITLE, date: DATE }).text };
	if (name === "plan.md") return { path: planNote.path, files: [planNote] };
	const text = setFrontmatterValues(fillPlaceholders(TEMPLATES[name] ?? "", { title: "Note", date: DATE }), { plan: `[[${PLAN_TITLE}]]` });
	return { path: "Plans/Note.md", files: [planNote, { path: "Plans/Note.md", text }] };
}

/** The text of the `##` heading whose section holds line `heading`, or null above the first one. */
function level2(facts: NoteFacts, heading: number | null): string | null {
	for (let h = heading; h !== null; h = facts.headings[h]?.parent ?? null) {
		const found = facts.headings[h];
		if (found?.depth === 2) return found.text;
	}
	return null;
}

/** A section's text, from its heading to the next heading of the same or a higher level. */
function section(text: string, heading: string): string {
	const facts = parseNote(text);
	const h = facts.headings.find((x) => x.text === heading);
	if (!h) throw new Error(`no heading ${heading}`);
	return text.split("\n").slice(h.line - 1, h.sectionEnd).join("\n");
}

const NOTE_TEMPLATES = Object.keys(TEMPLATES).filter((n) => n !== "checklist-library.md");

describe("every template's tasks land in the intended quadrant", () => {
	it("should say where the tasks of every note template belong", () => {
		expect(Object.keys(INTENDED).sort()).toEqual([...NOTE_TEMPLATES].sort());
	});

	describe.each(PROFILES.map((p) => [`${p.size} ${p.industry} ${p.channel}`, p] as const))("filled for a %s company", (_label, plan) => {
		it.each(NOTE_TEMPLATES)("%s: no task is left without a dimension, and each is in its section's", (name) => {
			const { path, files } = filledVault(name, plan);
			const text = files.find((f) => f.path === path)?.text ?? "";
			const facts = parseNote(text);
			const index = indexVault(files);
			expect(index.problems).toEqual([]);
			const indexed = new Map(index.items.filter((i) => i.path === path && i.kind === "task").map((i) => [i.line, i.dimension]));
			const tasks = facts.listItems.filter((i) => i.task);
			expect(tasks.length).toBeGreaterThan(0);
			expect([...indexed.keys()]).toEqual(tasks.map((t) => t.line));

			const intended = INTENDED[name] ?? {};
			const bySection = new Map<string, Dimension[]>();
			for (const task of tasks) {
				const heading = level2(facts, task.heading) ?? "(none)";
				bySection.set(heading, [...(bySection.get(heading) ?? []), indexed.get(task.line)!]);
			}
			expect([...bySection.keys()].sort()).toEqual(Object.keys(intended).sort());
			for (const [heading, dims] of bySection) {
				const want = intended[heading]!;
				expect(dims, heading).toEqual(typeof want === "string" ? dims.map(() => want) : want);
			}
		});
	});
});

describe("the plan template walks through the paper", () => {
	const matcher = dimensionMatcher(DEFAULT_CONFIG);
	const facts = parseNote(PLAN_TEMPLATE);

	it("should label the channel property with §3.1's three paths", () => {
		expect(PLAN_TEMPLATE).toMatch(/^channel: "" +# platform \| independent-site \| hybrid = §3\.1 平台依赖 \| 独立站主导 \| 混合模式$/m);
		expect(section(PLAN_TEMPLATE, "概况 Overview")).toMatch(/§3\.1[^\n]*平台依赖、独立站主导、混合模式[^\n]*§4\.1[^\n]*§4\.2[^\n]*§4\.3/);
	});

	it("should give Strategy a market-entry sequence drawn from §3.1, §3.4 and §4.3", () => {
		const h = facts.headings.find((x) => x.text === "市场进入顺序 Market-entry sequence");
		expect(h && h.parent !== null ? matcher.ofHeading(facts.headings[h.parent]!.text) : null).toBe("strategy");
		const body = section(PLAN_TEMPLATE, "市场进入顺序 Market-entry sequence");
		for (const cite of ["§3.1", "§3.4", "§4.3"]) expect(body).toContain(cite);
		expect(body).toMatch(/\| 顺序 Order \| 市场 Market \|/);
		expect(body).toContain("刚性、弹性、潜在");
	});

	it("should end with a §5 tensions worksheet naming the paper's three tensions", () => {
		const body = section(PLAN_TEMPLATE, "经营张力 Tensions");
		expect(body).toContain("§5");
		for (const tension of ["供应链的柔性化 ↔ 成本控制", "营销的精准化 ↔ 文化适应性", "组织敏捷性 ↔ 风险合规性"]) expect(body).toContain(tension);
		expect(body).toContain("战略定力、组织韧性与制度敏感性");
	});

	it("should not present the pilot-zone finding (§3.1) as a grant to apply for", () => {
		expect(section(PLAN_TEMPLATE, "概况 Overview")).toMatch(/§3\.1[^\n]*投资效率改善和融资约束缓解/);
		expect(PLAN_TEMPLATE).not.toMatch(/政策扶持|policy support/);
	});
});

describe("the supporting templates walk through the paper", () => {
	it("should describe the channel with §3.1's three paths wherever a path is chosen", () => {
		for (const name of ["plan.md", "strategy-decision-record.md", "market-entry.md"]) {
			for (const path of ["平台依赖", "独立站主导", "混合模式"]) expect(TEMPLATES[name], `${name}: ${path}`).toContain(path);
		}
	});

	it("should give the decision record's path table the §4 fit and the full / semi-managed option (§2.2)", () => {
		const body = section(TEMPLATES["strategy-decision-record.md"]!, "路径 Path");
		expect(body).toMatch(/^\| 选项 Option \|.*\| §4 契合度 Fit for us \(§4\) \|/m);
		expect(body).toMatch(/^\| 平台依赖：全托管或半托管 [^|]*\(§2\.2\) \|/m);
		for (const basis of ["规模 Size (§4.1)", "行业 Industry (§4.2)", "市场 Markets (§4.3)"]) expect(body).toContain(`| ${basis} |`);
		expect(body).toMatch(/§2\.2[^\n]*降低了企业运营复杂度[^\n]*流量成本上升、议价能力减弱/);
	});

	it("should give the risk register platform, fulfilment, institutional-volatility and cultural-distance areas", () => {
		const text = TEMPLATES["compliance-risk-register.md"]!;
		expect(section(text, "登记表 Register")).toContain("平台、履约、制度波动、文化距离");
		const check = section(text, "检查要点 What to check");
		expect(check).toMatch(/\*\*平台 Platform\*\*[^\n]*§2\.3[^\n]*§2\.2[^\n]*§3\.3/);
		expect(check).toMatch(/\*\*履约 Fulfilment\*\*[^\n]*§2\.3[^\n]*§4\.3/);
		expect(check).toMatch(/\*\*制度波动 Institutional volatility\*\*[^\n]*§4\.3[^\n]*§3\.4/);
		expect(check).toMatch(/\*\*文化距离 Cultural distance\*\*[^\n]*§3\.4/);
	});

	it("should give the technology template the §4.1 build-or-use fork and the §4.2 forecasting loop", () => {
		const text = TEMPLATES["technology-capability.md"]!;
		expect(section(text, "自建还是用平台 Build or use the platform")).toMatch(/§4\.1[^\n]*全球数据中台[^\n]*物流、支付、客服/);
		expect(section(text, "需求预测 → 柔性生产 → 快速交付 Forecasting → flexible production → fast delivery")).toMatch(/§4\.2[^\n]*需求预测、柔性生产与快速交付的闭环/);
	});

	it("should give trading firms a service catalogue and a selection review in Compliance (§4.2)", () => {
		const text = TEMPLATES["trading-services.md"]!;
		const catalogue = section(text, "服务目录 Service catalogue");
		for (const service of ["选品 Product selection", "品控 Quality control", "跨境营销 Cross-border marketing"]) expect(catalogue).toContain(`| ${service} |`);
		expect(section(text, "风险合规：选品审核 Compliance: selection review")).toMatch(/§4\.2[^\n]*严格的选品审核机制/);
		expect(section(text, "多平台分销 Multi-platform distribution")).toMatch(/§4\.2[^\n]*议价能力/);
	});
});
