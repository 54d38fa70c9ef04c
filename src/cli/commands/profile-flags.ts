/** Company-profile flags (`--size`, `--industry`, `--markets`, `--channel`, …) read with the plan note's own value tables. */
import type { Command } from "commander";
import {
	CHANNELS, classifyMarket, INDUSTRIES, knownMarkets, LANGS, marketLabel, nearestMarkets, SIZES, t,
	type Channel, type CompanySize, type Industry, type Lang, type PlanConfig, type PlanLang, type Profile,
} from "../../core/index.js";
import { UsageError, type CliContext } from "../context.js";
import { dateFlag } from "./date-flags.js";
import { listValue } from "./options.js";

export interface ProfileFlags {
	company?: string;
	size?: string;
	industry?: string;
	markets?: string;
	channel?: string;
	platforms?: string;
	owner?: string;
	horizon?: string;
	/** The plan's wording (zh, en or both). */
	wording?: string;
	/** Before `--wording` existed `new --lang` set the wording; it still does when `--wording` is not given. */
	lang?: string;
}

export function addProfileOptions(command: Command, lang: Lang): Command {
	return command
		.option("--company <name>", t(lang, "cli.opt.company"))
		.option("--size <size>", t(lang, "cli.opt.size"))
		.option("--industry <industry>", t(lang, "cli.opt.industry"))
		.option("--markets <markets>", t(lang, "cli.opt.markets"))
		.option("--channel <channel>", t(lang, "cli.opt.channel"));
}

function choice<T>(option: string, value: string | undefined, table: Readonly<Record<string, T>>, lang: Lang): T | null {
	if (value === undefined) return null;
	const found = table[value.trim().toLowerCase()];
	if (found === undefined) {
		const allowed = [...new Set(Object.values(table))].join(", ");
		throw new UsageError(t(lang, "cli.new.badValue", { option, value, allowed }));
	}
	return found;
}

export interface ReadFlags {
	readonly profile: Profile;
	readonly size: CompanySize | null;
	readonly industry: Industry | null;
	readonly channel: Channel | null;
	readonly planLang: PlanLang | null;
	readonly markets: readonly string[];
}

export function readProfileFlags(flags: ProfileFlags, lang: Lang): ReadFlags {
	const size = choice("--size", flags.size, SIZES, lang);
	const industry = choice("--industry", flags.industry, INDUSTRIES, lang);
	const channel = choice("--channel", flags.channel, CHANNELS, lang);
	const planLang = flags.wording !== undefined ? choice("--wording", flags.wording, LANGS, lang) : flags.lang === undefined ? null : choice("--lang", flags.lang, LANGS, lang);
	const markets = listValue(flags.markets);
	const horizon = flags.horizon !== undefined && flags.horizon.trim() !== "" ? dateFlag("--horizon", flags.horizon, lang) : null;
	const profile: Profile = {
		company: flags.company?.trim() || null,
		size,
		industry,
		channel,
		platforms: listValue(flags.platforms),
		markets: markets.map((m) => classifyMarket(m).market),
		owner: flags.owner?.trim() || null,
		horizon,
		lang: planLang,
		entries: [],
	};
	return { profile, size, industry, channel, planLang, markets };
}

/**
 * A market the table does not know still counts (as emerging, and `show` lists it later), so the
 * command runs and only warns, naming what was probably meant, or else every market it knows.
 */
export function warnUnknownMarkets(markets: readonly string[], overrides: PlanConfig["marketTypes"], { io, lang }: CliContext): void {
	for (const value of markets) {
		if (classifyMarket(value, overrides).known) continue;
		const near = nearestMarkets(value);
		const message =
			near.length > 0
				? t(lang, "cli.market.unknown", { option: "--markets", value, suggestions: near.map(marketLabel).join(", ") })
				: t(lang, "cli.market.unknownNoMatch", { option: "--markets", value, known: knownMarkets().map((m) => m.code).join(", ") });
		io.err(`intl-plan: ${message}\n`);
	}
}
