/**
 * When a checklist item applies, over the plan profile: `always`, or clauses joined by `;`, each
 * `key = value, value` (values OR'ed, clauses AND'ed) or `key != value, value` (none of them). Keys
 * and values in English or Chinese: `size = small, micro; market = emerging`, `行业 = 制造型`,
 * `channel != platform`.
 *
 * Market values are a market type (`developed`, `emerging`), a bloc (`EU`, `ASEAN`, `RCEP`) or a
 * market code; they match a plan market when the countries each stands for overlap
 * (market-groups.ts): `market = EU` reaches a plan in `DE` or `Europe`, `market = TH` one in
 * `Southeast Asia` (a region a plan names has not ruled its members out, so their items show until
 * the plan names its countries).
 */
import { marketGroup, marketsOverlap } from "../plan/market-groups.js";
import { classifyMarket, type Market } from "../plan/markets.js";
import { CHANNELS, INDUSTRIES, SIZES, type Channel, type CompanySize, type Industry, type Profile } from "../plan/profile.js";

/** `not`: the clause holds when the profile's value is none of `values`, or the profile leaves it empty. */
export type Clause = (
	| { readonly key: "size"; readonly values: readonly CompanySize[] }
	| { readonly key: "industry"; readonly values: readonly Industry[] }
	| { readonly key: "channel"; readonly values: readonly Channel[] }
	/** Market types (`developed`, `emerging`), blocs (`EU`, `RCEP`) and/or market codes (`US`). */
	| { readonly key: "market"; readonly values: readonly string[] }
) & { readonly not?: true };

/** An empty list of clauses means `always`. */
export type Condition = readonly Clause[];

const KEYS: Readonly<Record<string, Clause["key"]>> = {
	size: "size", 规模: "size",
	industry: "industry", 行业: "industry",
	channel: "channel", 渠道: "channel",
	market: "market", markets: "market", 市场: "market",
};
const MARKET_TYPES: Readonly<Record<string, string>> = { developed: "developed", 发达: "developed", 发达市场: "developed", emerging: "emerging", 新兴: "emerging", 新兴市场: "emerging" };

export type ConditionReading = { readonly ok: true; readonly condition: Condition } | { readonly ok: false; readonly error: string };

export function parseCondition(source: string): ConditionReading {
	const text = source.trim();
	if (/^(always|总是|全部)$/i.test(text)) return { ok: true, condition: [] };
	if (text === "") return { ok: false, error: "empty" };
	const clauses: Clause[] = [];
	for (const part of text.split(/[;；]/)) {
		if (part.trim() === "") continue;
		const m = /^\s*([^=＝!！≠]+?)\s*([!！]?[=＝]|≠)\s*(.+?)\s*$/.exec(part);
		if (!m) return { ok: false, error: `"${part.trim()}" is not key = value or key != value` };
		const key = KEYS[(m[1] ?? "").toLowerCase()];
		if (!key) return { ok: false, error: `unknown key "${m[1] ?? ""}" (size, industry, market, channel)` };
		const not = m[2] !== "=" && m[2] !== "＝";
		const raw = (m[3] ?? "").split(/[,，、|]/).map((v) => v.trim()).filter((v) => v !== "");
		if (raw.length === 0) return { ok: false, error: `no value for ${key}` };
		const table: Readonly<Record<string, string>> | null =
			key === "size" ? SIZES : key === "industry" ? INDUSTRIES : key === "channel" ? CHANNELS : null;
		const values: string[] = [];
		for (const v of raw) {
			const normal = table ? table[v.toLowerCase()] : (MARKET_TYPES[v.toLowerCase()] ?? marketGroup(v) ?? marketCode(v));
			if (!normal) return { ok: false, error: `unknown ${key} "${v}"` };
			values.push(normal);
		}
		clauses.push((not ? { key, values, not: true } : { key, values }) as Clause);
	}
	return clauses.length ? { ok: true, condition: clauses } : { ok: false, error: "empty" };
}

function marketCode(written: string): string | null {
	const { market, known } = classifyMarket(written);
	return known ? market.code : null;
}

export interface Applicability {
	readonly applies: boolean;
	/** The plan's markets the item is for, when it is for some of them only; else null. */
	readonly markets: readonly string[] | null;
}

/**
 * A clause about something the profile leaves empty does not hold (a plan without a size gets no
 * size-specific items); a negated one does (`channel != platform` reaches a plan that has not chosen
 * its channel). A market clause keeps the plan's markets it is about, so `markets` names them.
 */
export function evaluate(condition: Condition, profile: Profile): Applicability {
	let markets: readonly Market[] | null = null;
	for (const clause of condition) {
		if (clause.key === "market") {
			const pool: readonly Market[] = markets ?? profile.markets;
			if (clause.not && pool.length === 0) continue;
			const matching = pool.filter((m) => clause.values.some((v) => v === m.type || marketsOverlap(m.code, v)) !== (clause.not === true));
			if (matching.length === 0) return NO;
			markets = matching;
			continue;
		}
		const value = profile[clause.key];
		const listed = value !== null && (clause.values as readonly string[]).includes(value);
		if (listed === (clause.not === true)) return NO;
	}
	const named = markets !== null && markets.length < profile.markets.length ? markets.map((m) => m.code) : null;
	return { applies: true, markets: named };
}

const NO: Applicability = { applies: false, markets: null };
