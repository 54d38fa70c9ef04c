/**
 * Indexes a vault folder: list, read, index note by note (with progress), then read again, whole, the
 * notes the prefilter skipped in a plan's folder that may hold a task (core/plan/whole-read.ts), assemble.
 */
import { existsSync, statSync } from "node:fs";
import { assembleIndex, dimensionMatcher, indexNote, inPlanFolder, isUnread, mayHoldTask, planFolders, type DimensionMatcher, type NoteIndex, type PlanConfig, type VaultIndex, type VaultProblem } from "../core/index.js";
import { startProgress } from "./progress.js";
import { listVault, readNote } from "./vault-files.js";
import { IndexCache, type FileStamp } from "./index-cache.js";
import { join, sep } from "node:path";

export class VaultError extends Error {
	constructor(
		readonly key: "cli.error.noVault" | "cli.error.notAFolder",
		readonly path: string,
	) {
		super(`${key}: ${path}`);
	}
}

export interface IndexRun {
	readonly index: VaultIndex;
	/** Problems of notes that could not be read (core's `isUnread`: unreadable, binary, too large, broken plans): exit status 1. */
	readonly unreadable: number;
}

export function indexFolder(vault: string, config: PlanConfig, progressLabel: string, skipFolders: readonly string[] = [], cache: IndexCache = IndexCache.none()): IndexRun {
	if (!existsSync(vault)) throw new VaultError("cli.error.noVault", vault);
	if (!statSync(vault).isDirectory()) throw new VaultError("cli.error.notAFolder", vault);
	const listing = listVault(vault, skipFolders);
	// Made when a note is first read: a run that reads none (an unchanged vault) does not build its patterns.
	let made: DimensionMatcher | null = null;
	const matcher = (): DimensionMatcher => (made ??= dimensionMatcher(config));
	const notes: NoteIndex[] = [];
	const fileProblems: VaultProblem[] = [...listing.problems];
	const progress = startProgress(listing.notes.length, progressLabel);
	const skipped: string[] = [];
	const firstStamps = new Map<string, FileStamp | null>();
	// Listed paths are plain names joined by "/" (no "." or ".."): joined to the vault by concatenation,
	// not normalized again for each of 10,000 notes.
	const base = join(vault, sep);
	const fullPath = (path: string): string => base + (sep === "/" ? path : path.replaceAll("/", sep));
	listing.notes.forEach((path, i) => {
		// An unchanged note is not read again: what it gave last time stands (index-cache.ts). A note the
		// cache does not know is read at once, stamped by its open file (one system call less per note).
		const known = cache.knows(path);
		const statted = known ? cache.stamp(fullPath(path)) : null;
		const cached = known ? cache.lookup(path, statted) : null;
		firstStamps.set(path, statted);
		if (cached) {
			if (cached.note) notes.push(cached.note);
			else if (cached.mayHoldTask) skipped.push(path);
		} else {
			const read = readNote(vault, path);
			if (read.ok) {
				const stamp = statted ?? read.stamp;
				firstStamps.set(path, stamp);
				if (read.notUtf8) fileProblems.push(read.notUtf8);
				const note = indexNote(path, read.text, matcher(), config);
				if (note) notes.push(note);
				const mayHold = note === null && mayHoldTask(read.text);
				if (mayHold) skipped.push(path);
				// A note that is not UTF-8 says so on every run: it is read every time.
				if (!read.notUtf8) cache.store(path, stamp, { note, mayHoldTask: mayHold });
			} else fileProblems.push(read.problem);
		}
		if (i % 64 === 0) progress.tick(i);
	});
	progress.stop();
	const folders = planFolders(notes);
	for (const path of skipped) {
		if (!inPlanFolder(path, folders)) continue;
		const stamp = cache.stamp(fullPath(path));
		const cached = cache.lookup(path, stamp);
		if (cached?.whole !== undefined) {
			if (cached.whole) notes.push(cached.whole);
			continue;
		}
		// Read a moment ago: a note changed since is read as it is now; one unreadable now is a problem, as in the first pass.
		const read = readNote(vault, path);
		if (!read.ok) {
			fileProblems.push(read.problem);
			continue;
		}
		const note = indexNote(path, read.text, matcher(), config, { whole: true });
		if (note) notes.push(note);
		// Kept only when the note is as the first pass read it (its first result stands beside this one).
		const first = firstStamps.get(path);
		if (!read.notUtf8 && first && stamp && first.mtimeMs === stamp.mtimeMs && first.size === stamp.size) cache.store(path, stamp, { note: null, mayHoldTask: true, whole: note });
	}
	cache.save();
	const index = assembleIndex(notes, listing.all, fileProblems);
	return {
		index,
		unreadable: index.problems.filter(isUnread).length,
	};
}
