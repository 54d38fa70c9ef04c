/** User-facing strings in English and Chinese, chosen by Obsidian's language or the CLI's --lang. */
import type { Problem } from "../parse/types.js";
import { en, type MessageKey } from "./en.js";
import { zh } from "./zh.js";

export type Lang = "en" | "zh";
export type { MessageKey };

const tables: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, zh };

/** Obsidian language codes (`zh`, `zh-TW`, `en`, `de`, …) → our two; English is the fallback. */
export function langFromLocale(code: string | null | undefined): Lang {
	return code?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/**
 * `{name}` is an argument; `{name:one|other}` words that agree with the number in `name` ("1 task",
 * "3 tasks"), by the language's plural rules (Intl.PluralRules: English has one and other; Chinese
 * has no plural forms, so its strings never need this).
 */
export function t(lang: Lang, key: MessageKey, args?: Readonly<Record<string, string | number>>): string {
	const template = tables[lang][key];
	if (!args) return template;
	return template
		.replace(/\{(\w+):([^{}|]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) => {
			if (!(name in args)) return whole;
			const n = Number(args[name]);
			return Number.isFinite(n) && pluralRules(lang).select(n) === "one" ? one : other;
		})
		.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

const rules = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
	let r = rules.get(lang);
	if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
	return r;
}

export function problemMessage(problem: Pick<Problem, "code" | "args">, lang: Lang): string {
	return t(lang, `problem.${problem.code}`, problem.args);
}

export const messageKeys = Object.keys(en) as MessageKey[];
export { en, zh };
