/**
 * Target markets and whether each is developed or emerging (the paper's §4.3 distinction).
 *
 * Source of the classification: IMF, World Economic Outlook (April 2025), Statistical Appendix,
 * "Classification by World Economic Outlook Groups": the 41 "advanced economies" are developed here;
 * every other economy is an "emerging market and developing economy". The EU counts as developed
 * (all of its members but a few are advanced economies, and its rules — GDPR, CE, EPR, DSA — are the
 * developed-market compliance load the paper describes). Regions follow the paper's §2.1 wording.
 * A plan can override any entry with `market-types: { BR: developed }`.
 */
import type { MarketType } from "./config.js";

/** IMF WEO advanced economies, as ISO 3166-1 alpha-2 codes. */
const ADVANCED = new Set([
	"AD", "AU", "AT", "BE", "CA", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HK", "IS", "IE", "IL",
	"IT", "JP", "KR", "LV", "LT", "LU", "MO", "MT", "NL", "NZ", "NO", "PT", "PR", "SM", "SG", "SK", "SI", "ES",
	"SE", "CH", "TW", "GB", "US",
]);

/** Other codes users write for target markets (all emerging/developing in the IMF grouping). */
const EMERGING = new Set([
	"AE", "AR", "BD", "BG", "BR", "CL", "CN", "CO", "EG", "HU", "ID", "IN", "KE", "KZ", "MA", "MX", "MY", "NG",
	"PE", "PH", "PK", "PL", "QA", "RO", "RU", "SA", "TH", "TR", "UA", "UZ", "VN", "ZA", "KH", "LA", "MM", "BN",
	// ASEAN's eleventh member (October 2025; market-groups.ts).
	"TL",
]);

/** Blocs and regions: the code we show, and its type. */
const REGIONS: Readonly<Record<string, { code: string; type: MarketType }>> = {
	EU: { code: "EU", type: "developed" },
	"european union": { code: "EU", type: "developed" },
	欧盟: { code: "EU", type: "developed" },
	europe: { code: "Europe", type: "developed" },
	"western europe": { code: "Europe", type: "developed" },
	欧洲: { code: "Europe", type: "developed" },
	"north america": { code: "North America", type: "developed" },
	北美: { code: "North America", type: "developed" },
	"southeast asia": { code: "Southeast Asia", type: "emerging" },
	sea: { code: "Southeast Asia", type: "emerging" },
	asean: { code: "Southeast Asia", type: "emerging" },
	东南亚: { code: "Southeast Asia", type: "emerging" },
	"latin america": { code: "Latin America", type: "emerging" },
	latam: { code: "Latin America", type: "emerging" },
	拉美: { code: "Latin America", type: "emerging" },
	"middle east": { code: "Middle East", type: "emerging" },
	中东: { code: "Middle East", type: "emerging" },
	africa: { code: "Africa", type: "emerging" },
	非洲: { code: "Africa", type: "emerging" },
	// ASEAN written in Chinese; its members are in market-groups.ts.
	东盟: { code: "Southeast Asia", type: "emerging" },
};

/** Names users write, in English and Chinese, for the common target markets; the first of each language is the one shown. */
const NAMES: Readonly<Record<string, string>> = {
	"united states": "US", usa: "US", america: "US", 美国: "US",
	"united kingdom": "GB", uk: "GB", britain: "GB", 英国: "GB",
	germany: "DE", 德国: "DE", france: "FR", 法国: "FR", italy: "IT", 意大利: "IT", spain: "ES", 西班牙: "ES",
	netherlands: "NL", 荷兰: "NL", poland: "PL", 波兰: "PL", sweden: "SE", 瑞典: "SE", switzerland: "CH", 瑞士: "CH",
	canada: "CA", 加拿大: "CA", australia: "AU", 澳大利亚: "AU", "new zealand": "NZ", 新西兰: "NZ",
	japan: "JP", 日本: "JP", "south korea": "KR", korea: "KR", 韩国: "KR", singapore: "SG", 新加坡: "SG",
	"hong kong": "HK", 香港: "HK", taiwan: "TW", 台湾: "TW", israel: "IL", 以色列: "IL",
	malaysia: "MY", 马来西亚: "MY", thailand: "TH", 泰国: "TH", vietnam: "VN", "viet nam": "VN", 越南: "VN",
	indonesia: "ID", 印尼: "ID", 印度尼西亚: "ID", philippines: "PH", 菲律宾: "PH", cambodia: "KH", 柬埔寨: "KH",
	india: "IN", 印度: "IN", brazil: "BR", 巴西: "BR", mexico: "MX", 墨西哥: "MX", chile: "CL", 智利: "CL",
	argentina: "AR", 阿根廷: "AR", colombia: "CO", 哥伦比亚: "CO", "saudi arabia": "SA", 沙特: "SA", 沙特阿拉伯: "SA",
	"united arab emirates": "AE", uae: "AE", 阿联酋: "AE", turkey: "TR", türkiye: "TR", 土耳其: "TR",
	russia: "RU", 俄罗斯: "RU", "south africa": "ZA", 南非: "ZA", nigeria: "NG", 尼日利亚: "NG", egypt: "EG", 埃及: "EG",
	china: "CN", 中国: "CN",
	"timor-leste": "TL", "east timor": "TL", 东帝汶: "TL",
};

export interface Market {
	readonly code: string;
	readonly type: MarketType;
}

export interface MarketReading {
	readonly market: Market;
	/** False when the built-in table does not know it (it is then treated as emerging). */
	readonly known: boolean;
}

export function classifyMarket(written: string, overrides: Readonly<Record<string, MarketType>> = {}): MarketReading {
	const raw = written.trim();
	const key = raw.toLowerCase();
	const region = REGIONS[raw.toUpperCase() === "EU" ? "EU" : key];
	let code: string;
	let type: MarketType | undefined;
	let known = true;
	if (region) {
		code = region.code;
		type = region.type;
	} else {
		const named = NAMES[key];
		code = named ?? (/^[a-z]{2}$/i.test(raw) ? raw.toUpperCase() : raw);
		if (ADVANCED.has(code)) type = "developed";
		else if (EMERGING.has(code)) type = "emerging";
		else known = false;
	}
	const override = overrides[code] ?? overrides[raw] ?? overrides[key];
	if (override) return { market: { code, type: override }, known: true };
	return { market: { code, type: type ?? "emerging" }, known };
}

/** Every market a user can pick from, for suggestions in forms: code and its type. */
export function knownMarkets(): Market[] {
	const out: Market[] = [];
	for (const code of ADVANCED) out.push({ code, type: "developed" });
	for (const code of EMERGING) out.push({ code, type: "emerging" });
	for (const r of Object.values(REGIONS)) if (!out.some((m) => m.code === r.code)) out.push(r);
	return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** Every name and region the table reads, with the code it stands for, in table order. */
export function marketSpellings(): readonly (readonly [written: string, code: string])[] {
	return [...Object.entries(NAMES), ...Object.entries(REGIONS).map(([written, r]) => [written, r.code] as const)];
}
