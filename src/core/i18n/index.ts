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

export function t(lang: Lang, key: MessageKey, args?: Readonly<Record<string, string | number>>): string {
	const template = tables[lang][key];
	if (!args) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

export function problemMessage(problem: Pick<Problem, "code" | "args">, lang: Lang): string {
	return t(lang, `problem.${problem.code}`, problem.args);
}

export const messageKeys = Object.keys(en) as MessageKey[];
export { en, zh };
