/**
 * The plugin's saved settings (`data.json`). The CLI reads the same file through `withDefaults`, so
 * everything that shapes how notes are read sits at the top level, exactly as `PlanConfig` names it.
 */
import { withDefaults, workspaceWithDefaults, type PlanConfig, type WorkspaceSettings } from "../core/index.js";

export const SETTINGS_VERSION = 1;

/** `auto` follows Obsidian's own language; the others pin the plugin's language whatever Obsidian shows. */
export const UI_LANGUAGES = ["auto", "en", "zh"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface IntlPlanSettings extends PlanConfig, WorkspaceSettings {
	/** Schema of this file, so a later release can migrate what an older one saved. */
	readonly version: typeof SETTINGS_VERSION;
	readonly uiLanguage: UiLanguage;
}

/** What the commands and the settings tab need from the plugin: its settings and a way to keep them. */
export interface SettingsHost {
	settings: IntlPlanSettings;
	saveSettings(): Promise<void>;
}

/** Whatever `loadData()` returned (nothing on first run, an older or hand-edited file) over the defaults. */
export function settingsFrom(saved: unknown): IntlPlanSettings {
	const uiLanguage = saved && typeof saved === "object" ? (saved as Record<string, unknown>).uiLanguage : undefined;
	return {
		...withDefaults(saved),
		...workspaceWithDefaults(saved),
		uiLanguage: isUiLanguage(uiLanguage) ? uiLanguage : "auto",
		version: SETTINGS_VERSION,
	};
}

export function isUiLanguage(value: unknown): value is UiLanguage {
	return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}
