/**
 * Giving a task from the unsorted tray a dimension: its dimension's tag added to that one line, at
 * the end of what it says (before a block id, which must end the line), after checking the line
 * still holds the task that was shown, as ticking does. The edit is checked by reading the note
 * again: the task must now be in that dimension, or nothing is written.
 */
import { splitLines } from "../parse/lines.js";
import { parseNoteSteps } from "../parse/parse-note.js";
import { runSteps, type Steps } from "../parse/steps.js";
import { normalizeTag } from "../parse/tags.js";
import type { PlanConfig } from "./config.js";
import { dimensionMatcher } from "./dimension-of.js";
import type { Dimension } from "./dimensions.js";
import { extractItemsSteps, shownItem } from "./items.js";
import { replaceLine, type ShownTask } from "./toggle.js";

export type GiveDimensionResult =
	| { readonly ok: true; readonly line: number; readonly before: string; readonly after: string; readonly tag: string }
	| { readonly ok: false; readonly reason: "missing" | "changed" | "not-a-task" | "no-tag" };

/** The tag (without `#`) that gives a dimension under this config: the first prefix with the first name that works. */
export function dimensionTag(config: PlanConfig, dimension: Dimension): string | null {
	const matcher = dimensionMatcher(config);
	const candidates = [...config.tagPrefixes.flatMap((prefix) => config.tagNames[dimension].map((name) => `${prefix}/${name}`)), ...config.tagAliases[dimension]];
	// A tag is one word (no white space, not only digits) that reads back as the dimension.
	return candidates.find((tag) => /^[^\s#]+$/u.test(tag) && !/^[0-9/]+$/u.test(tag) && matcher.ofTag(normalizeTag(tag)) === dimension) ?? null;
}

export function giveDimension(noteText: string, shown: ShownTask, dimension: Dimension, config: PlanConfig): GiveDimensionResult {
	return runSteps(giveDimensionSteps(noteText, shown, dimension, config));
}

/** `giveDimension` in steps (parse/steps.ts): it parses the note twice, which takes long on a long note. */
export function* giveDimensionSteps(noteText: string, shown: ShownTask, dimension: Dimension, config: PlanConfig): Steps<GiveDimensionResult> {
	const tag = dimensionTag(config, dimension);
	if (tag === null) return { ok: false, reason: "no-tag" };
	const facts = yield* parseNoteSteps(noteText);
	const item = facts.listItems.find((i) => i.line === shown.line);
	if (!item) return { ok: false, reason: "missing" };
	if (!item.task) return { ok: false, reason: "not-a-task" };
	const matcher = dimensionMatcher(config);
	if (shown.blockId !== null ? item.blockId?.id !== shown.blockId : shownItem(item, matcher, config, []).text !== shown.text) {
		return { ok: false, reason: "changed" };
	}
	const before = splitLines(noteText).content[shown.line - 1] ?? "";
	const at = item.blockId && item.blockId.line === item.line ? item.blockId.from : before.trimEnd().length;
	const head = before.slice(0, at).trimEnd();
	const tail = before.slice(at); // the block id, or the white space that ended the line, kept as it was
	const after = `${head} #${tag}${tail.trimStart() === "" ? tail : ` ${tail.trimStart()}`}`;
	const next = replaceLine(noteText, shown.line, before, after);
	// Read back: the task now has the dimension (a line ending inside code or a comment would not).
	const check = next === null ? null : (yield* extractItemsSteps("", yield* parseNoteSteps(next), matcher, config, [])).items.find((i) => i.line === shown.line);
	if (check?.dimension !== dimension) return { ok: false, reason: "changed" };
	return { ok: true, line: shown.line, before, after, tag };
}
