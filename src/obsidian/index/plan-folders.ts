/** Folders holding a plan note: every note in one (or below) is read, whatever the metadata cache says. */
import type { MetadataCache, TFile } from "obsidian";
import { parentOf } from "../vault/vault-paths.js";
import type { CachedNote } from "./cached-note.js";
import { planFolders, type NoteIndex } from "../../core/index.js";

export function planFoldersRead(notes: ReadonlyMap<string, CachedNote>): Set<string> {
	const read: NoteIndex[] = [];
	for (const entry of notes.values()) if (entry.note?.profile) read.push(entry.note);
	return planFolders(read);
}

/** Before anything is read: plan notes as the metadata cache sees them (frontmatter `intl-plan`). */
export function planFoldersFromMetadata(files: readonly TFile[], metadataCache: MetadataCache): Set<string> {
	const folders = new Set<string>();
	for (const file of files) {
		const fm = metadataCache.getFileCache(file)?.frontmatter;
		if (fm && "intl-plan" in fm) folders.add(parentOf(file.path));
	}
	return folders;
}

export { inPlanFolder } from "../../core/index.js";
