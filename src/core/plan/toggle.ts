/**
 * Ticking a task from a view: a one-line edit, made only after checking that the line still holds
 * the item that was shown (its block id if it has one, else its text). Done → open; anything else →
 * done, with the Tasks plugin's done date (`✅ YYYY-MM-DD`) and optionally who did it, placed where
 * the Tasks plugin reads them: at the end of the line, before a block id. A recurring task (`🔁 …`)
 * ticked done gets its next occurrence on a new line above it, as the Tasks plugin writes it
 * (recurrence.ts): open, its dates moved on, without the done task's block id, done marks, or its
 * dependency marks (`🆔`, `⛔`: Tasks drops them, so that no two tasks share an id).
 * A task marked `🏁 delete` (Tasks' "on completion") ticked done is removed, its next occurrence left in
 * its place; unless it has nested lines, which would be left without their parent (Tasks breaks them into
 * a code block): it is then kept done, and the result says why.
 */
import { splitLines } from "../parse/lines.js";
import { parseNoteSteps } from "../parse/parse-note.js";
import { runSteps, type Steps } from "../parse/steps.js";
import type { PlanConfig } from "./config.js";
import { dimensionMatcher } from "./dimension-of.js";
import { shownItem } from "./items.js";
import { nextOccurrence } from "./recurrence.js";
import type { EmojiField, ListItem } from "../parse/types.js";

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
	| {
			readonly ok: true;
			readonly line: number;
			readonly before: string;
			readonly after: string;
			readonly done: boolean;
			/** A recurring task's next occurrence, to go on a new line above it; null otherwise. */
			readonly next: string | null;
			/** The done task's line is removed (`🏁 delete`), its next occurrence, if any, left in its place. */
			readonly removed: boolean;
			/** `🏁 delete` was not followed: the task has nested lines, which would lose their parent. */
			readonly keptNested: boolean;
	  }
	| { readonly ok: false; readonly reason: "missing" | "changed" | "not-a-task" };

export function toggleTask(noteText: string, shown: ShownTask, options: ToggleOptions): ToggleResult {
	return runSteps(toggleTaskSteps(noteText, shown, options));
}

/** `toggleTask` in steps (parse/steps.ts): the note is parsed to find the line, which takes long on a long note. */
export function* toggleTaskSteps(noteText: string, shown: ShownTask, options: ToggleOptions): Steps<ToggleResult> {
	const facts = yield* parseNoteSteps(noteText);
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
	const next = wasDone ? null : nextOccurrenceLine(before, item, options.today);
	const remove = !wasDone && deletesOnCompletion(item);
	const nested = remove && item.endLine > item.line;
	return { ok: true, line: shown.line, before, after, done: !wasDone, next, removed: remove && !nested, keptNested: nested };
}

/** Tasks' "on completion: delete", as `🏁 delete` or Dataview's `[onCompletion:: delete]` on the task's line. */
function deletesOnCompletion(item: ListItem): boolean {
	const said = item.emoji.find((e) => e.kind === "onCompletion" && e.line === item.line)?.value ?? item.fields.find((f) => f.line === item.line && f.key.toLowerCase() === "oncompletion")?.value;
	return said?.trim().toLowerCase() === "delete";
}

/**
 * The line of a recurring task's next occurrence: the task as it was, open, with its start, scheduled
 * and due dates moved on; without its block id (two lines cannot share one), without done, cancelled
 * or created marks, and without `🆔` and `⛔` (as Tasks writes it: the id stays with the done task, and
 * a dependency is the done one's). Null when it does not recur or its rule cannot be read.
 */
