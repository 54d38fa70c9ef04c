/**
 * A plan note's frontmatter → its company profile. Values are accepted in English or Chinese and
 * stored in English; a value that is not understood is reported on its line and left empty.
 */
import type { Frontmatter, Problem } from "../parse/types.js";
import { valueText } from "../parse/value-text.js";
import type { MarketType, PlanConfig } from "./config.js";
import { toIsoDate } from "./dates.js";
import type { MarketEntry } from "./entry-sequence.js";
import { classifyMarket, type Market } from "./markets.js";

export type CompanySize = "large" | "medium" | "small" | "micro";
export type Industry = "manufacturing" | "trading" | "other";
export type Channel = "platform" | "independent-site" | "hybrid";
export type PlanLang = "zh" | "en" | "both";

export interface Profile {
	readonly company: string | null;
	readonly size: CompanySize | null;
	readonly industry: Industry | null;
	readonly channel: Channel | null;
	readonly platforms: readonly string[];
	readonly markets: readonly Market[];
	readonly owner: string | null;
	readonly horizon: string | null;
	readonly lang: PlanLang | null;
	/** The plan note's market-entry sequence (entry-sequence.ts): read from its body, not its frontmatter. */
	readonly entries: readonly MarketEntry[];
}

export const SIZES: Readonly<Record<string, CompanySize>> = {
	large: "large", 大型: "large", 大: "large",
	medium: "medium", 中型: "medium", 中: "medium", "medium-sized": "medium",
	small: "small", 小型: "small", 小: "small",
	micro: "micro", 微型: "micro", 微: "micro", 小微: "micro",
};
export const INDUSTRIES: Readonly<Record<string, Industry>> = {
	manufacturing: "manufacturing", manufacturer: "manufacturing", 制造型: "manufacturing", 制造: "manufacturing", 制造业: "manufacturing",
	trading: "trading", trader: "trading", 贸易型: "trading", 贸易: "trading", 贸易商: "trading",
	other: "other", 其他: "other",
};
/** §3.1's three paths (平台依赖 / 独立站主导 / 混合模式) and the words used for them before. */
export const CHANNELS: Readonly<Record<string, Channel>> = {
	platform: "platform", "platform-first": "platform", 平台: "platform", 平台优先: "platform",
	"independent-site": "independent-site", "independent site": "independent-site", dtc: "independent-site", 独立站: "independent-site",
	hybrid: "hybrid", 混合: "hybrid", "platform + independent site": "hybrid", "平台+独立站": "hybrid",
	"platform-dependent": "platform", 平台依赖: "platform",
	"independent-site-led": "independent-site", 独立站主导: "independent-site",
	混合模式: "hybrid", "平台 + 独立站": "hybrid",
};
export const LANGS: Readonly<Record<string, PlanLang>> = { zh: "zh", 中文: "zh", en: "en", english: "en", 英文: "en", both: "both", 双语: "both" };

export interface ProfileReading {
	readonly profile: Profile;
	readonly problems: readonly Problem[];
}

export function readProfile(fm: Frontmatter, config: PlanConfig): ProfileReading {
	const problems: Problem[] = [];
	const data = fm.data;
	const lineOf = (key: string): number => fm.keyLines[key] ?? fm.startLine;
	const text = (key: string): string | null => {
		const v = data[key];
		if (typeof v === "string") return v.trim() || null;
		if (typeof v === "number" || typeof v === "boolean") return String(v);
		return null;
	};
	const choice = <T>(key: string, table: Readonly<Record<string, T>>, code: Problem["code"]): T | null => {
		const v = text(key);
		if (v === null) return null;
		const found = table[v.toLowerCase()];
		if (found === undefined) problems.push({ line: lineOf(key), code, args: { value: v } });
		return found ?? null;
	};

	const overrides: Record<string, MarketType> = { ...config.marketTypes };
	const declared = data["market-types"];
	if (declared && typeof declared === "object" && !Array.isArray(declared)) {
		for (const [k, v] of Object.entries(declared as Record<string, unknown>)) {
			if (v === "developed" || v === "emerging") overrides[k.toUpperCase().length === 2 ? k.toUpperCase() : k] = v;
		}
	}
	const markets: Market[] = [];
	for (const written of list(data.markets)) {
		const { market, known } = classifyMarket(written, overrides);
		if (!known) problems.push({ line: lineOf("markets"), code: "profile-market", args: { value: written } });
		if (!markets.some((m) => m.code === market.code)) markets.push(market);
	}

	let horizon: string | null = null;
	const rawHorizon = data.horizon;
	if (rawHorizon !== undefined && rawHorizon !== null && rawHorizon !== "") {
		horizon = toIsoDate(rawHorizon);
		if (horizon === null) problems.push({ line: lineOf("horizon"), code: "profile-date", args: { key: "horizon", value: valueText(rawHorizon) } });
	}

	return {
		profile: {
			company: text("company"),
			size: choice("size", SIZES, "profile-size"),
			industry: choice("industry", INDUSTRIES, "profile-industry"),
			channel: choice("channel", CHANNELS, "profile-channel"),
			platforms: list(data.platforms),
			markets,
			owner: text("owner")?.replace(/^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/, "$1") ?? null,
			horizon,
			lang: choice("lang", LANGS, "profile-lang"),
			entries: [],
		},
		problems,
	};
}

/** A YAML list, or one string of items separated by commas (either width) or 、. */
export function list(value: unknown): string[] {
	const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,，、;；]/) : [];
	return items
		.filter((x) => typeof x === "string" || typeof x === "number")
		.map((x) => String(x).trim())
		.filter((x) => x !== "");
}
