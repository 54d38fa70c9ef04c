/**
 * FALLBACK index source, until the live index (src/obsidian/index/live-index.ts, `plugin.index`) is
 * wired in: the whole vault indexed once the layout is ready, and again (debounced) after any note
 * changes. Correct but not incremental; the live index replaces it.
 */
import { debounce, TFile, type Plugin } from "obsidian";
import { indexVault, type VaultFile, type VaultIndex } from "../../core/index.js";
import type { SettingsHost } from "../settings.js";
import type { IndexSource } from "./index-source.js";

const EMPTY: VaultIndex = { plans: [], items: [], problems: [] };

export function snapshotIndexSource(plugin: Plugin & SettingsHost): IndexSource {
	const { app } = plugin;
	let index = EMPTY;
	let ready = false;
	const listeners = new Set<() => void>();
	const reindex = async (): Promise<void> => {
		const notes = app.vault.getMarkdownFiles();
		const files: VaultFile[] = [];
		for (const file of notes) files.push({ path: file.path, text: await app.vault.cachedRead(file) });
		index = indexVault(files, { config: plugin.settings });
		ready = true;
		for (const listener of listeners) listener();
	};
	const soon = debounce(() => void reindex().catch((e: unknown) => console.error(e)), 300, true);
	const onNote = (file: unknown): void => {
		if (file instanceof TFile && file.extension === "md") soon();
	};
	app.workspace.onLayoutReady(() => {
		soon();
		plugin.registerEvent(app.vault.on("modify", onNote));
		plugin.registerEvent(app.vault.on("create", onNote));
		plugin.registerEvent(app.vault.on("delete", onNote));
		plugin.registerEvent(app.vault.on("rename", onNote));
	});
	plugin.register(() => soon.cancel());
	return {
		current: () => index,
		isReady: () => ready,
		onChange(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
