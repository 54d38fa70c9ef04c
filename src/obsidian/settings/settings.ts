/**
 * The plugin's saved settings (`data.json`). The CLI reads the same file through `withDefaults`, so
 * everything that shapes how notes are read sits at the top level, exactly as `PlanConfig` names it.
 */
import { readWorkspace, t, vaultPath, withDefaults, workspaceWithDefaults, type Lang, type PlanConfig, type WorkspaceSettings } from "../../core/index.js";

export const SETTINGS_VERSION = 1;

/** `auto` follows Obsidian's own language; the others pin the plugin's language whatever Obsidian shows. */
export const UI_LANGUAGES = ["auto", "en", "zh"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface IntlPlanSettings extends PlanConfig, WorkspaceSettings {
	/** Schema of this file, so a later release can migrate what an older one saved. */
	readonly version: typeof SETTINGS_VERSION;
	readonly uiLanguage: UiLanguage;
	/** Add the Tasks plugin's `✅ YYYY-MM-DD` when a task is ticked in a view. */
	readonly doneDate: boolean;
	/** Recorded as `[done-by:: …]` when a task is ticked in a view; empty: not recorded. */
	readonly doneBy: string;
	/** Vault folders to index; empty: the whole vault. */
	readonly includeFolders: readonly string[];
	/** Vault folders never indexed (the templates folder always is). */
	readonly excludeFolders: readonly string[];
	/** Sync every plan, without a preview, once the library note has been quiet for a few seconds (after the vault has loaded). */
	readonly syncOnLibraryChange: boolean;
}

/** What the commands and the settings tab need from the plugin: its settings and a way to keep them. */
export interface SettingsHost {
	settings: IntlPlanSettings;
	/**
	 * Saves the settings and applies them (the vault is read again if what decides the index changed).
	 * `apply: false` only saves: the settings tab applies a typed value when the user leaves the field.
	 */
	saveSettings(options?: { readonly apply?: boolean }): Promise<void>;
	/** Applies saved settings that were not applied yet. */
	applySettings?(): void;
}

/** Whatever `loadData()` returned (nothing on first run, an older or hand-edited file) over the defaults. */
export function settingsFrom(saved: unknown): IntlPlanSettings {
	const s = (saved && typeof saved === "object" ? saved : {}) as Record<string, unknown>;
	// Folders in vault form by the core's rule; one that leaves the vault names none of its folders.
	const folders = (v: unknown): string[] =>
		Array.isArray(v)
			? v.flatMap((x) => {
					const read = typeof x === "string" ? vaultPath(x) : null;
					return read?.ok && read.path !== "" ? [read.path] : [];
				})
			: [];
	return {
		...withDefaults(saved),
		...workspaceWithDefaults(saved),
		uiLanguage: isUiLanguage(s.uiLanguage) ? s.uiLanguage : "auto",
		doneDate: typeof s.doneDate === "boolean" ? s.doneDate : true,
		doneBy: typeof s.doneBy === "string" ? s.doneBy.trim() : "",
		includeFolders: folders(s.includeFolders),
		excludeFolders: folders(s.excludeFolders),
		syncOnLibraryChange: s.syncOnLibraryChange === true,
		version: SETTINGS_VERSION,
	};
}

/** What to tell the user about saved paths that are not used (the core's rule; their defaults stand in). */
export function unusedSettingMessages(saved: unknown, lang: Lang): string[] {
	return readWorkspace(saved).problems.map((p) =>
		t(lang, "plugin.settings.unused", {
			setting: p.setting,
			value: p.value,
			reason: t(lang, `path.reason.${p.reason}`),
			fallback: p.fallback === "" ? t(lang, "cli.library.builtin") : t(lang, "cli.settings.fallback", { value: p.fallback }),
		}),
	);
}

export function isUiLanguage(value: unknown): value is UiLanguage {
	return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}
