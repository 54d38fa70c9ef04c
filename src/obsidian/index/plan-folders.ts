/** Folders holding a plan note: every note in one (or below) is read, whatever the metadata cache says. */
import type { MetadataCache, TFile } from "obsidian";
import { parentOf } from "../vault/vault-paths.js";
import type { CachedNote } from "./cached-note.js";

export function planFoldersRead(notes: ReadonlyMap<string, CachedNote>): Set<string> {
	const folders = new Set<string>();
	for (const [path, entry] of notes) if (entry.note?.profile) folders.add(parentOf(path));
	return folders;
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

export function inPlanFolder(path: string, planFolders: ReadonlySet<string>): boolean {
	if (planFolders.size === 0) return false;
	for (let folder = parentOf(path); ; folder = parentOf(folder)) {
		if (planFolders.has(folder)) return true;
		if (folder === "") return false;
	}
}
