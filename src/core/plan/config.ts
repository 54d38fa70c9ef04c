/**
 * What users can change about how notes are read (plugin settings; the CLI reads the same from the
 * vault's saved plugin settings). Tags are `prefix/name` for every prefix and name, plus aliases.
 */
import type { Dimension } from "./dimensions.js";

export type MarketType = "developed" | "emerging";

export interface PlanConfig {
	/** `intl` and `国际化` give `#intl/strategy`, `#国际化/战略决策`, … */
	readonly tagPrefixes: readonly string[];
	readonly tagNames: Readonly<Record<Dimension, readonly string[]>>;
	/** Whole tags (without `#`) that also name a dimension, e.g. `出海/合规`. */
	readonly tagAliases: Readonly<Record<Dimension, readonly string[]>>;
	/** Heading texts (either language) that assign a dimension to their section. */
	readonly headingNames: Readonly<Record<Dimension, readonly string[]>>;
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
	const p = (partial && typeof partial === "object" ? partial : {}) as Record<string, unknown>;
	const path = (v: unknown, fallback: string): string =>
		typeof v === "string" ? v.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "") : fallback;
	return {
		libraryPath: path(p.libraryPath, DEFAULT_WORKSPACE.libraryPath),
		templatesFolder: path(p.templatesFolder, DEFAULT_WORKSPACE.templatesFolder) || DEFAULT_WORKSPACE.templatesFolder,
		plansFolder: path(p.plansFolder, DEFAULT_WORKSPACE.plansFolder),
		summaryTarget: p.summaryTarget === "plan" ? "plan" : "note",
		summaryNoteName:
			typeof p.summaryNoteName === "string" && p.summaryNoteName.trim() !== "" && !/[\\/:*?"<>|]/.test(p.summaryNoteName.replace("{title}", ""))
				? p.summaryNoteName.trim()
				: DEFAULT_WORKSPACE.summaryNoteName,
	};
}
