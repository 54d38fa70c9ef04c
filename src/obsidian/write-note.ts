/**
 * The plugin's writes: creating a note that must not exist yet (its folders made on the way; failures
 * told, not thrown), and editing one through `Vault.process` only when its bytes are UTF-8.
 */
import type { App, TFile } from "obsidian";
import { decodeNote, t, type Lang } from "../core/index.js";
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

/** A note whose bytes are not UTF-8: Obsidian shows it with U+FFFD, and saving that text would change bytes no edit touched. */
export class NotUtf8Error extends Error {
	constructor(
		readonly path: string,
		readonly line: number,
	) {
		super(`not UTF-8 from line ${line}: ${path}`);
	}
}

/**
 * `Vault.process`, after checking that the note's bytes are UTF-8 (one binary read: Obsidian's
 * `read` has already replaced what it could not decode).
 * @throws NotUtf8Error, with nothing written
 */
export async function processNote(app: App, file: TFile, edit: (current: string) => string): Promise<void> {
	const decoded = decodeNote(new Uint8Array(await app.vault.readBinary(file)));
	if (!decoded.exact) throw new NotUtf8Error(file.path, decoded.badLine ?? 1);
	await app.vault.process(file, edit);
}

export function writeError(e: unknown, path: string, lang: Lang): string {
	if (e instanceof NotUtf8Error) return t(lang, "plugin.error.notUtf8", { path: e.path, line: e.line });
	if (e instanceof NotAFolderError) return t(lang, "plugin.error.notAFolder", { path: e.path });
	return t(lang, "plugin.error.write", { path, detail: e instanceof Error ? e.message : String(e) });
}
