/**
 * What users can change about how notes are read (plugin settings; the CLI reads the same from the
 * vault's saved plugin settings). Tags are `prefix/name` for every prefix and name, plus aliases.
 */
import type { Dimension } from "./dimensions.js";
import { vaultPath, type VaultPathRefusal } from "./vault-path.js";

export type MarketType = "developed" | "emerging";

export interface PlanConfig {
	/** `intl` and `国际化` give `#intl/strategy`, `#国际化/战略决策`, … */
	readonly tagPrefixes: readonly string[];
	readonly tagNames: Readonly<Record<Dimension, readonly string[]>>;
	/** Whole tags (without `#`) that also name a dimension, e.g. `出海/合规`. */
	readonly tagAliases: Readonly<Record<Dimension, readonly string[]>>;
	/** Heading texts (either language) that assign a dimension to their section. */
	readonly headingNames: Readonly<Record<Dimension, readonly string[]>>;
	/**
	 * Words people put beside a dimension's name in a heading (`税务合规`, `品牌营销`, `Tax compliance`):
	 * with a name they still give the section that name's dimension; alone they assign nothing.
	 */
	readonly headingWords: Readonly<Record<Dimension, readonly string[]>>;
	/** Overrides of the built-in market classification, by code or name. */
	readonly marketTypes: Readonly<Record<string, MarketType>>;
}

export const DEFAULT_CONFIG: PlanConfig = {
	tagPrefixes: ["intl", "国际化"],
	tagNames: {
		strategy: ["strategy", "战略决策"],
		technology: ["technology", "tech", "技术赋能"],
		marketing: ["marketing", "营销协同"],
		compliance: ["compliance", "risk", "风险合规"],
	},
	tagAliases: { strategy: [], technology: [], marketing: [], compliance: [] },
	headingNames: {
		strategy: ["strategy", "strategic decision-making", "strategic decisions", "战略决策", "战略"],
		technology: ["technology", "technology enablement", "digital enablement", "tech", "技术赋能", "技术"],
		marketing: ["marketing", "marketing synergy", "omnichannel marketing", "营销协同", "营销"],
		compliance: ["compliance", "risk & compliance", "risk and compliance", "risk", "risks", "风险合规", "合规", "风险"],
	},
	headingWords: {
		strategy: ["策略", "决策", "规划", "市场进入", "市场选择", "进入模式", "布局", "定位", "路径", "strategic", "planning", "decisions", "decision", "market entry", "expansion", "positioning", "roadmap"],
		technology: ["数据", "系统", "数字化", "信息化", "中台", "工具", "自动化", "平台建设", "data", "digital", "systems", "system", "tools", "automation", "infrastructure", "erp"],
		marketing: ["品牌", "推广", "内容", "渠道", "流量", "社媒", "广告", "市场", "用户运营", "brand", "branding", "promotion", "content", "channels", "channel", "social", "advertising", "growth"],
		compliance: ["税务", "知识产权", "法务", "法律", "监管", "认证", "隐私", "关税", "海关", "商标", "tax", "legal", "regulatory", "privacy", "customs", "certification", "intellectual property", "ip", "trademarks", "trademark"],
	},
	marketTypes: {},
};

/** Settings as saved may miss keys (older versions) or hold junk: keep what is well-formed. */
export function withDefaults(partial: unknown): PlanConfig {
	const p = (partial && typeof partial === "object" ? partial : {}) as Partial<Record<keyof PlanConfig, unknown>>;
	const strings = (v: unknown, fallback: readonly string[]): readonly string[] =>
		Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.trim() !== "").map((x) => x.trim()) : fallback;
	const perDimension = (v: unknown, fallback: PlanConfig["tagNames"]): PlanConfig["tagNames"] => {
		const o = (v && typeof v === "object" ? v : {}) as Record<string, unknown>;
		return {
			strategy: strings(o.strategy, fallback.strategy),
			technology: strings(o.technology, fallback.technology),
			marketing: strings(o.marketing, fallback.marketing),
			compliance: strings(o.compliance, fallback.compliance),
		};
	};
	const markets: Record<string, MarketType> = {};
	if (p.marketTypes && typeof p.marketTypes === "object") {
		for (const [k, v] of Object.entries(p.marketTypes as Record<string, unknown>)) if (v === "developed" || v === "emerging") markets[k] = v;
	}
	return {
		tagPrefixes: strings(p.tagPrefixes, DEFAULT_CONFIG.tagPrefixes),
		tagNames: perDimension(p.tagNames, DEFAULT_CONFIG.tagNames),
		tagAliases: perDimension(p.tagAliases, DEFAULT_CONFIG.tagAliases),
		headingNames: perDimension(p.headingNames, DEFAULT_CONFIG.headingNames),
		headingWords: perDimension(p.headingWords, DEFAULT_CONFIG.headingWords),
		marketTypes: markets,
	};
}