function nextOccurrenceLine(before: string, item: ListItem, today: string): string | null {
	const rule = item.emoji.find((e) => e.kind === "recurrence" && e.line === item.line);
	if (!rule || !item.task) return null;
	const dateOf = (kind: EmojiField["kind"]): EmojiField | undefined => item.emoji.find((e) => e.kind === kind && e.line === item.line);
	const [start, scheduled, due] = [dateOf("start"), dateOf("scheduled"), dateOf("due")];
	const next = nextOccurrence(rule.value, { start: start?.value ?? null, scheduled: scheduled?.value ?? null, due: due?.value ?? null }, today);
	if (!next) return null;
	const edits: { from: number; to: number; text: string }[] = [{ from: item.task.at, to: item.task.at + item.task.status.length, text: " " }];
	for (const [field, value] of [[start, next.start], [scheduled, next.scheduled], [due, next.due]] as const) {
		if (field && value) edits.push({ from: field.to - field.value.length, to: field.to, text: value });
	}
	const cuts = [
		...item.emoji.filter((e) => e.line === item.line && (e.kind === "done" || e.kind === "cancelled" || e.kind === "created" || e.kind === "id" || e.kind === "dependsOn")),
		...item.fields.filter((f) => f.line === item.line && f.canonicalKey === "done-by"),
		...(item.blockId && item.blockId.line === item.line ? [item.blockId] : []),
	];
	for (const c of cuts) edits.push({ from: c.from, to: c.to, text: "" });
	let line = before;
	for (const e of edits.sort((a, b) => b.from - a.from)) {
		line = e.text === "" ? line.slice(0, e.from).trimEnd() + line.slice(e.to) : line.slice(0, e.from) + e.text + line.slice(e.to);
	}
	return line.trimEnd();
}

/**
 * The note with a toggle applied: the line replaced (and a next occurrence put above it), or, for a
 * removed task, the line taken out (its next occurrence in its place); null if the line changed.
 */
export function applyToggle(text: string, result: Extract<ToggleResult, { ok: true }>): string | null {
	if (result.removed) return result.next === null ? removeLine(text, result.line, result.before) : replaceLine(text, result.line, result.before, result.next);
	const replaced = replaceLine(text, result.line, result.before, result.after);
	if (replaced === null || result.next === null) return replaced;
	const lines = splitLines(replaced);
	const start = (lines.starts[result.line - 1] ?? 0) + (lines.hadBom ? 1 : 0);
	return replaced.slice(0, start) + result.next + lineEnding(lines, result.line) + replaced.slice(start);
}

/** The line's own ending; for a last line without one, the note's first ending, else a line feed. */
function lineEnding(lines: ReturnType<typeof splitLines>, line: number): string {
	const endOf = (n: number): string => {
		const start = lines.starts[n - 1] ?? 0;
		const next = lines.starts[n];
		return next === undefined ? "" : lines.text.slice(start + (lines.content[n - 1] ?? "").length, next);
	};
	return endOf(line) || endOf(1) || "\n";
}

/** Takes out one line and its ending (a last line without one: the ending before it) if it still reads `before`. Null if it changed. */
function removeLine(text: string, line: number, before: string): string | null {
	const lines = splitLines(text);
	if (lines.content[line - 1] !== before) return null;
	const bom = lines.hadBom ? 1 : 0;
	const start = (lines.starts[line - 1] ?? 0) + bom;
	const next = lines.starts[line];
	if (next !== undefined) return text.slice(0, start) + text.slice(next + bom);
	// The last line: its ending is the one before it, unless it is the only line.
	const previousEnd = line > 1 ? (lines.starts[line - 2] ?? 0) + bom + (lines.content[line - 2] ?? "").length : start;
	return text.slice(0, previousEnd) + text.slice(start + before.length);
}

/** Replaces one line if it still reads `before`; keeps its line ending and every other byte. Null if it changed. */
export function replaceLine(text: string, line: number, before: string, after: string): string | null {
	const lines = splitLines(text);
	if (lines.content[line - 1] !== before) return null;
	const start = (lines.starts[line - 1] ?? 0) + (lines.hadBom ? 1 : 0);
	return text.slice(0, start) + after + text.slice(start + before.length);
}
