/**
 * The undo journal of the last applied checklist sync: each note's text before and after. It lives in
 * its own file in the plugin's folder, never in `data.json`, which is rewritten on every settings change
 * and copied by Obsidian Sync to every device (an undo belongs to the device that synced). It holds one
 * sync only and is bounded: a sync too large to journal says so instead of filling the disk.
 */
import { normalizePath, type DataAdapter, type Plugin } from "obsidian";

export const JOURNAL_FILE = "sync-journal.json";

/** Past this many characters of before/after text, the sync is not journaled (and the notice says it cannot be undone). */
export const MAX_JOURNAL_CHARS = 16 * 1024 * 1024;

/** What one applied checklist sync changed: each note's text before and after, to restore it if untouched since. */
export interface SyncJournal {
	/** ISO time of the run. */
	readonly at: string;
	readonly notes: readonly { readonly path: string; readonly before: string; readonly after: string }[];
}

/** A journal as saved, or null when it is missing or not well-formed (an undo must never guess). */
export function journalFrom(value: unknown): SyncJournal | null {
	if (!value || typeof value !== "object") return null;
	const { at, notes } = value as Record<string, unknown>;
	if (typeof at !== "string" || !Array.isArray(notes)) return null;
	const good = notes.filter(
		(n): n is SyncJournal["notes"][number] =>
			!!n && typeof n === "object" && ["path", "before", "after"].every((k) => typeof (n as Record<string, unknown>)[k] === "string"),
	);
	return good.length === notes.length ? { at, notes: good } : null;
}

export interface JournalStore {
	load(): Promise<SyncJournal | null>;
	/** Keeps `journal` as the one to undo (null: none); false when it is too large to keep, and none is kept. */
	save(journal: SyncJournal | null): Promise<boolean>;
}

export class FileJournal implements JournalStore {
	constructor(
		private readonly adapter: DataAdapter,
		readonly path: string,
	) {}

	async load(): Promise<SyncJournal | null> {
		try {
			if (!(await this.adapter.exists(this.path))) return null;
			return journalFrom(JSON.parse(await this.adapter.read(this.path)));
		} catch {
			// Unreadable or half-written: there is nothing that can be undone safely.
			return null;
		}
	}

	async save(journal: SyncJournal | null): Promise<boolean> {
		const size = journal ? journal.notes.reduce((n, note) => n + note.before.length + note.after.length, 0) : 0;
		if (journal === null || size > MAX_JOURNAL_CHARS) {
			if (await this.adapter.exists(this.path)) await this.adapter.remove(this.path);
			return journal === null;
		}
		await this.adapter.write(this.path, JSON.stringify(journal));
		return true;
	}
}

/** The journal file in the plugin's own folder (`.obsidian/plugins/intl-plan/` unless the config folder is renamed). */
export function journalPath(plugin: Pick<Plugin, "app" | "manifest">): string {
	const dir = plugin.manifest.dir ?? `${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`;
	return normalizePath(`${dir}/${JOURNAL_FILE}`);
}
