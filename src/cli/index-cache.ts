/**
 * The CLI's cache of what each note gave the index, so a second run on an unchanged vault reads no note
 * again: one JSON file per vault in the user's cache folder (`$XDG_CACHE_HOME/intl-plan`, else
 * `~/.cache/intl-plan`; `%LOCALAPPDATA%\intl-plan\cache` on Windows), never in the vault (Sync or git
 * would carry it). An entry is used only when
 * - the note's mtime and size are those it was read at, and it was read more than two seconds after that
 *   mtime (a note written in the same second as it was read may have changed without its mtime moving:
 *   such "racy" entries are read again, as git does);
 * - the program is the same build (a hash of its own code) and the settings that decide reading are the same.
 * Anything wrong with the file (missing, damaged, another format, not writable) means no cache: the run
 * reads every note, as without one, and says nothing. Written through a temp file and a rename, so
 * concurrent runs each leave a whole file (the last one wins). `--no-cache` bypasses it.
 * Items are kept as arrays of their values, not objects (core/plan/packed-note.ts): the file is half the size and
 * reads in half the time, and a warm run is mostly reading it. The file is ASCII (every other character
 * escaped as `\uXXXX`), so it is read without decoding UTF-8 (a fifth of reading it) into a string of
 * one byte per character.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { asciiJson, packNote, unpackNote, type NoteIndex, type PackedNote, type PlanConfig } from "../core/index.js";
import type { Io } from "./context.js";

const FORMAT = 3;
/** A note read within this long of its mtime may change again within the same mtime: not trusted. */
const RACY_MS = 2000;

export interface FileStamp {
	readonly mtimeMs: number;
	readonly size: number;
}

/** What one note gave: the first pass's result, and the whole read's when a plan's folder asked for one. */
export interface CachedNote {
	readonly note: NoteIndex | null;
	/** The prefilter skipped it and it may hold a task: a plan's folder reads it again, whole. */
	readonly mayHoldTask: boolean;
	/** Absent until a whole read was made; then its result. */
	readonly whole?: NoteIndex | null;
}

interface Entry extends FileStamp, CachedNote {
	readonly readAt: number;
}

/** An entry as the file keeps it. */
interface SavedEntry extends FileStamp {
	readonly readAt: number;
	readonly note: PackedNote | null;
	readonly mayHoldTask: boolean;
	readonly whole?: PackedNote | null;
}

interface CacheFile {
	readonly format: number;
	readonly key: string;
	readonly notes: Record<string, SavedEntry>;
}

export class IndexCache {
	private readonly fresh: Record<string, Entry> = {};
	/** The entries of this run kept as they were read from the file (not unpacked and packed again on save). */
	private readonly kept: Record<string, SavedEntry> = {};
	/** Something was read and stored this run: the file is written again (else only when notes are gone). */
	private stored = false;

	private constructor(
		private readonly file: string | null,
		private readonly key: string,
		private readonly old: Readonly<Record<string, SavedEntry>>,
	) {}

	/** No cache: every lookup misses and nothing is written. */
	static none(): IndexCache {
		return new IndexCache(null, "", {});
	}

	static open(vault: string, config: PlanConfig, env: Io["env"]): IndexCache {
		const folder = cacheFolder(env);
		if (folder === null) return IndexCache.none();
		try {
			const id = createHash("sha256").update(realpathSync(vault)).digest("hex").slice(0, 24);
			const file = join(folder, `${id}.json`);
			const key = createHash("sha256").update(JSON.stringify([FORMAT, codeIdentity(), config])).digest("hex");
			let old: Record<string, SavedEntry> = {};
			try {
				const text = readFileSync(file, "latin1");
				// Not one this program wrote (those are ASCII): read as Latin-1, its text would be wrong.
				if (NOT_ASCII.test(text)) throw new Error("not ASCII");
				const saved = JSON.parse(text) as Partial<CacheFile>;
				if (saved.format === FORMAT && saved.key === key && saved.notes && typeof saved.notes === "object") old = saved.notes;
			} catch {
				// No cache yet, or one that cannot be read: start empty.
			}
			return new IndexCache(file, key, old);
		} catch {
			return IndexCache.none();
		}
	}

