/** What the live index keeps per note: the core's result, and the file state it was computed from. */
import type { NoteIndex, VaultProblem } from "../../core/index.js";

export interface CachedNote {
	readonly mtime: number;
	readonly size: number;
	/** False when the metadata cache ruled the note out without reading it. */
	readonly read: boolean;
	/** When it was read (ms since the epoch): an entry read right after its mtime is not trusted later (saved-index.ts). */
	readonly readAt?: number;
	/**
	 * Read whole: past the prefilter, as a note in a plan's folder is (its tasks with no dimension are the
	 * plan's unsorted tray), or found to hold something (so the parser read all of it). A note the
	 * prefilter skipped is read again when it comes to stand in a plan's folder.
	 */
	readonly whole?: boolean;
	/** For a note read whole in a plan's folder: whether the prefilter would have read it at all. */
	readonly passed?: boolean;
	readonly note: NoteIndex | null;
	/** Why the note could not be indexed, when the parser failed on it. */
	readonly problem?: VaultProblem;
}

/** The same note under a new path: nothing in a NoteIndex depends on the path but the path itself. */
export function renamed(entry: CachedNote, path: string): CachedNote {
	const { note, problem } = entry;
	if (problem) return { ...entry, problem: { ...problem, path } };
	if (!note) return entry;
	return { ...entry, note: { ...note, path, items: note.items.map((item) => ({ ...item, path })), unsorted: note.unsorted.map((task) => ({ ...task, path })) } };
}
