/** The language the plugin speaks: Obsidian's own (`getLanguage`, since 1.8.7) unless the settings pin one. */
import { getLanguage } from "obsidian";
import { langFromLocale, type Lang } from "../../core/index.js";
import type { IntlPlanSettings } from "../settings/settings.js";

export function uiLang(settings: Pick<IntlPlanSettings, "uiLanguage">): Lang {
	return settings.uiLanguage === "auto" ? langFromLocale(getLanguage()) : settings.uiLanguage;
}
