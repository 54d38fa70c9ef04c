/**
 * Team checklist sync in Obsidian: "Sync checklists" (every plan) and "Sync this plan" show a
 * preview and write only on Apply; "Undo last checklist sync" takes the last applied run back;
 * "Merge duplicated checklist items in this plan" resolves merge artefacts. No default hotkeys.
 *
 * Opt-in (`syncOnLibraryChange`, off by default): once the workspace has loaded, an edit to the
 * library note syncs every plan after a quiet period, without a preview but journaled. It is off by
 * default because notes arriving through Obsidian Sync fire the same events as local edits.
 */
import type { Modal, Plugin, TFile } from "obsidian";
import { t, type Lang } from "../../core/index.js";
import { isPlanNote } from "../checklist/insert-checklist.js";
import { uiLang } from "../ui/language.js";
import { libraryFile, loadLibrary } from "../checklist/library.js";
import { inform, warn } from "../ui/notices.js";
import type { SettingsHost } from "../settings/settings.js";
import { localToday } from "../ui/today.js";
import { noteText, SyncPreviewModal } from "./preview-modal.js";
import type { JournalStore } from "./sync-journal.js";
import { appliedMessages, applySync, planFiles, previewSync, undoLastSync } from "./sync-run.js";
import { NotUtf8Error, writeError } from "../vault/write-note.js";

/** How long the library note must stay unchanged before an automatic sync runs. */
export const QUIET_MS = 5_000;

export function registerSyncCommands(plugin: Plugin & SettingsHost & { readonly journal: JournalStore; skippedFolders?(): Promise<readonly string[]> }): void {
	const { app } = plugin;
	const lang = (): Lang => uiLang(plugin.settings);
	/** The core Templates plugin's folder: its plan template is no plan to sync. */
	const skipped = async (): Promise<readonly string[]> => (await plugin.skippedFolders?.().catch(() => [])) ?? [];
	const names = lang();
	const open = new Set<Modal>();
	plugin.register(() => {
		for (const modal of [...open]) modal.close();
	});

	const tell = (applied: Awaited<ReturnType<typeof applySync>>, key: "sync.notice.applied" | "sync.notice.auto"): void => {
		const { info, warning } = appliedMessages(applied, lang(), key);
		if (info) inform(info);
		if (warning) warn(warning);
	};

	/** Preview, then apply on confirm. `single` names the plan when only one was asked for. */
	const syncWithPreview = async (files: readonly TFile[], single: TFile | null, dedupe = false): Promise<void> => {
		const l = lang();
		const source = await loadLibrary(app, plugin.settings, l);
		if (!source) return;
		const preview = await previewSync(app, files, source.library, plugin.settings, { today: localToday(), lang: l, dedupe });
		if (preview.changes.length === 0) {
			for (const note of preview.notes) warn(noteText(note, l));
			if (preview.notes.length === 0) inform(single ? t(l, dedupe ? "sync.notice.noDuplicates" : "sync.notice.planInStep", { plan: single.basename }) : t(l, "sync.notice.inStep"));
			return;
		}
		const modal = new SyncPreviewModal(app, preview, l, async (changes) => tell(await applySync(app, plugin.journal, changes, l), "sync.notice.applied"));
		open.add(modal);
		modal.setCloseCallback(() => open.delete(modal));
		modal.open();
	};

	const activePlan = (): TFile | null => {
		const file = app.workspace.getActiveFile();
		return isPlanNote(app, file) ? file : null;
	};

	plugin.addCommand({
		id: "sync-checklists",
		name: t(names, "sync.command.all"),
		callback: () => inBackground((async () => syncWithPreview(planFiles(app, plugin.settings, await skipped()), null))(), lang()),
	});
	plugin.addCommand({
		id: "sync-this-plan",
		name: t(names, "sync.command.one"),
		checkCallback: (checking) => {
			const file = activePlan();
			if (!file) return false;
			if (!checking) inBackground(syncWithPreview([file], file), lang());
			return true;
		},
	});
	plugin.addCommand({
		id: "dedupe-checklist",
		name: t(names, "sync.command.dedupe"),
		checkCallback: (checking) => {
			const file = activePlan();
			if (!file) return false;
			if (!checking) inBackground(syncWithPreview([file], file, true), lang());
			return true;
		},
	});
	plugin.addCommand({
		id: "undo-checklist-sync",
		name: t(names, "sync.command.undo"),
		callback: () =>
			inBackground(
				(async () => {
					const undone = await undoLastSync(app, plugin.journal);
					const l = lang();
					if (!undone) return void inform(t(l, "sync.notice.nothingToUndo"));
					if (undone.restored.length > 0) inform(t(l, "sync.notice.undone", { count: undone.restored.length }));
					if (undone.skipped.length > 0) warn(t(l, "sync.notice.undoSkipped", { paths: undone.skipped.join(", ") }));
				})(),
				lang(),
			),
	});

	watchLibrary(plugin, async () => {
		const source = await loadLibrary(app, plugin.settings, lang());
		if (!source) return;
		const preview = await previewSync(app, planFiles(app, plugin.settings, await skipped()), source.library, plugin.settings, { today: localToday(), lang: lang() });
		if (preview.changes.length > 0) tell(await applySync(app, plugin.journal, preview.changes, lang()), "sync.notice.auto");
	});
}

/**
 * Runs `sync` after the library note has been quiet for QUIET_MS, when the setting is on, and not
 * while the library note is the one being edited: a library half rewritten can parse and still lack
 * the items being moved, and a sync then would retire them in every plan. The sync waits until the
 * user leaves the note. Watching starts only once the workspace has loaded: the vault's own loading
 * fires modify events too.
 */
function watchLibrary(plugin: Plugin & SettingsHost, sync: () => Promise<void>): void {
	const { app } = plugin;
	let timer: number | null = null;
	let pending = false;
	const cancel = (): void => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
	};
	const editing = (): boolean => {
		const library = libraryFile(app, plugin.settings);
		return library !== null && app.workspace.getActiveFile()?.path === library.path;
	};
	const due = (): void => {
		timer = null;
		if (editing()) return void (pending = true);
		pending = false;
		inBackground(sync(), uiLang(plugin.settings));
	};
	plugin.register(cancel);
	app.workspace.onLayoutReady(() => {
		plugin.registerEvent(
			app.vault.on("modify", (file) => {
				if (!plugin.settings.syncOnLibraryChange || file.path !== libraryFile(app, plugin.settings)?.path) return;
				cancel();
				pending = false;
				timer = window.setTimeout(due, QUIET_MS);
			}),
		);
		// Leaving the note: another tab, or another note in the same tab.
		const left = (): void => {
			if (pending && timer === null && !editing()) due();
		};
		plugin.registerEvent(app.workspace.on("active-leaf-change", left));
		plugin.registerEvent(app.workspace.on("file-open", left));
	});
}

/** A command's work runs on after the callback returns; whatever goes wrong is told, not lost. */
function inBackground(work: Promise<void>, lang: Lang): void {
	work.catch((e: unknown) => {
		// A refused write is the user's to know about, not a bug.
		if (e instanceof NotUtf8Error) return void warn(writeError(e, e.path, lang));
		console.error(e);
		warn(t(lang, "plugin.error.unexpected", { detail: e instanceof Error ? e.message : String(e) }));
	});
}
