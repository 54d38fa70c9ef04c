/** Giving a task from the unsorted tray a dimension: the core's checked one-line edit (its tag added), applied as line-edit.ts applies one. */
import type { App } from "obsidian";
import { giveDimensionSteps, replaceLine, type Dimension, type GiveDimensionResult, type ListedItem, type PlanConfig, type Steps } from "../../core/index.js";
import { applyLineEdit, type Edited, type Refusal } from "./line-edit.js";

type Shown = Pick<ListedItem, "path" | "line" | "blockId" | "text">;

/** The note with the task's tag added, or the same text and why not; pure, so it runs on whatever text is current. */
function* givenText(text: string, task: Shown, dimension: Dimension, config: PlanConfig): Steps<Edited<Extract<GiveDimensionResult, { ok: true }>>> {
	const result = yield* giveDimensionSteps(text, task, dimension, config);
	if (!result.ok) return { text, result };
	const next = replaceLine(text, result.line, result.before, result.after);
	return next === null ? { text, result: { ok: false, reason: "changed" } } : { text: next, result };
}

export function giveTaskDimension(app: App, config: PlanConfig, task: Shown, dimension: Dimension): Promise<Extract<GiveDimensionResult, { ok: true }> | Refusal> {
	return applyLineEdit<Extract<GiveDimensionResult, { ok: true }>>(app, task.path, (text) => givenText(text, task, dimension, config));
}
