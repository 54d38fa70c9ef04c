/** Obsidian entry point: lifecycle only. Everything the plugin does lives in src/obsidian over src/core. */
import { normalizePath, Plugin } from "obsidian";
import { CORE_TEMPLATES_CONFIG, coreTemplatesFolder } from "./core/index.js";
import { registerQuadrantBasesView } from "./obsidian/bases/register.js";
import { registerPlanBlock } from "./obsidian/codeblock/register.js";
import { registerChecklistCommands } from "./obsidian/commands.js";
import { LiveIndex } from "./obsidian/index/live-index.js";
import { SavedIndex } from "./obsidian/index/saved-index.js";
import { startParseWorker, type WorkerParser } from "./obsidian/index/worker-parser.js";
import { IntlPlanSettingTab } from "./obsidian/settings/settings-tab.js";
import { uiLang } from "./obsidian/ui/language.js";
import { warn } from "./obsidian/ui/notices.js";
import { settingsFrom, unusedSettingMessages, type IntlPlanSettings, type SettingsHost } from "./obsidian/settings/settings.js";
import { registerSummaryFeatures } from "./obsidian/summary/register.js";
import { registerSyncCommands } from "./obsidian/sync/register.js";
import { FileJournal, journalFrom, journalPath, type JournalStore } from "./obsidian/sync/sync-journal.js";
import { registerPlanView } from "./obsidian/view/register.js";

export default class IntlPlanPlugin extends Plugin implements SettingsHost {
	settings: IntlPlanSettings = settingsFrom(undefined);
	/** The vault index every view and code block shows, kept current as notes change. */
	index!: LiveIndex;
	/** The plans roll-up the plan view shows on its "All plans" page. */
	rollupSection?: (el: HTMLElement) => void;
	/** The last checklist sync, for "Undo last checklist sync": a file of its own in the plugin folder. */
	journal!: JournalStore;
	/** What the index read, kept between sessions in IndexedDB (never data.json or the vault). */
	savedIndex: SavedIndex | null = null;

	override async onload(): Promise<void> {
		const saved: unknown = await this.loadData();
		this.settings = settingsFrom(saved);
		// A saved path that leaves the vault (a shared vault's data.json) is never used: say which.
		for (const message of unusedSettingMessages(saved, uiLang(this.settings))) warn(message);
		this.journal = new FileJournal(this.app.vault.adapter, journalPath(this));
		// Earlier versions kept the journal in data.json: move it out once.
		const legacy = saved && typeof saved === "object" && "syncJournal" in saved ? (saved as { syncJournal?: unknown }).syncJournal : undefined;
		if (legacy !== undefined) {
			const journal = journalFrom(legacy);
			if (journal) await this.journal.save(journal);
			await this.saveData(this.settings);
		}
		this.savedIndex = SavedIndex.forVault(this.app);
		this.index = this.addChild(new LiveIndex(this));
		this.addSettingTab(new IntlPlanSettingTab(this.app, this));
		registerChecklistCommands(this);
		registerPlanView(this, this.index);
		registerPlanBlock(this);
		registerQuadrantBasesView(this);
		registerSyncCommands(this);
		this.rollupSection = registerSummaryFeatures(this, this.index).rollupSection;
	}

	override onunload(): void {
		// Nothing to undo by hand: whatever the plugin registers goes through addCommand(), addSettingTab(),
		// register*() or addChild(), which Obsidian releases on unload.
	}

	async saveSettings(options?: { readonly apply?: boolean }): Promise<void> {
		await this.saveData(this.settings);
		if (options?.apply !== false) this.applySettings();
	}

	/** The core Templates plugin's folder (`.obsidian/templates.json`): its notes are templates, never plans or tasks. */
	async skippedFolders(): Promise<readonly string[]> {
		const path = normalizePath(`${this.app.vault.configDir}/${CORE_TEMPLATES_CONFIG}`);
		if (!(await this.app.vault.adapter.exists(path))) return [];
		const folder = coreTemplatesFolder(await this.app.vault.adapter.read(path));
		return folder === null ? [] : [folder];
	}

	/** Notes are parsed in a Web Worker, off the UI thread (started by the index at its first parse, not here). */
	startWorker(): WorkerParser | null {
		return startParseWorker();
	}

	applySettings(): void {
		this.index.settingsChanged();
	}

	/** data.json changed on disk (Obsidian Sync, another device, git): take it, and never write the old settings over it. */
	override async onExternalSettingsChange(): Promise<void> {
		const saved: unknown = await this.loadData();
		this.settings = settingsFrom(saved);
		this.applySettings();
	}
}
