/**
 * Ticking a task from the view: the core's verified one-line edit, applied as line-edit.ts applies one.
 * The line is checked against what the view showed (block id, else text) on the text `process` hands
 * over, so a note that changed since the view drew it is never patched by guess.
 */
import type { App } from "obsidian";
import { applyToggle, runSteps, toggleTaskSteps, type Item, type Steps, type ToggleResult } from "../../core/index.js";
import { applyLineEdit } from "./line-edit.js";
import type { IntlPlanSettings } from "../settings/settings.js";

export type ToggleOutcome =
	| { readonly ok: true; readonly done: boolean; readonly keptNested: boolean }
	| { readonly ok: false; readonly reason: "missing" | "changed" | "not-a-task" | "no-file" };

type Settings = Pick<IntlPlanSettings, "doneDate" | "doneBy"> & Parameters<typeof toggleTaskSteps>[2]["config"];
/** What the view showed of the task: where it is and how it read. */
type Shown = Pick<Item, "path" | "line" | "blockId" | "text">;

/** The note with the task ticked (or reopened; a recurring one with its next occurrence above), or why not; pure, so it runs on whatever text is current. */
export function toggledText(text: string, item: Shown, settings: Settings, today: string): { text: string; result: ToggleResult } {
	return runSteps(toggledTextSteps(text, item, settings, today));
}

function* toggledTextSteps(text: string, item: Shown, settings: Settings, today: string): Steps<{ text: string; result: ToggleResult }> {
	const shown = { line: item.line, blockId: item.blockId, text: item.text };
	const result = yield* toggleTaskSteps(text, shown, { today, doneDate: settings.doneDate, doneBy: settings.doneBy || null, config: settings });
	if (!result.ok) return { text, result };
	const next = applyToggle(text, result);
	return next === null ? { text, result: { ok: false, reason: "changed" } } : { text: next, result };
}

export async function toggleItem(app: App, settings: Settings, item: Shown, today: string): Promise<ToggleOutcome> {
	const outcome = await applyLineEdit<Extract<ToggleResult, { ok: true }>>(app, item.path, (text) => toggledTextSteps(text, item, settings, today));
	if (outcome.ok) return { ok: true, done: outcome.done, keptNested: outcome.keptNested };
	return { ok: false, reason: outcome.reason as Extract<ToggleOutcome, { ok: false }>["reason"] };
}
