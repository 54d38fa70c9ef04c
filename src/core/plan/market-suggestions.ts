/**
 * What a user probably meant by a market the table does not know (`Brasil` → `BR (Brazil / 巴西)`):
 * the known markets whose code or names are a small edit away, or start with what was typed. Names
 * come from the market table (the first English and Chinese name of each code); a code the table
 * names no way is named by the platform's region names (Intl.DisplayNames) when it has them.
 */
import { knownMarkets, marketSpellings } from "./markets.js";

export interface MarketName {
	readonly code: string;
	readonly en: string | null;
	readonly zh: string | null;
}

/** `BR (Brazil / 巴西)`; a region whose code is its name: `Southeast Asia (东南亚)`. */
export function marketLabel(code: string): string {
	const { en, zh } = marketName(code);
	const names = [en, zh].filter((n): n is string => n !== null);
	return names.length === 0 ? code : `${code} (${names.join(" / ")})`;
}

export function marketName(code: string): MarketName {
	const spellings = marketSpellings().filter(([, c]) => c === code).map(([written]) => written);
	const isName = code.length > 2; // "Europe", "Southeast Asia": the code is already the English name
	const en = isName ? null : (spellings.find((s) => !isCjk(s) && s.toLowerCase() !== code.toLowerCase()) ?? null);
	const zh = spellings.find(isCjk) ?? null;
	return {
		code,
		en: en === null ? (isName ? null : regionName(code, "en")) : titleCase(en),
		zh: zh ?? (isName ? null : regionName(code, "zh")),
	};
}

/** The codes of the known markets nearest to `written`, nearest first; none when nothing is near. */
export function nearestMarkets(written: string, limit = 3): string[] {
	const query = written.trim().toLowerCase();
	if (query === "") return [];
	const tolerance = toleranceFor(query);
	const scored: { code: string; score: number }[] = [];
	for (const { code } of knownMarkets()) {
		const { en, zh } = marketName(code);
		const candidates = [code, en, zh, ...marketSpellings().filter(([, c]) => c === code).map(([s]) => s)].filter((c): c is string => c !== null);
		const score = Math.min(...candidates.map((c) => closeness(query, c.toLowerCase())));
		if (score <= tolerance) scored.push({ code, score });
	}
	return scored
		.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code))
		.slice(0, limit)
		.map((s) => s.code);
}

/** Edit distance; a name that starts with what was typed (three letters or more) comes before any slip. */
function closeness(query: string, candidate: string): number {
	return [...query].length >= 3 && candidate.startsWith(query) ? 0.5 : editDistance(query, candidate);
}

/** How many edits still count as a slip: none for two letters (every code is two letters from another). */
function toleranceFor(query: string): number {
	const n = [...query].length;
	if (isCjk(query)) return n <= 1 ? 0 : 1;
	return n <= 2 ? 0 : n <= 5 ? 1 : n <= 8 ? 2 : 3;
}

/** Levenshtein distance over code points (so one Chinese character is one edit). */
function editDistance(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const row = [i];
		for (let j = 1; j <= y.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
			row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution));
		}
		previous = row;
	}
	return previous[y.length] ?? 0;
}

function isCjk(text: string): boolean {
	return /[\u3400-\u9fff]/.test(text);
}

function titleCase(name: string): string {
	return name.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** The platform's name for an ISO code, when it has one (every Obsidian platform and Node have Intl). */
function regionName(code: string, lang: "en" | "zh"): string | null {
	try {
		const name = new Intl.DisplayNames([lang], { type: "region", fallback: "none" }).of(code);
		return name && name !== code ? name : null;
	} catch {
		return null;
	}
}
