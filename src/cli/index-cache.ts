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
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { NoteIndex, PlanConfig } from "../core/index.js";
import type { Io } from "./context.js";

const FORMAT = 1;
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

interface CacheFile {
	readonly format: number;
	readonly key: string;
	readonly notes: Record<string, Entry>;
}

export class IndexCache {
	private readonly fresh: Record<string, Entry> = {};
	/** Something was read and stored this run: the file is written again (else only when notes are gone). */
	private stored = false;

	private constructor(
		private readonly file: string | null,
		private readonly key: string,
		private readonly old: Readonly<Record<string, Entry>>,
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
			let old: Record<string, Entry> = {};
			try {
				const saved = JSON.parse(readFileSync(file, "utf8")) as Partial<CacheFile>;
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

	/** What the note gave when read at this stamp; null when it must be read (changed since, or racy). */
	lookup(path: string, stamp: FileStamp | null): CachedNote | null {
		const entry = stamp ? (this.fresh[path] ?? this.old[path]) : undefined;
		if (!entry || !stamp || entry.mtimeMs !== stamp.mtimeMs || entry.size !== stamp.size) return null;
		if (entry.readAt - entry.mtimeMs < RACY_MS) return null;
		this.fresh[path] = entry;
		return entry;
	}

	store(path: string, stamp: FileStamp | null, what: CachedNote): void {
		if (this.file === null || stamp === null) return;
		const before = this.fresh[path];
		// A whole read of a note read once already this run keeps that first read's time.
		const readAt = before && before.mtimeMs === stamp.mtimeMs && before.size === stamp.size ? before.readAt : Date.now();
		this.fresh[path] = { ...stamp, readAt, ...what };
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
			writeFileSync(temp, JSON.stringify({ format: FORMAT, key: this.key, notes: this.fresh } satisfies CacheFile));
			renameSync(temp, this.file);
		} catch {
			// A cache that cannot be written only costs the next run its speed.
		}
	}
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
