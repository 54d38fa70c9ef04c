/**
 * The vault index: plans with their profiles, every item with a dimension, and the problems found.
 * `indexVault` is the whole job on a list of files; `assembleIndex` joins cached per-note results.
 */
import type { Problem } from "../parse/types.js";
import { DEFAULT_CONFIG, type PlanConfig } from "./config.js";
import { dimensionMatcher } from "./dimension-of.js";
import { basename, type Item } from "./items.js";
import { assignPlans } from "./membership.js";
import { indexNote, type NoteIndex } from "./note-index.js";
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
	readonly problems: readonly VaultProblem[];
}

export interface IndexOptions {
	readonly config?: PlanConfig;
	/** Problems found before parsing (unreadable or binary files), to be listed with the rest. */
	readonly fileProblems?: readonly VaultProblem[];
	/** Every path in the vault, for resolving `plan` links; defaults to the files given. */
	readonly allPaths?: readonly string[];
}

/**
 * Indexes files one at a time: an iterable lets the caller read each note only when it is needed,
 * so no more than one note's text is held at once.
 */
export function indexVault(files: Iterable<VaultFile>, options: IndexOptions = {}): VaultIndex {
	const config = options.config ?? DEFAULT_CONFIG;
	const matcher = dimensionMatcher(config);
	const notes: NoteIndex[] = [];
	const seen: string[] = [];
	for (const file of files) {
		seen.push(file.path);
		const note = indexNote(file.path, file.text, matcher, config);
		if (note) notes.push(note);
	}
	return assembleIndex(notes, options.allPaths ?? seen, options.fileProblems);
}

export function assembleIndex(
	notes: readonly NoteIndex[],
	allPaths: readonly string[],
	fileProblems: readonly VaultProblem[] = [],
): VaultIndex {
	const sorted = [...notes].sort((a, b) => compare(a.path, b.path));
	const membership = assignPlans(
		sorted.map((n) => ({ path: n.path, isPlan: n.profile !== null, isBrokenPlan: n.brokenPlan !== null, planLink: n.planLink })),
		allPaths,
	);
	const plans: Plan[] = [];
	const brokenPlans: BrokenPlan[] = [];
	const items: Item[] = [];
	const problems: VaultProblem[] = [...fileProblems, ...membership.problems];
	for (const note of sorted) {
		if (note.profile) plans.push({ path: note.path, title: basename(note.path), profile: note.profile });
		else if (note.brokenPlan) brokenPlans.push({ path: note.path, title: basename(note.path), problem: note.brokenPlan });
		const plan = membership.planOf.get(note.path) ?? null;
		for (const item of note.items) items.push({ ...item, plan });
		for (const p of note.problems) problems.push({ ...p, path: note.path });
	}
	problems.sort((a, b) => compare(a.path, b.path) || a.line - b.line);
	return { plans, brokenPlans, items, problems };
}

/** Code-unit order: the same on every machine and locale (the JSON must not depend on either). */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