	/** The note's stamp now, or null when it cannot be had (the read then says why). */
	stamp(full: string): FileStamp | null {
		if (this.file === null) return null;
		try {
			const s = statSync(full);
			return { mtimeMs: s.mtimeMs, size: s.size };
		} catch {
			return null;
		}
	}

	/** Whether the cache holds anything for the note: if not, it is read at once, and stamped by that read. */
	knows(path: string): boolean {
		return this.fresh[path] !== undefined || this.old[path] !== undefined;
	}

	/** What the note gave when read at this stamp; null when it must be read (changed since, racy, or kept damaged). */
	lookup(path: string, stamp: FileStamp | null): CachedNote | null {
		if (!stamp) return null;
		const fresh = this.fresh[path];
		if (fresh) return sameStamp(fresh, stamp) ? fresh : null;
		const saved = this.old[path];
		if (!saved || !sameStamp(saved, stamp)) return null;
		const note = unpackNote(saved.note, path);
		const whole = saved.whole === undefined ? undefined : unpackNote(saved.whole, path);
		if (note === undefined || whole === undefined && saved.whole !== undefined) return null;
		// One literal (no conditional spread: 10,000 of these on a warm run); an undefined `whole` is absent.
		const entry: Entry = { mtimeMs: saved.mtimeMs, size: saved.size, readAt: saved.readAt, note, mayHoldTask: saved.mayHoldTask === true, whole };
		this.fresh[path] = entry;
		this.kept[path] = saved;
		return entry;
	}

	store(path: string, stamp: FileStamp | null, what: CachedNote): void {
		if (this.file === null || stamp === null) return;
		const before = this.fresh[path];
		// A whole read of a note read once already this run keeps that first read's time.
		const readAt = before && before.mtimeMs === stamp.mtimeMs && before.size === stamp.size ? before.readAt : Date.now();
		this.fresh[path] = { ...stamp, readAt, ...what };
		delete this.kept[path];
		this.stored = true;
	}

	/**
	 * Keeps the entries of this run (notes gone from the vault fall out). A run that read nothing new and
	 * lost no note leaves the file as it is: rewriting every entry is most of a warm run's cost.
	 */
	save(): void {
		if (this.file === null) return;
		if (!this.stored && Object.keys(this.fresh).length === Object.keys(this.old).length) return;
		try {
			mkdirSync(join(this.file, ".."), { recursive: true });
			const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
			const notes: Record<string, SavedEntry> = {};
			for (const [path, entry] of Object.entries(this.fresh)) notes[path] = this.kept[path] ?? packed(entry);
			writeFileSync(temp, asciiJson({ format: FORMAT, key: this.key, notes } satisfies CacheFile), "latin1");
			renameSync(temp, this.file);
		} catch {
			// A cache that cannot be written only costs the next run its speed.
		}
	}
}

const NOT_ASCII = /[\u0080-\uffff]/;

/** Used only at the stamp it was read at, and only when read well after that mtime (not "racy"). */
function sameStamp(entry: FileStamp & { readonly readAt: number }, stamp: FileStamp): boolean {
	return entry.mtimeMs === stamp.mtimeMs && entry.size === stamp.size && entry.readAt - entry.mtimeMs >= RACY_MS;
}

function packed(entry: Entry): SavedEntry {
	const { mtimeMs, size, readAt, note, mayHoldTask, whole } = entry;
	return { mtimeMs, size, readAt, note: note === null ? null : packNote(note), mayHoldTask, ...(whole === undefined ? {} : { whole: whole === null ? null : packNote(whole) }) };
}

function cacheFolder(env: Io["env"]): string | null {
	if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "intl-plan");
	if (process.platform === "win32" && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, "intl-plan", "cache");
	if (!env.HOME) return null;
	return process.platform === "darwin" ? join(env.HOME, "Library", "Caches", "intl-plan") : join(env.HOME, ".cache", "intl-plan");
}

/** The running build: a new version of the parser or the records never reads an older one's cache. */
let identity: string | null = null;
function codeIdentity(): string {
	if (identity === null) {
		try {
			identity = createHash("sha256").update(readFileSync(fileURLToPath(import.meta.url))).digest("hex");
		} catch {
			identity = String(Math.random()); // unknown code: a cache no later run can match
		}
	}
	return identity;
}
