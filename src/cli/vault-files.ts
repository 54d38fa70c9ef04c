/**
 * Reads a vault folder's notes for the core. Folders Obsidian hides (`.obsidian`, `.git`, `.trash`,
 * any dot-folder) are skipped, as are `node_modules`. A file that cannot be read, is binary or is
 * too large becomes a problem in the index, never a crash, and every other note is still read.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import type { VaultProblem } from "../core/index.js";

/** Past this, a "note" is almost certainly an export or a dump, not something a person writes. */
export const MAX_NOTE_BYTES = 32 * 1024 * 1024;

export interface VaultListing {
	/** Vault-relative `/` paths of every markdown note, sorted. */
	readonly notes: readonly string[];
	/** Every file path (for resolving links to non-markdown files too). */
	readonly all: readonly string[];
	readonly problems: readonly VaultProblem[];
}

/** @param skipFolders vault folders left out of the index (the templates folder: its plan template is no plan) */
export function listVault(root: string, skipFolders: readonly string[] = []): VaultListing {
	const notes: string[] = [];
	const all: string[] = [];
	const problems: VaultProblem[] = [];
	const walk = (dir: string): void => {
		let entries: Dirent[];
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch (e) {
			problems.push({ path: toVaultPath(root, dir) || "/", line: 1, code: "file-unreadable", args: { detail: errorText(e) } });
			return;
		}
		for (const entry of entries) {
			if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory() && skipFolders.includes(toVaultPath(root, full))) continue;
			// Symlinked folders are not followed: they can loop, and Obsidian indexes them separately.
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() || entry.isSymbolicLink()) {
				const path = toVaultPath(root, full);
				all.push(path);
				if (/\.md$/i.test(entry.name)) notes.push(path);
			}
		}
	};
	walk(root);
	notes.sort();
	all.sort();
	return { notes, all, problems };
}

export type NoteRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: VaultProblem };

export function readNote(root: string, path: string): NoteRead {
	const full = join(root, ...path.split("/"));
	try {
		const size = statSync(full).size;
		if (size > MAX_NOTE_BYTES) {
			const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
			return { ok: false, problem: { path, line: 1, code: "file-too-large", args: { size: mb(size), limit: mb(MAX_NOTE_BYTES) } } };
		}
		const bytes = readFileSync(full);
		if (bytes.subarray(0, 8192).includes(0)) return { ok: false, problem: { path, line: 1, code: "file-binary" } };
		return { ok: true, text: bytes.toString("utf8") };
	} catch (e) {
		return { ok: false, problem: { path, line: 1, code: "file-unreadable", args: { detail: errorText(e) } } };
	}
}

function toVaultPath(root: string, full: string): string {
	return relative(root, full).split(sep).join("/");
}

function errorText(e: unknown): string {
	const err = e as NodeJS.ErrnoException;
	return err.code ? `${err.code} ${err.message.replace(/^[A-Z]+: /, "")}` : String(e);
}
