/**
 * The vault index: plans with their profiles, every item with a dimension, and the problems found.
 * `indexVault` is the whole job on a list of files; `assembleIndex` joins cached per-note results.
 */
import type { Problem } from "../parse/types.js";
import { DEFAULT_CONFIG, type PlanConfig } from "./config.js";
import { dimensionMatcher } from "./dimension-of.js";
import { basename, itemInPlan, taskInPlan, type Item, type UnsortedTask } from "./items.js";
import { assignPlansSteps } from "./membership.js";
import { runSteps, type Steps } from "../parse/steps.js";
import { indexNote, type NoteIndex } from "./note-index.js";
import { inPlanFolder, mayHoldTask, planFolders } from "./whole-read.js";
import type { Profile } from "./profile.js";

export interface VaultFile {
	/** Vault-relative, `/`-separated. */
	readonly path: string;
	readonly text: string;
}

export interface Plan {
	readonly path: string;
	readonly title: string;
	readonly profile: Profile;
}

export type VaultProblem = Problem & { readonly path: string };

/** A note meant as a plan whose frontmatter cannot be read (plan-marker.ts); `problem` says where. */
export interface BrokenPlan {
	readonly path: string;
	readonly title: string;
	readonly problem: Problem;
}

export interface VaultIndex {
	readonly plans: readonly Plan[];
	/** Plan notes that cannot be read, by path: in no plan list, but named by every view and verb. */
	readonly brokenPlans: readonly BrokenPlan[];
	/** Sorted by path, then line. */
	readonly items: readonly Item[];
	/** Tasks in a plan's notes that get no dimension (its unsorted tray); sorted by path, then line. */
	readonly unsorted: readonly UnsortedTask[];
	readonly problems: readonly VaultProblem[];
}

export interface IndexOptions {
	readonly config?: PlanConfig;
	/** Problems found before parsing (unreadable or binary files), to be listed with the rest. */
	readonly fileProblems?: readonly VaultProblem[];
	/** Every path in the vault, for resolving `plan` links; defaults to the files given. */
	readonly allPaths?: readonly string[];
	/**
	 * Reads a note again for the second pass (whole-read.ts); needed when `files` is a one-shot
	 * iterator (a generator), which cannot be walked twice. Null: the note is gone.
	 */
	readonly reread?: (path: string) => string | null;
}

/**
 * Indexes files one at a time: an iterable lets the caller read each note only when it is needed,
 * so no more than one note's text is held at once. Notes the prefilter skipped that may hold a task
 * and stand in a plan's folder are read again, whole, once the plans are known (whole-read.ts).
 */
export function indexVault(files: Iterable<VaultFile>, options: IndexOptions = {}): VaultIndex {
	const config = options.config ?? DEFAULT_CONFIG;
	const matcher = dimensionMatcher(config);
	const notes: NoteIndex[] = [];
	const seen: string[] = [];
	const skipped: string[] = [];
	for (const file of files) {
		seen.push(file.path);
		const note = indexNote(file.path, file.text, matcher, config);
		if (note) notes.push(note);
		else if (mayHoldTask(file.text)) skipped.push(file.path);
	}
	const folders = planFolders(notes);
	const again = new Set(skipped.filter((path) => inPlanFolder(path, folders)));
	if (again.size > 0) {
		const oneShot = (files as Partial<Iterator<VaultFile>>).next !== undefined;
		if (oneShot && !options.reread) throw new TypeError("indexVault: a one-shot iterator of files needs options.reread for the notes in plan folders");
		const read = options.reread ?? textsOf(files, again);
		for (const path of again) {
			const text = read(path);
			const note = text === null ? null : indexNote(path, text, matcher, config, { whole: true });
			if (note) notes.push(note);
		}
	}
	return assembleIndex(notes, options.allPaths ?? seen, options.fileProblems);
}

/** A second walk over re-iterable files, keeping only the texts wanted. */
function textsOf(files: Iterable<VaultFile>, wanted: ReadonlySet<string>): (path: string) => string | null {
	const texts = new Map<string, string>();
	for (const file of files) if (wanted.has(file.path)) texts.set(file.path, file.text);
	return (path) => texts.get(path) ?? null;
}

export function assembleIndex(notes: readonly NoteIndex[], allPaths: readonly string[], fileProblems: readonly VaultProblem[] = []): VaultIndex {
	return runSteps(assembleIndexSteps(notes, allPaths, fileProblems));
}

/** `assembleIndex` in steps (parse/steps.ts): at 10,000 notes it takes tens of milliseconds, more than a frame. */
export function* assembleIndexSteps(notes: readonly NoteIndex[], allPaths: readonly string[], fileProblems: readonly VaultProblem[] = []): Steps<VaultIndex> {
	const sorted = [...notes].sort((a, b) => compare(a.path, b.path));
	yield;
	const membership = yield* assignPlansSteps(
		sorted.map((n) => ({ path: n.path, isPlan: n.profile !== null, isBrokenPlan: n.brokenPlan !== null, planLink: n.planLink })),
		allPaths,
	);
	const plans: Plan[] = [];
	const brokenPlans: BrokenPlan[] = [];
	const items: Item[] = [];
	const unsorted: UnsortedTask[] = [];
	const problems: VaultProblem[] = [...fileProblems, ...membership.problems];
	let sinceYield = 0;
	for (const note of sorted) {
		sinceYield += note.items.length + note.unsorted.length + 1;
		if (sinceYield >= 1024) {
			sinceYield = 0;
			yield;
		}
		if (note.profile) plans.push({ path: note.path, title: basename(note.path), profile: note.profile });
		else if (note.brokenPlan) brokenPlans.push({ path: note.path, title: basename(note.path), problem: note.brokenPlan });
		const plan = membership.planOf.get(note.path) ?? null;
		for (const item of note.items) items.push(itemInPlan(item, plan));
		for (const p of note.problems) problems.push({ ...p, path: note.path });
		if (plan !== null) {
			for (const task of note.unsorted) unsorted.push(taskInPlan(task, plan));
			const problem = unsortedProblem(note, plan);
			if (problem) problems.push(problem);
		}
	}
	yield;
	problems.sort((a, b) => compare(a.path, b.path) || a.line - b.line);
	return { plans, brokenPlans, items, unsorted, problems };
}

/** "3 tasks here have no dimension", at the first of them: a note's tasks that no quadrant shows. */
export function unsortedProblem(note: Pick<NoteIndex, "path" | "unsorted">, plan: string): VaultProblem | null {
	const first = note.unsorted[0];
	if (!first) return null;
	return { path: note.path, line: first.line, code: "tasks-no-dimension", args: { count: String(note.unsorted.length), plan: basename(plan) } };
}

/** Code-unit order: the same on every machine and locale (the JSON must not depend on either). */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
