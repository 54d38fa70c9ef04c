/**
 * Notes read whole, past the prefilter. A note in a plan's folder belongs to that plan whatever it
 * holds, so a task there with no dimension must reach the plan's unsorted tray; the prefilter
 * (`mightMatter`) skips such a note when nothing in it names a dimension or a plan. The indexers
 * therefore note which skipped notes may hold a task, and once the plans are known, read again
 * those in a plan's folder, whole.
 */
import type { NoteIndex } from "./note-index.js";

/** A list item opening with a checkbox, wherever it stands (after `>`, another marker, indentation). Errs towards yes. */
const TASK_MARK = /(?:^|[\s>])(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]\r\n]{1,2}\](?=[ \t\r\n]|$)/mu;

/** Cheap: could the parser find a task in this text? Never no when it could. */
export function mayHoldTask(text: string): boolean {
	return TASK_MARK.test(text);
}

/** Folders holding a plan note (every note below one belongs to a plan, unless a nearer folder says otherwise). */
export function planFolders(notes: Iterable<Pick<NoteIndex, "path" | "profile">>): Set<string> {
	const folders = new Set<string>();
	for (const note of notes) if (note.profile) folders.add(folderOf(note.path));
	return folders;
}

export function inPlanFolder(path: string, folders: ReadonlySet<string>): boolean {
	if (folders.size === 0) return false;
	for (let folder = folderOf(path); ; folder = folderOf(folder)) {
		if (folders.has(folder)) return true;
		if (folder === "") return false;
	}
}

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}
