/**
 * Ticking a task from a view: a one-line edit, made only after checking that the line still holds
 * the item that was shown (its block id if it has one, else its text). Done → open; anything else →
 * done, with the Tasks plugin's done date (`✅ YYYY-MM-DD`) and optionally who did it, placed where
 * the Tasks plugin reads them: at the end of the line, before a block id.
 */
import { splitLines } from "../parse/lines.js";
import { parseNote } from "../parse/parse-note.js";
import type { PlanConfig } from "./config.js";
import { dimensionMatcher } from "./dimension-of.js";
import { shownItem } from "./items.js";

export interface ShownTask {
	readonly line: number;
	readonly blockId: string | null;
	/** The text the view showed (Item.text). */
	readonly text: string;
}

export interface ToggleOptions {
	readonly today: string;
	/** Add `✅ today` when marking done (and remove it when reopening). */
	readonly doneDate: boolean;
	/** Name to record as `[done-by:: …]`, or null. */
	readonly doneBy: string | null;
	readonly config: PlanConfig;
}

export type ToggleResult =
	| { readonly ok: true; readonly line: number; readonly before: string; readonly after: string; readonly done: boolean }
	| { readonly ok: false; readonly reason: "missing" | "changed" | "not-a-task" };

export function toggleTask(noteText: string, shown: ShownTask, options: ToggleOptions): ToggleResult {
	const facts = parseNote(noteText);
	const item = facts.listItems.find((i) => i.line === shown.line);
	if (!item) return { ok: false, reason: "missing" };
	if (!item.task) return { ok: false, reason: "not-a-task" };
	const matcher = dimensionMatcher(options.config);
	if (shown.blockId !== null ? item.blockId?.id !== shown.blockId : shownItem(item, matcher, options.config, []).text !== shown.text) {
		return { ok: false, reason: "changed" };
	}
	const before = splitLines(noteText).content[shown.line - 1] ?? "";
	const wasDone = item.task.status === "x" || item.task.status === "X";
	let after = before.slice(0, item.task.at) + (wasDone ? " " : "x") + before.slice(item.task.at + 1);
	if (wasDone) {
		// Reopening takes back what ticking added, nothing else.
		const cuts = [
			...item.emoji.filter((e) => e.kind === "done"),
			...item.fields.filter((f) => f.line === item.line && f.canonicalKey === "done-by"),
		].sort((a, b) => b.from - a.from);
		for (const c of cuts) after = after.slice(0, c.from).trimEnd() + after.slice(c.to);
	} else {
		const adds = [
			options.doneBy && !item.fields.some((f) => f.canonicalKey === "done-by") ? `[done-by:: ${options.doneBy}]` : null,
			options.doneDate && !item.emoji.some((e) => e.kind === "done") ? `✅ ${options.today}` : null,
		].filter((x): x is string => x !== null);
		if (adds.length) {
			const at = item.blockId && item.blockId.line === item.line ? item.blockId.from : after.trimEnd().length;
			const head = after.slice(0, at).trimEnd();
			const tail = after.slice(at);
			after = `${head} ${adds.join(" ")}${tail ? ` ${tail.trimStart()}` : ""}`;
		}
	}
	return { ok: true, line: shown.line, before, after, done: !wasDone };
}

/** Replaces one line if it still reads `before`; keeps its line ending and every other byte. Null if it changed. */
export function replaceLine(text: string, line: number, before: string, after: string): string | null {
	const lines = splitLines(text);
	if (lines.content[line - 1] !== before) return null;
	const start = (lines.starts[line - 1] ?? 0) + (lines.hadBom ? 1 : 0);
	return text.slice(0, start) + after + text.slice(start + before.length);
}
