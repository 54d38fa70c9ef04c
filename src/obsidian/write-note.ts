/** Creating a note that must not exist yet, its folders made on the way; failures told, not thrown. */
import type { App, TFile } from "obsidian";
import { t, type Lang } from "../core/index.js";
import { warn } from "./notices.js";
import { ensureFolder, NotAFolderError, parentOf } from "./vault-paths.js";

/** The new note, or null when it could not be written (the user has been told why). */
export async function writeNewNote(app: App, path: string, text: string, lang: Lang): Promise<TFile | null> {
	try {
		await ensureFolder(app.vault, parentOf(path));
		return await app.vault.create(path, text);
	} catch (e) {
		warn(writeError(e, path, lang));
		return null;
	}
}

export function writeError(e: unknown, path: string, lang: Lang): string {
	if (e instanceof NotAFolderError) return t(lang, "plugin.error.notAFolder", { path: e.path });
	return t(lang, "plugin.error.write", { path, detail: e instanceof Error ? e.message : String(e) });
}
