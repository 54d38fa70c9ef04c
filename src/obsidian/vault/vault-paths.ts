/** Vault paths as users type them, and folders made on demand: the little the commands share about files. */
import { normalizePath, TFolder, type Vault } from "obsidian";
import { vaultPath } from "../../core/index.js";

/**
 * A folder or note path as typed ("\Plans\", " Intl plan/ ", "Plans/../Team") → vault form ("Plans",
 * "Intl plan", "Team"); "" is the root. Null when it leaves the vault: Obsidian's normalizePath keeps
 * `..`, so the core's rule (the CLI's too) decides first.
 */
export function cleanPath(typed: string): string | null {
	const read = vaultPath(typed);
	if (!read.ok) return null;
	return read.path === "" ? "" : normalizePath(read.path);
}

export function joinPath(folder: string, name: string): string {
	return folder === "" ? name : `${folder}/${name}`;
}

export function parentOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

/** Notes are `.md` files; a path typed without the extension means the note. Null when it leaves the vault. */
export function notePath(typed: string): string | null {
	const path = cleanPath(typed);
	return path === null || path === "" || path.toLowerCase().endsWith(".md") ? path : `${path}.md`;
}

/** Creates each missing folder on the way, one level at a time (the same on desktop and mobile). */
export async function ensureFolder(vault: Vault, folder: string): Promise<void> {
	let path = "";
	for (const part of folder.split("/").filter((p) => p !== "")) {
		path = joinPath(path, part);
		const existing = vault.getAbstractFileByPath(path);
		if (existing instanceof TFolder) continue;
		if (existing) throw new NotAFolderError(path);
		await vault.createFolder(path);
	}
}

/** A file sits where a folder is needed. */
export class NotAFolderError extends Error {
	constructor(readonly path: string) {
		super(`${path} is a file, not a folder`);
	}
}
