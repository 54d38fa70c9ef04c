/**
 * Reads a vault folder's notes for the core. Folders Obsidian hides (`.obsidian`, `.git`, `.trash`,
 * any dot-folder) are skipped, as are `node_modules`. A file that cannot be read, is binary, is too
 * large or is no regular file (a FIFO would block the read forever) becomes a problem in the index,
 * never a crash or a hang, and every other note is still read. A note that is not UTF-8 is read (with
 * U+FFFD) and flagged, so that no verb writes it back.
 */
import { readdirSync, realpathSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import { decodeNote, type VaultProblem } from "../core/index.js";
import { NotRegularFileError, readRegularFileStat, TooLargeError } from "./regular-file.js";

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
	const links: string[] = [];
	// `rel`: the folder's vault path ("" for the vault itself), built as the walk goes down, not worked out again per file.
	const walk = (dir: string, rel: string): void => {
		let entries: Dirent[];
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch (e) {
			problems.push({ path: rel || "/", line: 1, code: "file-unreadable", args: { detail: errorText(e) } });
			return;
		}
		for (const entry of entries) {
			if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
			const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
			if (entry.isDirectory() && skipFolders.includes(path)) continue;
			// Symlinked folders are not followed: they can loop, and Obsidian indexes them separately.
			if (entry.isDirectory()) walk(join(dir, entry.name), path);
			else {
				if (entry.isFile() || entry.isSymbolicLink()) all.push(path);
				// A FIFO, socket or device named like a note is listed too: reading it names it as a problem.
				if (/\.md$/i.test(entry.name)) notes.push(path);
				if (entry.isSymbolicLink() && /\.md$/i.test(entry.name)) links.push(path);
			}
		}
	};
	walk(root, "");
	const same = linksToNotes(root, links, new Set(notes));
	if (same.size > 0) notes.splice(0, notes.length, ...notes.filter((n) => !same.has(n)));
	notes.sort();
	all.sort();
	return { notes, all, problems };
}

/**
 * Notes that are links to another note of the vault: the same file under two names, read (and written)
 * once, under its own name, so its tasks are not counted twice and a sync does not write it twice.
 */
function linksToNotes(root: string, links: readonly string[], notes: ReadonlySet<string>): Set<string> {
	const same = new Set<string>();
	if (links.length === 0) return same;
	let realRoot: string;
	try {
		realRoot = realpathSync(root);
	} catch {
		return same;
	}
	for (const link of links) {
		try {
			const target = toVaultPath(realRoot, realpathSync(join(root, ...link.split("/"))));
			if (target !== link && notes.has(target)) same.add(link);
		} catch {
			// A link to nothing: reading it names it.
		}
	}
	return same;
}

export type NoteRead =
	| {
			readonly ok: true;
			readonly text: string;
			/** The file's modification time and size when it was opened (what a cache entry is keyed by). */
			readonly stamp: { readonly mtimeMs: number; readonly size: number };
			/** Not UTF-8 from this line on: the text holds U+FFFD there and the note must never be written. */
			readonly notUtf8?: VaultProblem;
	  }
	| { readonly ok: false; readonly problem: VaultProblem };

export function readNote(root: string, path: string): NoteRead {
	const full = join(root, ...path.split("/"));
	try {
		const { bytes, mtimeMs, size } = readRegularFileStat(full, MAX_NOTE_BYTES);
		if (bytes.subarray(0, 8192).includes(0)) return { ok: false, problem: { path, line: 1, code: "file-binary" } };
		const decoded = decodeNote(bytes);
		const stamp = { mtimeMs, size };
		if (decoded.exact) return { ok: true, text: decoded.text, stamp };
		const line = decoded.badLine ?? 1;
		return { ok: true, text: decoded.text, stamp, notUtf8: { path, line, code: "file-not-utf8", args: { line: String(line) } } };
	} catch (e) {
		if (e instanceof TooLargeError) {
			const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
			return { ok: false, problem: { path, line: 1, code: "file-too-large", args: { size: mb(e.size), limit: mb(MAX_NOTE_BYTES) } } };
		}
		if (e instanceof NotRegularFileError) return { ok: false, problem: { path, line: 1, code: "file-not-regular", args: { kind: e.kind } } };
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
