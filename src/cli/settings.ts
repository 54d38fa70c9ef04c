/**
 * The CLI reads the same settings the plugin saved in the vault
 * (`.obsidian/plugins/intl-plan/data.json`), so a team's tag aliases and heading names apply in CI too.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readRegularFile } from "./regular-file.js";
import { CORE_TEMPLATES_CONFIG, coreTemplatesFolder, readWorkspace, t, withDefaults, workspaceWithDefaults, type PlanConfig, type SettingProblem, type WorkspaceSettings } from "../core/index.js";
import { UsageError, type CliContext } from "./context.js";

export const SETTINGS_PATH = [".obsidian", "plugins", "intl-plan", "data.json"] as const;
const CORE_TEMPLATES_PATH = [".obsidian", CORE_TEMPLATES_CONFIG] as const;

export interface LoadedSettings {
	readonly config: PlanConfig;
	readonly workspace: WorkspaceSettings;
	/** Set when the file exists but is not JSON: the defaults are used and the user is told. */
	readonly warning: string | null;
	/** Saved paths that leave the vault (or are no file name): not used, their defaults stand in. */
	readonly problems: readonly SettingProblem[];
	/** Folders never indexed: the plugin's templates folder, and the core Templates plugin's. */
	readonly skipFolders: readonly string[];
}

export function loadSettings(vault: string): LoadedSettings {
	const file = join(vault, ...SETTINGS_PATH);
	const skipping = (workspace: WorkspaceSettings): string[] => [workspace.templatesFolder, ...(coreTemplates(vault) ?? [])];
	if (!existsSync(file)) {
		const workspace = workspaceWithDefaults({});
		return { config: withDefaults({}), workspace, warning: null, problems: [], skipFolders: skipping(workspace) };
	}
	try {
		// A FIFO or folder there is an error like bad JSON (the defaults stand in), never a hang.
		const saved: unknown = JSON.parse(readRegularFile(file).toString("utf8"));
		const { settings, problems } = readWorkspace(saved);
		return { config: withDefaults(saved), workspace: settings, warning: null, problems, skipFolders: skipping(settings) };
	} catch (e) {
		const warning = `${SETTINGS_PATH.join("/")}: ${e instanceof Error ? e.message : String(e)}`;
		const workspace = workspaceWithDefaults({});
		return { config: withDefaults({}), workspace, warning, problems: [], skipFolders: skipping(workspace) };
	}
}

/** The core Templates plugin's folder, when `.obsidian/templates.json` names one in the vault (else nothing: it is optional). */
function coreTemplates(vault: string): [string] | null {
	const file = join(vault, ...CORE_TEMPLATES_PATH);
	if (!existsSync(file)) return null;
	try {
		const folder = coreTemplatesFolder(readRegularFile(file).toString("utf8"));
		return folder === null ? null : [folder];
	} catch {
		return null;
	}
}

/** For each setting a verb would use, the flag that stands in for it (so a bad setting is worked around). */
export type SettingNeeds = Partial<Record<SettingProblem["setting"], string>>;

/**
 * The settings, with what the user must know on stderr. A saved path that leaves the vault is never
 * used: where the verb only reads with it (the templates folder it skips) its default stands in and
 * the user is warned; where it would decide what is written or which checklist applies (`needs`),
 * the verb stops, exit 2, rather than guess: syncing against another library retires items.
 */
export function readSettings(vault: string, ctx: CliContext, needs: SettingNeeds = {}): LoadedSettings {
	const loaded = loadSettings(vault);
	const { io, lang } = ctx;
	if (loaded.warning) io.err(`intl-plan: ${loaded.warning}\n`);
	const file = SETTINGS_PATH.join("/");
	const refused: string[] = [];
	for (const problem of loaded.problems) {
		const args = { file, setting: problem.setting, value: problem.value, reason: t(lang, `path.reason.${problem.reason}`) };
		const option = needs[problem.setting];
		if (option !== undefined) refused.push(t(lang, "cli.settings.refused", { ...args, option }));
		else {
			const fallback = problem.fallback === "" ? t(lang, "cli.library.builtin") : t(lang, "cli.settings.fallback", { value: problem.fallback });
			io.err(`intl-plan: ${t(lang, "cli.settings.unused", { ...args, fallback })}\n`);
		}
	}
	// Every setting to fix at once, one per line as each message is.
	if (refused.length > 0) throw new UsageError(refused.join("\nintl-plan: "));
	return loaded;
}
