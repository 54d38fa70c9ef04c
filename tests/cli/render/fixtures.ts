/** Fake quadrants for the renderer's tests: built directly, no vault involved. */
import type { Lang } from "../../../src/core/i18n/index.js";
import type { Dimension } from "../../../src/core/plan/dimensions.js";
import type { Item, ItemKind, Status } from "../../../src/core/plan/items.js";
import type { Profile } from "../../../src/core/plan/profile.js";
import { countStatuses, type Quadrant } from "../../../src/core/plan/quadrants.js";
import type { ShowInput } from "../../../src/cli/render/quadrant-grid.js";

let nextLine = 1;

export function item(
	dimension: Dimension,
	text: string,
	opts: { status?: Status | null; kind?: ItemKind; fields?: Record<string, string>; path?: string } = {},
): Item {
	const kind = opts.kind ?? "task";
	const status = kind === "task" ? (opts.status === undefined ? "open" : opts.status) : null;
	const statusChar = status === null ? null : { open: " ", "in-progress": "/", done: "x", cancelled: "-" }[status];
	return {
		path: opts.path ?? "Plans/Acme.md",
		line: nextLine++,
		dimension,
		kind,
		status,
		statusChar,
		text,
		fields: opts.fields ?? {},
		tags: [],
		blockId: null,
		parentLine: null,
		plan: "Plans/Acme.md",
	};
}

export function quadrant(dimension: Dimension, items: readonly Item[]): Quadrant {
	const counts = countStatuses(items);
	return { dimension, items, counts, total: counts.open + counts["in-progress"] + counts.done, done: counts.done };
}

export const profile: Profile = {
	company: "Acme Tools Co.",
	size: "medium",
	industry: "manufacturing",
	channel: "hybrid",
	platforms: ["Amazon", "Shopee"],
	markets: [
		{ code: "US", type: "developed" },
		{ code: "DE", type: "developed" },
		{ code: "VN", type: "emerging" },
	],
	owner: "Li Ming",
	horizon: "2026-12-31",
	lang: "both",
	entries: [],
};

export const TODAY = "2026-03-15";

/** A plan with something in every state: done, overdue, long text, Chinese, an empty quadrant. */
export function samplePlan(lang: Lang): ShowInput {
	const zh = lang === "zh";
	const strategy = [
		item("strategy", zh ? "确定首批目标市场（美国、德国）" : "Pick the first target markets", {
			status: "in-progress",
			fields: { owner: zh ? "李明" : "Li Ming", due: "2026-03-01", market: "US, DE" },
		}),
		item("strategy", zh ? "评估东南亚平台入驻成本" : "Estimate marketplace fees in Southeast Asia", {
			fields: { due: "2026-05-20", priority: "high", market: "Southeast Asia" },
		}),
		item("strategy", zh ? "完成出海可行性报告" : "Write the feasibility report", { status: "done" }),
		item("strategy", zh ? "放弃：自建海外仓" : "Own overseas warehouse", { status: "cancelled" }),
		item("strategy", zh ? "渠道组合：平台 + 独立站" : "Channel mix: platform + own site", { kind: "initiative" }),
	];
	const technology = [
		item("technology", zh ? "上线多语言独立站（Shopify）" : "Launch the multilingual Shopify site", {
			fields: { owner: zh ? "王芳" : "Wang Fang", due: "2026-06-30", priority: "highest" },
		}),
		item("technology", zh ? "接入 ERP 与物流追踪接口" : "Connect the ERP to carrier tracking APIs", { status: "in-progress" }),
		item("technology", "Docs: https://example.com/a/very/long/path/without/any/spaces/at/all/index.html", {}),
		item("technology", zh ? "数据看板" : "Data dashboard", { status: "done" }),
	];
	const marketing = Array.from({ length: 11 }, (_, i) =>
		item("marketing", zh ? `TikTok 达人合作第 ${i + 1} 批` : `TikTok creator batch ${i + 1}`, {
			fields: i % 3 === 0 ? { due: "2027-01-10" } : {},
		}),
	);
	return {
		title: zh ? "Acme 出海规划 2026" : "Acme go-global plan 2026",
		profile,
		quadrants: [quadrant("strategy", strategy), quadrant("technology", technology), quadrant("marketing", marketing), quadrant("compliance", [])],
		today: TODAY,
	};
}
