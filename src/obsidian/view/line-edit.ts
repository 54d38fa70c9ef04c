/**
 * A verified one-line edit from a view (ticking a task, giving it a dimension): computed by the core on
 * the note as it is, refused without touching the file when the line no longer holds what was shown,
 * else written through `processNote` (the editor when the note is open, `Vault.process` otherwise),
 * computed again there on the text the write is made to.
 */
import type { App } from "obsidian";
import { runSteps, type Steps } from "../../core/index.js";
import { runInSlices } from "../ui/slicer.js";
import { processNote } from "../vault/write-note.js";

export type Refusal = { readonly ok: false; readonly reason: string };

export interface Edited<R extends { readonly ok: true }> {
	readonly text: string;
	readonly result: R | Refusal;
}

/**
 * `edit` is pure: the new text and what happened, or the same text and why not. It comes in steps
 * (the core parses the note to find the line), so a long note is looked at without holding the UI.
 */
export type LineEdit<R extends { readonly ok: true }> = (text: string) => Steps<Edited<R>>;

export async function applyLineEdit<R extends { readonly ok: true }>(app: App, path: string, edit: LineEdit<R>): Promise<R | Refusal> {
	const file = app.vault.getFileByPath(path);
	if (!file) return { ok: false, reason: "no-file" };
	// Look first: a refused edit must not touch the file at all (no new modified time, nothing to sync).
	const seen = await app.vault.read(file);
	const looked = await runInSlices(edit(seen));
	if (!looked.result.ok) return looked.result;
	let result: R | Refusal = looked.result;
	// The write's callback must answer at once: on the text just looked at (the usual case) the edit is
	// known; on a text changed since, it is computed again there, in one go.
	await processNote(app, file, (current) => {
		const next = current === seen ? looked : runSteps(edit(current));
		result = next.result;
		return next.text;
	});
	return result;
}
