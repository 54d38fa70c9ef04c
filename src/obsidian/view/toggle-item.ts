/**
 * Ticking a task from the view: the core's verified one-line edit, applied through `Vault.process`.
 * The line is checked against what the view showed (block id, else text) on the text `process` hands
 * over, so a note that changed since the view drew it is never patched by guess.
 */
import type { App } from "obsidian";
import { replaceLine, toggleTask, type Item, type ToggleResult } from "../../core/index.js";
import type { IntlPlanSettings } from "../settings/settings.js";
import { processNote } from "../vault/write-note.js";

export type ToggleOutcome =
	| { readonly ok: true; readonly done: boolean }
	| { readonly ok: false; readonly reason: "missing" | "changed" | "not-a-task" | "no-file" };

type Settings = Pick<IntlPlanSettings, "doneDate" | "doneBy"> & Parameters<typeof toggleTask>[2]["config"];

/** The note with the task ticked (or reopened), or why not; pure, so it runs on whatever text is current. */
export function toggledText(text: string, item: Item, settings: Settings, today: string): { text: string; result: ToggleResult } {
	const result = toggleTask(text, { line: item.line, blockId: item.blockId, text: item.text }, { today, doneDate: settings.doneDate, doneBy: settings.doneBy || null, config: settings });
	if (!result.ok) return { text, result };
	const next = replaceLine(text, result.line, result.before, result.after);
	return next === null ? { text, result: { ok: false, reason: "changed" } } : { text: next, result };
}

export async function toggleItem(app: App, settings: Settings, item: Item, today: string): Promise<ToggleOutcome> {
	const file = app.vault.getFileByPath(item.path);
	if (!file) return { ok: false, reason: "no-file" };
	// Look first: a refused toggle must not touch the file at all (no new modified time, nothing to sync).
	const first = toggledText(await app.vault.read(file), item, settings, today).result;
	if (!first.ok) return first;
	let result: ToggleResult = first;
	await processNote(app, file, (current) => {
		const edit = toggledText(current, item, settings, today);
		result = edit.result;
		return edit.text;
	});
	return result.ok ? { ok: true, done: result.done } : result;
}
