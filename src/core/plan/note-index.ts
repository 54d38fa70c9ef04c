/**
 * Everything the vault index needs from one note, computed from that note alone so that adapters
 * can cache it by path + mtime + size and re-run it only for the note that changed.
 */
import { parseNoteSteps } from "../parse/parse-note.js";
import { runSteps, type Steps } from "../parse/steps.js";
import type { Problem } from "../parse/types.js";
import { valueText } from "../parse/value-text.js";
import { linkInValue } from "../parse/wikilinks.js";
import type { PlanConfig } from "./config.js";
import type { DimensionMatcher } from "./dimension-of.js";
import { readEntrySequenceSteps } from "./entry-sequence.js";
import { extractItemsSteps, type ItemDraft, type UnsortedDraft } from "./items.js";
import { brokenPlanProblem, isPlanMarker, PLAN_KEY } from "./plan-marker.js";
import { readProfile, type Profile } from "./profile.js";

export interface NoteIndex {
	readonly path: string;
	/** Set when the note is a plan (frontmatter `intl-plan`). */
	readonly profile: Profile | null;
	/** Set when the note means to be a plan but its frontmatter cannot be read (plan-marker.ts). */
	readonly brokenPlan: Problem | null;
	/** The target of frontmatter `plan: "[[…]]"`, as written. */
	readonly planLink: { readonly target: string; readonly line: number } | null;
	readonly items: readonly ItemDraft[];
	/** Tasks with no dimension: the unsorted tray of the note's plan, if it has one. */
	readonly unsorted: readonly UnsortedDraft[];
	readonly problems: readonly Problem[];
}

export interface IndexNoteOptions {
	/** Parse even when the prefilter says the note holds nothing: a note in a plan's folder (whole-read.ts). */
	readonly whole?: boolean;
}

export function indexNote(path: string, text: string, matcher: DimensionMatcher, config: PlanConfig, options: IndexNoteOptions = {}): NoteIndex | null {
	return runSteps(indexNoteSteps(path, text, matcher, config, options));
}

/** `indexNote` in steps (see parse/steps.ts), for an adapter that must not block its thread on a long note. */
export function* indexNoteSteps(path: string, text: string, matcher: DimensionMatcher, config: PlanConfig, options: IndexNoteOptions = {}): Steps<NoteIndex | null> {
	if (!options.whole && !matcher.mightMatter(text)) return null;
	yield;
	const facts = yield* parseNoteSteps(text);
	const problems: Problem[] = [...facts.problems];
	const fm = facts.frontmatter;
	let profile: Profile | null = null;
	let brokenPlan: Problem | null = null;
	if (fm && isPlanMarker(fm.data[PLAN_KEY])) {
		const version = fm.data[PLAN_KEY];
		if (version !== 1 && version !== "1") {
			problems.push({ line: fm.keyLines[PLAN_KEY] ?? 1, code: "plan-schema", args: { value: valueText(version) } });
		}
		const reading = readProfile(fm, config);
		const sequence = yield* readEntrySequenceSteps(text);
		profile = { ...reading.profile, entries: sequence.entries };
		problems.push(...reading.problems, ...sequence.problems);
	} else {
		brokenPlan = brokenPlanProblem(text, fm, facts.problems);
		if (brokenPlan) problems.push(brokenPlan);
	}
	const target = fm ? linkInValue(fm.data.plan) : null;
	const planLink = target ? { target, line: fm?.keyLines.plan ?? 1 } : null;
	const { items, unsorted } = yield* extractItemsSteps(path, facts, matcher, config, problems);
	if (!profile && !planLink && items.length === 0 && unsorted.length === 0 && problems.length === 0) return null;
	return { path, profile, brokenPlan, planLink, items, unsorted, problems: problems.sort((a, b) => a.line - b.line) };
}
