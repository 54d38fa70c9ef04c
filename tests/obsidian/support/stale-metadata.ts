/**
 * Obsidian's metadata cache lags the vault, which obsidian-test-mocks' cache (re-parsed inside every
 * write) never does. A note changed while Obsidian was closed (git pull, Sync, a shared folder) is on
 * disk with a new mtime and size while the cache still serves the entry persisted from last time;
 * some time after the layout is ready Obsidian re-parses it and fires `changed`, then `resolved`.
 */
import type { TFile as TFileOriginal } from "obsidian";
import { file, type Harness } from "./harness.js";

interface RawAdapter {
	writeSync__(path: string, data: string): void;
}

/** The note's bytes change on disk, no event is fired, and the metadata cache keeps its old entry. */
export function changedWhileClosed(h: Harness, path: string, text: string): void {
	const f = file(h.app, path) as unknown as { stat: { ctime: number; mtime: number; size: number } };
	(h.mockApp.vault.adapter as unknown as RawAdapter).writeSync__(path, text);
	f.stat = { ctime: f.stat.ctime, mtime: f.stat.mtime + 60_000, size: new TextEncoder().encode(text).length };
}

/** Obsidian's late re-parse of a note: the cache entry is replaced, `changed` then `resolved` fire. */
export function metadataCatchesUp(h: Harness, path: string): void {
	const cache = h.mockApp.metadataCache as unknown as { parseFileMetadata(f: TFileOriginal): void; trigger(name: string): void };
	cache.parseFileMetadata(file(h.app, path));
	cache.trigger("resolved");
}
