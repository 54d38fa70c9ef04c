/**
 * What the live index read, kept between sessions, so that a start reads only the notes that changed
 * since the last one instead of parsing every note again (seconds on a large vault, more on a phone).
 *
 * - In IndexedDB, one database per vault (named by an id kept in the vault's own localStorage): never in
 *   data.json or the vault, which Obsidian Sync and git would copy to other devices.
 * - Kept in a few shards by path, each written whole when one of its notes changed, a shard per turn of
 *   the app: one blob of every note would be cloned in one long task at each save.
 * - Every shard carries the key it was read under (this build's records and the settings that change
 *   reading); a shard under another key is not used, so a half-finished save never mixes two readings.
 * - An entry read within two seconds of its note's mtime is not trusted: the note may have been written
 *   again in the same instant (a checkbox ticked keeps the size), as git treats "racy" entries.
 * - Storage that fails, is missing or was evicted (iOS does) means a cold start, and nothing is shown.
 * - Records are kept packed (core/plan/packed-note.ts: items as arrays of their values), as the CLI keeps
 *   them: half the bytes to store and to clone at each save, and a start's loading is a fifth shorter. An
 *   entry that does not unpack (written by an older build, damaged) is not used: that note is read again.
 */
import { openDB, type IDBPDatabase } from "idb";
import { fnv1a, packNote, unpackNote, type PackedNote } from "../../core/index.js";
import type { CachedNote } from "./cached-note.js";

export const SHARDS = 16;
/** A note read this soon after its mtime may change again without its mtime or size moving. */
export const RACY_MS = 2000;
const STORE = "shards";
const ID_KEY = "intl-plan-index-id";

/** An entry as a shard keeps it: the note's record packed. */
type SavedEntry = Omit<CachedNote, "note"> & { readonly note: PackedNote | null };

interface Shard {
	readonly key: string;
	readonly notes: Readonly<Record<string, SavedEntry>>;
}

/** Where the live index keeps what it read; `null` from `forVault` when the platform has no storage. */
export class SavedIndex {
	private db: Promise<IDBPDatabase | null> | null = null;
	/** The entries as last loaded or saved, by identity: an entry not the same object has changed. */
	private saved = new Map<string, CachedNote>();
	private savedKey: string | null = null;

	constructor(private readonly name: string) {}

	/** The vault's store, or null without IndexedDB. Cheap: nothing is opened until the first load. */
	static forVault(app: { loadLocalStorage(key: string): unknown; saveLocalStorage(key: string, data: unknown): void }): SavedIndex | null {
		if (typeof indexedDB === "undefined") return null;
		try {
			let id = app.loadLocalStorage(ID_KEY);
			if (typeof id !== "string" || id === "") {
				id = randomId();
				app.saveLocalStorage(ID_KEY, id);
			}
			return new SavedIndex(`intl-plan-index-${String(id)}`);
		} catch {
			return null;
		}
	}

	/** Usable entries read under `key`, by path; empty when there are none or storage fails. */
	async load(key: string, pause: () => Promise<void>): Promise<Map<string, CachedNote>> {
		const found = new Map<string, CachedNote>();
		const db = await this.open();
		if (!db) return found;
		try {
			for (let i = 0; i < SHARDS; i++) {
				const shard = (await db.get(STORE, shardName(i))) as Shard | undefined;
				if (shard?.key === key && shard.notes && typeof shard.notes === "object") {
					for (const [path, saved] of Object.entries(shard.notes)) {
						const entry = trusted(saved) ? unpacked(saved, path) : null;
						if (entry) found.set(path, entry);
					}
				}
				await pause();
			}
		} catch {
			return new Map();
		}
		this.saved = new Map(found);
		this.savedKey = key;
		return found;
	}

	/** Writes the shards whose notes changed since the last load or save, one per turn of the app. */
	async save(key: string, notes: ReadonlyMap<string, CachedNote>, pause: () => Promise<void>): Promise<void> {
		const db = await this.open();
		if (!db) return;
		const keep = new Map<string, CachedNote>();
		for (const [path, entry] of notes) if (entry.read && entry.readAt !== undefined) keep.set(path, entry);
		const dirty = new Set<number>();
		if (key !== this.savedKey) for (let i = 0; i < SHARDS; i++) dirty.add(i);
		for (const [path, entry] of keep) if (this.saved.get(path) !== entry) dirty.add(shardOf(path));
		for (const path of this.saved.keys()) if (!keep.has(path)) dirty.add(shardOf(path));
		if (dirty.size === 0) return;
		const shards = new Map<number, [string, CachedNote][]>([...dirty].map((i) => [i, []]));
		for (const [path, entry] of keep) shards.get(shardOf(path))?.push([path, entry]);
		try {
			for (const [i, entries] of shards) {
				// Packed here, a shard per turn, as each is cloned into storage: not every note in one task.
				const notes: Record<string, SavedEntry> = {};
				for (const [path, entry] of entries) notes[path] = { ...entry, note: entry.note === null ? null : packNote(entry.note) };
				await db.put(STORE, { key, notes } satisfies Shard, shardName(i));
				await pause();
			}
		} catch {
			return; // not saved: the next start reads those notes again
		}
		this.saved = keep;
		this.savedKey = key;
	}

	private open(): Promise<IDBPDatabase | null> {
		this.db ??= (async () => {
			try {
				return await openDB(this.name, 1, {
					upgrade(db) {
						if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
					},
				});
			} catch {
				return null; // no storage here (denied, private mode, evicted): every start is a cold one
			}
		})();
		return this.db;
	}
}

/** Read long enough after its mtime that a later write would have moved the mtime. */
function trusted(entry: SavedEntry): boolean {
	return entry.read && typeof entry.readAt === "number" && typeof entry.mtime === "number" && entry.readAt - entry.mtime >= RACY_MS;
}

/** The entry with its record unpacked, or null when the record is not one this build packs. */
function unpacked(saved: SavedEntry, path: string): CachedNote | null {
	const note = unpackNote(saved.note, path);
	return note === undefined ? null : { ...saved, note };
}

function shardName(i: number): string {
	return `shard-${i}`;
}

/** Notes spread over the shards by a hash of their path, each always in the same one. */
export function shardOf(path: string): number {
	return fnv1a(path) % SHARDS;
}

function randomId(): string {
	const c = window.crypto;
	if (typeof c?.randomUUID === "function") return c.randomUUID();
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
