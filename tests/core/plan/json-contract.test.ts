import { describe, expect, it } from "vitest";
import { CONTRACT_VERSION, indexVault, toJson } from "../../../src/core/plan/index.js";
import { md } from "../../support/markdown.js";

const files = [
	{
		path: "Plans/B/B plan.md",
		text: md`
			---
			intl-plan: 1
			company: 灵犀贸易
			size: 小型
			industry: 贸易型
			channel: 平台
			platforms: [Shopee]
			markets: [SG, 东南亚]
			owner: 陈思远
			horizon: 2027/6/30
			lang: zh
			---
			## 风险合规
			- [ ] 注册商标 [负责人:: 林晓] 📅 2027-01-31 ⏫ ^ck-compliance-trademark
		`,
	},
	{ path: "Plans/B/a.md", text: "## Strategy\n- [x] later line ✅ 2026-10-15\n\n- [/] 确定首发市场 (截止:: 2026/12/5) 🔺" },
	{ path: "Plans/A plan.md", text: "---\nintl-plan: 1\nsize: huge\n---\n" },
	{ path: "Inbox/x.md", text: '---\nplan: "[[Nowhere]]"\n---\n- [ ] loose #intl/tech 🔽' },
	{ path: "Plans/B/minutes.md", text: "# Minutes\n\n- [ ] book the room [owner:: 赵敏]\n" },
];
const json = toJson(indexVault(files)) as {
	version: number;
	plans: Record<string, unknown>[];
	items: Record<string, unknown>[];
	unsorted: Record<string, unknown>[];
	problems: Record<string, unknown>[];
};

describe("JSON contract (version 1): the shape `intl-plan index --json` prints", () => {
	it("should hold version, plans, items, unsorted and problems, and nothing else", () => {
		expect(Object.keys(json)).toEqual(["version", "plans", "items", "unsorted", "problems"]);
		expect(json.version).toBe(CONTRACT_VERSION);
		expect(CONTRACT_VERSION).toBe(1);
	});

	it("should give each plan exactly path, title and profile", () => {
		const plan = json.plans.find((p) => p.path === "Plans/B/B plan.md");
		expect(Object.keys(plan ?? {})).toEqual(["path", "title", "profile"]);
		expect(plan).toEqual({
			path: "Plans/B/B plan.md",
			title: "B plan",
			profile: {
				company: "灵犀贸易",
				size: "small",
				industry: "trading",
				channel: "platform",
				platforms: ["Shopee"],
				markets: [
					{ code: "SG", type: "developed" },
					{ code: "Southeast Asia", type: "emerging" },
				],
				owner: "陈思远",
				horizon: "2027-06-30",
				lang: "zh",
				entries: [],
			},
		});
	});

	it("should give each item exactly the contract's keys", () => {
		for (const item of json.items) {
			expect(Object.keys(item)).toEqual(["path", "line", "dimension", "kind", "status", "text", "fields", "tags", "blockId", "plan"]);
		}
	});

	it("should sort items by path, then line", () => {
		expect(json.items.map((i) => `${String(i.path)}:${String(i.line)}`)).toEqual([
			"Inbox/x.md:4",
			"Plans/B/B plan.md:14",
			"Plans/B/a.md:2",
			"Plans/B/a.md:4",
		]);
	});

	it("should write dates as ISO and priorities as words", () => {
		expect(json.items.map((i) => i.fields)).toEqual([
			{ priority: "low" },
			{ owner: "林晓", due: "2027-01-31", priority: "high" },
			{ done: "2026-10-15" },
			{ due: "2026-12-05", priority: "highest" },
		]);
	});

	it("should write a full item", () => {
		expect(json.items[1]).toEqual({
			path: "Plans/B/B plan.md",
			line: 14,
			dimension: "compliance",
			kind: "task",
			status: "open",
			text: "注册商标",
			fields: { owner: "林晓", due: "2027-01-31", priority: "high" },
			tags: [],
			blockId: "ck-compliance-trademark",
			plan: "Plans/B/B plan.md",
		});
	});

	it("should give each problem path, line, code and a message in the chosen language", () => {
		expect(json.problems.map((p) => Object.keys(p))).toEqual([
			["path", "line", "code", "message"],
			["path", "line", "code", "message"],
			["path", "line", "code", "message"],
		]);
		expect(json.problems.map((p) => [p.path, p.line, p.code])).toEqual([
			["Inbox/x.md", 2, "plan-link-unresolved"],
			["Plans/A plan.md", 3, "profile-size"],
			["Plans/B/minutes.md", 3, "tasks-no-dimension"],
		]);
		expect(json.problems[0]?.message).toBe("plan: [[Nowhere]] does not lead to any note.");
		const zh = toJson(indexVault(files), "zh") as typeof json;
		expect(zh.problems[0]?.message).toBe("plan: [[Nowhere]] 没有指向任何笔记。");
	});

	it("should list a plan's tasks with no dimension under unsorted: an item's keys without dimension", () => {
		expect(json.unsorted).toEqual([
			{ path: "Plans/B/minutes.md", line: 3, kind: "task", status: "open", text: "book the room", fields: { owner: "赵敏" }, tags: [], blockId: null, plan: "Plans/B/B plan.md" },
		]);
	});

	it("should survive a JSON round trip unchanged", () => {
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});
});
