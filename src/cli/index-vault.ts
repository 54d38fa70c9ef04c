/**
 * Indexes a vault folder: list, read, index note by note (with progress), then read again, whole, the
 * notes the prefilter skipped in a plan's folder that may hold a task (core/plan/whole-read.ts), assemble.
 */
import { existsSync, statSync } from "node:fs";
import { assembleIndex, dimensionMatcher, indexNote, inPlanFolder, isUnread, mayHoldTask, planFolders, type NoteIndex, type PlanConfig, type VaultIndex, type VaultProblem } from "../core/index.js";
import { startProgress } from "./progress.js";
import { listVault, readNote } from "./vault-files.js";

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

export function indexFolder(vault: string, config: PlanConfig, progressLabel: string, skipFolders: readonly string[] = []): IndexRun {
	if (!existsSync(vault)) throw new VaultError("cli.error.noVault", vault);
	if (!statSync(vault).isDirectory()) throw new VaultError("cli.error.notAFolder", vault);
	const listing = listVault(vault, skipFolders);
	const matcher = dimensionMatcher(config);
	const notes: NoteIndex[] = [];
	const fileProblems: VaultProblem[] = [...listing.problems];
	const progress = startProgress(listing.notes.length, progressLabel);
	const skipped: string[] = [];
	listing.notes.forEach((path, i) => {
		const read = readNote(vault, path);
		if (read.ok) {
			if (read.notUtf8) fileProblems.push(read.notUtf8);
			const note = indexNote(path, read.text, matcher, config);
			if (note) notes.push(note);
			else if (mayHoldTask(read.text)) skipped.push(path);
		} else fileProblems.push(read.problem);
		if (i % 64 === 0) progress.tick(i);
	});
	progress.stop();
	const folders = planFolders(notes);
	for (const path of skipped) {
		if (!inPlanFolder(path, folders)) continue;
		// Read a moment ago: a note changed since is read as it is now; one unreadable now is a problem, as in the first pass.
		const read = readNote(vault, path);
		if (!read.ok) {
			fileProblems.push(read.problem);
			continue;
		}
		const note = indexNote(path, read.text, matcher, config, { whole: true });
		if (note) notes.push(note);
	}
	const index = assembleIndex(notes, listing.all, fileProblems);
	return {
		index,
		unreadable: index.problems.filter(isUnread).length,
	};
}
