/**
 * The plugin's saved settings (`data.json`). The CLI reads the same file through `withDefaults`, so
 * everything that shapes how notes are read sits at the top level, exactly as `PlanConfig` names it.
 */
import { withDefaults, workspaceWithDefaults, type PlanConfig, type WorkspaceSettings } from "../core/index.js";

export const SETTINGS_VERSION = 1;

export interface IntlPlanSettings extends PlanConfig, WorkspaceSettings {
	/** Schema of this file, so a later release can migrate what an older one saved. */
	readonly version: typeof SETTINGS_VERSION;
}

/** Whatever `loadData()` returned (nothing on first run, an older or hand-edited file) over the defaults. */
export function settingsFrom(saved: unknown): IntlPlanSettings {
	return { ...withDefaults(saved), ...workspaceWithDefaults(saved), version: SETTINGS_VERSION };
}
