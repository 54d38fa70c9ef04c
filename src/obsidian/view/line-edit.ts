/**
 * A verified one-line edit from a view (ticking a task, giving it a dimension): computed by the core on
 * the note as it is, refused without touching the file when the line no longer holds what was shown,
 * else written through `processNote` (the editor when the note is open, `Vault.process` otherwise),
 * computed again there on the text the write is made to.
 */
import type { App } from "obsidian";
import { processNote } from "../vault/write-note.js";

export type Refusal = { readonly ok: false; readonly reason: string };

/** `edit` is pure: the new text and what happened, or the same text and why not. */
export type LineEdit<R extends { readonly ok: true }> = (text: string) => { readonly text: string; readonly result: R | Refusal };

export async function applyLineEdit<R extends { readonly ok: true }>(app: App, path: string, edit: LineEdit<R>): Promise<R | Refusal> {
	const file = app.vault.getFileByPath(path);
	if (!file) return { ok: false, reason: "no-file" };
	// Look first: a refused edit must not touch the file at all (no new modified time, nothing to sync).
	const first = edit(await app.vault.read(file)).result;
	if (!first.ok) return first;
	let result: R | Refusal = first;
	await processNote(app, file, (current) => {
		const next = edit(current);
		result = next.result;
		return next.text;
	});
	return result;
}
