/**
 * Which notes the live index reads: the include folders (all of the vault when there are none), less
 * the exclude folders, less the templates folders always (the plugin's and the core Templates plugin's:
 * a plan template is no plan). Also the key
 * that says when a settings change invalidates what was read.
 */
import type { PlanConfig } from "../../core/index.js";
import type { IntlPlanSettings } from "../settings/settings.js";

export type ScopeSettings = Pick<IntlPlanSettings, "includeFolders" | "excludeFolders" | "templatesFolder">;

/** The folder itself or anything below it; "" (the vault's root) holds everything. */
export function isUnder(path: string, folder: string): boolean {
	return folder === "" || path === folder || path.startsWith(`${folder}/`);
}

/** @param skipped other folders never read (the core Templates plugin's folder) */
export function inScope(path: string, settings: ScopeSettings, skipped: readonly string[] = []): boolean {
	if (settings.templatesFolder !== "" && isUnder(path, settings.templatesFolder)) return false;
	if (skipped.some((folder) => folder !== "" && isUnder(path, folder))) return false;
	if (settings.excludeFolders.some((folder) => isUnder(path, folder))) return false;
	return settings.includeFolders.length === 0 || settings.includeFolders.some((folder) => isUnder(path, folder));
}

/** The settings that decide how a note is read, and nothing else (plain data: the parsing worker gets a copy). */
export function readingSettings(settings: PlanConfig): PlanConfig {
	const { tagPrefixes, tagNames, tagAliases, headingNames, headingWords, marketTypes } = settings;
	return { tagPrefixes, tagNames, tagAliases, headingNames, headingWords, marketTypes };
}

/** Everything that changes what one note indexes to: a different key drops every cached note. */
export function readingKey(settings: IntlPlanSettings): string {
	return JSON.stringify(Object.values(readingSettings(settings)));
}

/** Everything that changes which notes are read. */
export function scopeKey(settings: ScopeSettings): string {
	return JSON.stringify([settings.includeFolders, settings.excludeFolders, settings.templatesFolder]);
}
