/** Registers the Quadrant view with Bases; where Bases is off or absent, quietly does nothing. */
import type { Plugin } from "obsidian";
import { t } from "../../core/index.js";
import { uiLang } from "../ui/language.js";
import { BASES_VIEW_ID, DEFAULT_DIMENSION_PROPERTY, DIMENSION_OPTION, QuadrantBasesView, type QuadrantBasesHost } from "./quadrant-bases-view.js";

/** True when Bases took the view. */
export function registerQuadrantBasesView(plugin: Plugin & QuadrantBasesHost): boolean {
	if (!("registerBasesView" in plugin) || typeof plugin.registerBasesView !== "function") return false;
	const lang = uiLang(plugin.settings);
	try {
		return plugin.registerBasesView(BASES_VIEW_ID, {
			name: t(lang, "bases.name"),
			icon: "layout-grid",
			factory: (controller, containerEl) => new QuadrantBasesView(controller, containerEl, plugin),
			options: () => [{ type: "property", key: DIMENSION_OPTION, displayName: t(lang, "bases.dimensionProperty"), default: DEFAULT_DIMENSION_PROPERTY }],
		});
	} catch {
		// Bases present but refusing (disabled core plugin, an API change): the rest of the plugin works on.
		return false;
	}
}
