/**
 * The CLI reads the same settings the plugin saved in the vault
 * (`.obsidian/plugins/intl-plan/data.json`), so a team's tag aliases and heading names apply in CI too.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { withDefaults, workspaceWithDefaults, type PlanConfig, type WorkspaceSettings } from "../core/index.js";

export const SETTINGS_PATH = [".obsidian", "plugins", "intl-plan", "data.json"] as const;

export interface LoadedSettings {
	readonly config: PlanConfig;
	readonly workspace: WorkspaceSettings;
	/** Set when the file exists but is not JSON: the defaults are used and the user is told. */
	readonly warning: string | null;
}

export function loadSettings(vault: string): LoadedSettings {
	const file = join(vault, ...SETTINGS_PATH);
	if (!existsSync(file)) return { config: withDefaults({}), workspace: workspaceWithDefaults({}), warning: null };
	try {
		const saved: unknown = JSON.parse(readFileSync(file, "utf8"));
		return { config: withDefaults(saved), workspace: workspaceWithDefaults(saved), warning: null };
	} catch (e) {
		const warning = `${SETTINGS_PATH.join("/")}: ${e instanceof Error ? e.message : String(e)}`;
		return { config: withDefaults({}), workspace: workspaceWithDefaults({}), warning };
	}
}
