/**
 * A checklist sync in Obsidian: previews computed by the core from each plan's current text, then
 * applied through `Vault.process` only where the note still holds exactly the previewed text (a
 * note edited since the preview is left alone and named), and journaled for "Undo last checklist sync".
 */
import type { App, TFile } from "obsidian";
import { syncPlanText, t, type Lang, type Library, type PlanSync, type Problem, type SyncReport } from "../../core/index.js";
import { isPlanNote } from "../checklist/insert-checklist.js";
import { isUnder } from "../index/index-scope.js";
import type { IntlPlanSettings } from "../settings/settings.js";
import type { JournalStore, SyncJournal } from "./sync-journal.js";
import { NotUtf8Error, processNote, writeError } from "../vault/write-note.js";

/** One plan the sync would change. */
export interface PlanPreview {
	readonly file: TFile;
	readonly path: string;
	readonly before: string;
	readonly after: string;
	readonly report: SyncReport;
}

/** A plan left out, and why: its profile cannot be read, or some ids in it are duplicated. */
export interface PlanNote {
	readonly path: string;
	readonly problem: Problem | null;
	readonly duplicates: readonly string[];
}

export interface SyncPreview {
	readonly changes: readonly PlanPreview[];
	readonly notes: readonly PlanNote[];
	/** How many plans were looked at. */
	readonly plans: number;
}

export interface Applied {
	readonly written: readonly string[];
	/** Changed since the preview: nothing written there. */
	readonly skipped: readonly string[];
	/** Refused, with why (a note that is not UTF-8): nothing written there. */
	readonly refused: readonly string[];
	/** False when what was written is too large to journal: it cannot be undone. */
	readonly journaled: boolean;
}

/**
 * Every plan note in the vault, in path order (templates are not plans), and every note whose
 * frontmatter Obsidian could not read: the core tells a broken plan among them (listed, not synced)
 * from a note that is no plan (skipped).
 */
export function planFiles(app: App, settings: Pick<IntlPlanSettings, "templatesFolder">, skipped: readonly string[] = []): TFile[] {
	const templates = [settings.templatesFolder, ...skipped].filter((folder) => folder !== "");
	return app.vault
		.getMarkdownFiles()
		.filter((f) => (isPlanNote(app, f) || unreadFrontmatter(app, f)) && !templates.some((folder) => isUnder(f.path, folder)))
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function unreadFrontmatter(app: App, file: TFile): boolean {
	const cache = app.metadataCache.getFileCache(file);
	return Boolean(cache && !cache.frontmatter && (cache.frontmatterPosition || cache.sections?.[0]?.type === "yaml"));
}

export async function previewSync(
	app: App,
	files: readonly TFile[],
	library: Pick<Library, "items">,
	settings: IntlPlanSettings,
	options: { readonly today: string; readonly lang: Lang; readonly dedupe?: boolean },
): Promise<SyncPreview> {
	const changes: PlanPreview[] = [];
	const notes: PlanNote[] = [];
	for (const file of files) {
		const text = await app.vault.read(file);
		const result: PlanSync = syncPlanText(library, text, options.today, { config: settings, defaultLang: options.lang, dedupe: options.dedupe });
		if (result.kind === "not-a-plan") continue;
		if (result.kind === "bad-profile" || result.kind === "broken-plan") {
			notes.push({ path: file.path, problem: result.kind === "broken-plan" ? result.problem : (result.problems[0] ?? null), duplicates: [] });
			continue;
		}
		if (result.report.duplicates.length > 0) notes.push({ path: file.path, problem: null, duplicates: result.report.duplicates });
		if (!result.report.unchanged) changes.push({ file, path: file.path, before: result.before, after: result.after, report: result.report });
	}
	return { changes, notes, plans: files.length };
}

/** Writes each previewed plan whose text is still the previewed one, and journals what was written. */
export async function applySync(app: App, journal: JournalStore, changes: readonly PlanPreview[], lang: Lang): Promise<Applied> {
	const written: SyncJournal["notes"][number][] = [];
	const skipped: string[] = [];
	const refused: string[] = [];
	for (const change of changes) {
		const file = app.vault.getFileByPath(change.path);
		if (!file) {
			skipped.push(change.path);
			continue;
		}
		// Set inside the callback, which sees the note's text at the moment of writing.
		let wrote = false;
		try {
			await processNote(app, file, (current) => {
				wrote = current === change.before;
				return wrote ? change.after : current;
			});
		} catch (e) {
			if (!(e instanceof NotUtf8Error)) throw e;
			refused.push(writeError(e, change.path, lang));
			continue;
		}
		if (wrote) written.push({ path: change.path, before: change.before, after: change.after });
		else skipped.push(change.path);
	}
	const journaled = written.length === 0 || (await journal.save({ at: new Date().toISOString(), notes: written }));
	return { written: written.map((n) => n.path), skipped, refused, journaled };
}

export interface Undone {
	readonly restored: readonly string[];
	/** Changed since the sync (or gone): left as they are. */
	readonly skipped: readonly string[];
}

/** Puts back each journaled note that still holds what the sync wrote; the journal is then spent. */
export async function undoLastSync(app: App, store: JournalStore): Promise<Undone | null> {
	const journal = await store.load();
	if (!journal) return null;
	const restored: string[] = [];
	const skipped: string[] = [];
	for (const note of journal.notes) {
		const file = app.vault.getFileByPath(note.path);
		if (!file) {
			skipped.push(note.path);
			continue;
		}
		let put = false;
		// The journal holds only notes the sync wrote, so they were UTF-8 then; a note since re-saved in another encoding is skipped.
		try {
			await processNote(app, file, (current) => {
				put = current === note.after;
				return put ? note.before : current;
			});
		} catch (e) {
			if (!(e instanceof NotUtf8Error)) throw e;
		}
		(put ? restored : skipped).push(note.path);
	}
	await store.save(null);
	return { restored, skipped };
}

/** The lines a notice shows about what was written and what was not. */
export function appliedMessages(applied: Applied, lang: Lang, key: "sync.notice.applied" | "sync.notice.auto"): { info: string | null; warning: string | null } {
	return {
		info: applied.written.length > 0 ? t(lang, applied.journaled ? key : "sync.notice.appliedNoUndo", { count: applied.written.length }) : null,
		warning: [...(applied.skipped.length > 0 ? [t(lang, "sync.notice.skipped", { paths: applied.skipped.join(", ") })] : []), ...applied.refused].join("\n") || null,
	};
}
