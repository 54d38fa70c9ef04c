/**
 * Blocs and regions as the countries they stand for, so that a checklist condition on a bloc
 * (`market = EU`) reaches a plan selling in one of its members (`DE`), and a condition on a country
 * reaches a plan that names only the region around it.
 *
 * Sources, as of March 2026 (the paper's date):
 * - EU: the 27 member states on the European Union's official list, "EU countries",
 *   https://european-union.europa.eu/principles-countries-history/eu-countries (the United Kingdom
 *   left on 31 January 2020).
 * - ASEAN: the member states listed by the ASEAN Secretariat (asean.org, "ASEAN Member States"): the
 *   ten of 1999–2025 plus Timor-Leste, admitted as the eleventh member at the 47th ASEAN Summit
 *   (Kuala Lumpur, 26 October 2025).
 * - RCEP: the 15 parties named in the preamble of the Regional Comprehensive Economic Partnership
 *   Agreement (signed 15 November 2020): the ten ASEAN members of 2020 with Australia, China, Japan,
 *   Korea and New Zealand. Timor-Leste is not a party.
 */

/** ISO 3166-1 alpha-2 codes. */
const EU_MEMBERS: readonly string[] = [
	"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
	"IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
const ASEAN_2020: readonly string[] = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];
const ASEAN_MEMBERS: readonly string[] = [...ASEAN_2020, "TL"];
const RCEP_MEMBERS: readonly string[] = [...ASEAN_2020, "AU", "CN", "JP", "KR", "NZ"];

/** The blocs a condition can name, under their code; each is the list of its members. */
const GROUPS: Readonly<Record<string, readonly string[]>> = { EU: EU_MEMBERS, ASEAN: ASEAN_MEMBERS, RCEP: RCEP_MEMBERS };

/** Names written for a bloc (lower case), in English and Chinese. */
const GROUP_NAMES: Readonly<Record<string, string>> = {
	eu: "EU", "european union": "EU", 欧盟: "EU",
	asean: "ASEAN", 东盟: "ASEAN",
	rcep: "RCEP", "regional comprehensive economic partnership": "RCEP", 区域全面经济伙伴关系协定: "RCEP",
};

/**
 * Regions a plan names (their codes in markets.ts) and the member countries they include. Europe is
 * listed by its EU members only: it includes others too, but none that a condition names today.
 */
const REGION_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
	EU: EU_MEMBERS,
	Europe: EU_MEMBERS,
	"Southeast Asia": ASEAN_MEMBERS,
};

/** The bloc code (`EU`, `ASEAN`, `RCEP`) for a name written in a condition, or null. */
export function marketGroup(written: string): string | null {
	const key = written.trim().toLowerCase();
	return GROUP_NAMES[key] ?? null;
}

/** The members of a bloc, in the order of its source list; an unknown code has none. */
export function groupMembers(group: string): readonly string[] {
	return GROUPS[group] ?? [];
}

/**
 * Whether a plan market (a country, bloc or region code) may be a place the condition's market
 * (likewise) is about: the countries each stands for overlap, or the codes are the same. A region
 * without a member table stands for itself only.
 */
export function marketsOverlap(planMarket: string, conditionMarket: string): boolean {
	if (planMarket === conditionMarket) return true;
	const want = countriesOf(conditionMarket);
	return countriesOf(planMarket).some((c) => want.includes(c));
}

function countriesOf(code: string): readonly string[] {
	return GROUPS[code] ?? REGION_COUNTRIES[code] ?? [code];
}