/** Where the plugin keeps things in a vault; saved next to the reading config, read by the CLI too. */
export interface WorkspaceSettings {
	/** Vault path of the team's checklist library note; empty: the built-in library. */
	readonly libraryPath: string;
	/** Folder the "Install templates" command copies templates into. */
	readonly templatesFolder: string;
	/** Folder new plans are created in. */
	readonly plansFolder: string;
	/** Where "Write plan summary" puts it: its own note next to the plan, or between markers in the plan. */
	readonly summaryTarget: "note" | "plan";
	/** Name of the summary note; `{title}` is the plan's title. */
	readonly summaryNoteName: string;
}

export const DEFAULT_WORKSPACE: WorkspaceSettings = {
	libraryPath: "",
	templatesFolder: "Templates/Intl plan",
	plansFolder: "Plans",
	summaryTarget: "note",
	summaryNoteName: "{title} 摘要 Summary",
};

export function workspaceWithDefaults(partial: unknown): WorkspaceSettings {
	return readWorkspace(partial).settings;
}

/** A saved setting that is not used, and what stands in for it. */
export interface SettingProblem {
	readonly setting: "libraryPath" | "templatesFolder" | "plansFolder" | "summaryNoteName";
	readonly value: string;
	/** `outside` and `not-a-path` as `vaultPath` says; `not-a-name`: the summary note name holds a separator. */
	readonly reason: VaultPathRefusal | "not-a-name";
	readonly fallback: string;
}

/**
 * The settings as saved, each path in vault form. A path that leaves the vault (`../x`, a drive) is
 * never used, in the plugin or the CLI: its default stands in and a problem names it, so a shared
 * vault's `data.json` cannot point either of them outside the vault.
 */
export function readWorkspace(partial: unknown): { readonly settings: WorkspaceSettings; readonly problems: readonly SettingProblem[] } {
	const p = (partial && typeof partial === "object" ? partial : {}) as Record<string, unknown>;
	const problems: SettingProblem[] = [];
	const path = (setting: "libraryPath" | "templatesFolder" | "plansFolder"): string => {
		const value = p[setting];
		const fallback = DEFAULT_WORKSPACE[setting];
		if (typeof value !== "string") return fallback;
		const read = vaultPath(value);
		if (read.ok) return read.path;
		problems.push({ setting, value, reason: read.reason, fallback });
		return fallback;
	};
	const libraryPath = path("libraryPath");
	const templatesFolder = path("templatesFolder") || DEFAULT_WORKSPACE.templatesFolder;
	const plansFolder = path("plansFolder");
	let summaryNoteName = DEFAULT_WORKSPACE.summaryNoteName;
	if (typeof p.summaryNoteName === "string" && p.summaryNoteName.trim() !== "") {
		if (isNoteName(p.summaryNoteName.replace("{title}", "x"))) summaryNoteName = p.summaryNoteName.trim();
		else problems.push({ setting: "summaryNoteName", value: p.summaryNoteName, reason: "not-a-name", fallback: summaryNoteName });
	}
	const settings: WorkspaceSettings = { libraryPath, templatesFolder, plansFolder, summaryTarget: p.summaryTarget === "plan" ? "plan" : "note", summaryNoteName };
	return { settings, problems };
}

/** A file name on every platform Obsidian runs on: no separator or reserved character, not only dots. */
function isNoteName(name: string): boolean {
	return !/[\\/:*?"<>|]/.test(name) && vaultPath(name).ok && name.trim() !== "";
}
