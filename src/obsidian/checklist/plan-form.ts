/**
 * What the "Create internationalization plan" form holds, read and checked without the DOM: the
 * values as typed in → a plan request for the core, or an error message per field.
 */
import { CHANNELS, INDUSTRIES, LANGS, SIZES, t, toIsoDate, type Lang, type NewPlan, type PlanLang } from "../../core/index.js";
import { splitMarkets } from "./market-suggest.js";
import { cleanPath, joinPath } from "../vault/vault-paths.js";

export const PLAN_FIELDS = ["company", "size", "industry", "markets", "channel", "platforms", "owner", "horizon", "lang", "folder"] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export interface PlanFormValues extends Readonly<Record<PlanField, string>> {
	/** The date field holds something that is not yet a whole date (a browser reports this, its value stays ""). */
	readonly horizonIncomplete: boolean;
}

export interface PlanRequest {
	readonly plan: NewPlan;
	readonly title: string;
	readonly folder: string;
	/** Vault path of the note to create. */
	readonly path: string;
}

export type PlanFormReading =
	| { readonly ok: true; readonly request: PlanRequest }
	| { readonly ok: false; readonly errors: Partial<Record<PlanField, string>> };

export function readPlanForm(values: PlanFormValues, lang: Lang): PlanFormReading {
	const errors: Partial<Record<PlanField, string>> = {};
	const choice = <T>(field: PlanField, table: Readonly<Record<string, T>>): T | null => {
		const found = table[values[field].trim().toLowerCase()];
		if (found === undefined) errors[field] = t(lang, "plugin.plan.errorChoice");
		return found ?? null;
	};

	const company = values.company.trim();
	if (company === "") errors.company = t(lang, "plugin.plan.errorCompany");
	const size = choice("size", SIZES);
	const industry = choice("industry", INDUSTRIES);
	const channel = choice("channel", CHANNELS);
	const planLang = choice("lang", LANGS);
	const markets = splitMarkets(values.markets);
	if (markets.length === 0) errors.markets = t(lang, "plugin.plan.errorMarkets");
	let horizon = "";
	if (values.horizonIncomplete) errors.horizon = t(lang, "plugin.plan.errorDate");
	else if (values.horizon.trim() !== "") {
		horizon = toIsoDate(values.horizon) ?? "";
		if (horizon === "") errors.horizon = t(lang, "plugin.plan.errorDate");
	}

	const where = planPath(company, planLang ?? "en", values.folder);
	if (where === null) errors.folder = t(lang, "plugin.form.folderOutside");
	if (!size || !industry || !channel || !planLang || !where || Object.keys(errors).length > 0) return { ok: false, errors };
	const { title, folder, path } = where;
	const plan: NewPlan = {
		company,
		size,
		industry,
		markets,
		channel,
		platforms: splitMarkets(values.platforms),
		owner: values.owner.trim(),
		horizon,
		lang: planLang,
	};
	return { ok: true, request: { plan, title, folder, path } };
}

/**
 * The note a plan gets, as the CLI names it: "<company> 国际化规划" in Chinese, "<company> internationalization
 * plan" otherwise. Null when the folder leaves the vault.
 */
export function planPath(company: string, planLang: PlanLang, typedFolder: string): { title: string; folder: string; path: string } | null {
	const title = safeTitle(t(planLang === "zh" ? "zh" : "en", "cli.new.defaultTitle", { company: company.trim() }));
	const folder = cleanPath(typedFolder);
	return folder === null ? null : { title, folder, path: joinPath(folder, `${title}.md`) };
}

/** A note title that is a valid file name on every platform Obsidian runs on (the CLI's rule). */
export function safeTitle(title: string): string {
	return title.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim();
}
