/**
 * Obsidian's core Templates plugin keeps its folder in `.obsidian/templates.json` (`{"folder": "Templates"}`).
 * Notes there are templates, not plans or tasks: a plan template there would index as a phantom plan, so
 * that folder is skipped like the plugin's own templates folder.
 */
import { vaultPath } from "./vault-path.js";

/** The folder `templates.json` names, in vault form; null when it names none, cannot be read, or leaves the vault. */
export function coreTemplatesFolder(json: string): string | null {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return null;
	}
	const folder = data && typeof data === "object" ? (data as Record<string, unknown>).folder : undefined;
	if (typeof folder !== "string") return null;
	const read = vaultPath(folder);
	return read.ok && read.path !== "" ? read.path : null;
}

/** The file, relative to the vault's config folder. */
export const CORE_TEMPLATES_CONFIG = "templates.json";
