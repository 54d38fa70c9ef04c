/**
 * The plugin's writes: creating a note that must not exist yet (its folders made on the way; failures
 * told, not thrown), and editing one only when its bytes are UTF-8: through the editor when the note
 * is open in one (the cursor, folds and undo history stay; no merge with the buffer), else through
 * `Vault.process`.
 */
import { MarkdownView, type App, type TFile } from "obsidian";
import { decodeNote, t, textChanges, type Lang } from "../../core/index.js";
import { warn } from "../ui/notices.js";
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
 * Edits a note, after checking that its bytes are UTF-8 (one binary read: Obsidian's `read` has
 * already replaced what it could not decode). `edit` gets the text the user sees: the editor's when
 * the note is open in one, and only the span that changed is replaced there, then saved.
 * @throws NotUtf8Error, with nothing written
 */
export async function processNote(app: App, file: TFile, edit: (current: string) => string): Promise<void> {
	const decoded = decodeNote(new Uint8Array(await app.vault.readBinary(file)));
	if (!decoded.exact) throw new NotUtf8Error(file.path, decoded.badLine ?? 1);
	const view = editorOf(app, file);
	if (!view) return void (await app.vault.process(file, edit));
	const { editor } = view;
	const current = editor.getValue();
	const changes = textChanges(current, edit(current));
	if (changes.length === 0) return;
	// One transaction, positions in the text before it (as CodeMirror reads a change set).
	editor.transaction({ changes: changes.map((c) => ({ from: editor.offsetToPos(c.from), to: editor.offsetToPos(c.to), text: c.text })) });
	await view.save();
}

/** A markdown view showing the note, the active one first (any window). */
function editorOf(app: App, file: TFile): MarkdownView | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active?.file?.path === file.path) return active;
	let found: MarkdownView | null = null;
	app.workspace.iterateAllLeaves((leaf) => {
		if (!found && leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) found = leaf.view;
	});
	return found;
}

export function writeError(e: unknown, path: string, lang: Lang): string {
	if (e instanceof NotUtf8Error) return t(lang, "plugin.error.notUtf8", { path: e.path, line: e.line });
	if (e instanceof NotAFolderError) return t(lang, "plugin.error.notAFolder", { path: e.path });
	return t(lang, "plugin.error.write", { path, detail: e instanceof Error ? e.message : String(e) });
}
