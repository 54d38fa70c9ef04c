/**
 * "Export checklist library to vault": the built-in library as a note the team can edit, at the path
 * the settings name (else the CLI's default). An existing note is never overwritten.
 */
import type { App } from "obsidian";
import { BUILTIN_LIBRARY, readLibrary, t } from "../../core/index.js";
import { uiLang } from "../ui/language.js";
import { inform, warn } from "../ui/notices.js";
import type { SettingsHost } from "../settings/settings.js";
import { writeNewNote } from "../vault/write-note.js";
import { notePath } from "../vault/vault-paths.js";

/** Where `intl-plan library export` writes it too. */
export const DEFAULT_LIBRARY_NOTE = "Intl plan/checklist-library.md";

export async function exportLibrary(app: App, host: SettingsHost): Promise<void> {
	const lang = uiLang(host.settings);
	// The saved path was read by the core's rule already (one leaving the vault is "" by now).
	const path = notePath(host.settings.libraryPath) || DEFAULT_LIBRARY_NOTE;
	if (app.vault.getAbstractFileByPath(path)) {
		warn(t(lang, "plugin.library.exists", { path }));
		return;
	}
	const file = await writeNewNote(app, path, BUILTIN_LIBRARY, lang);
	if (!file) return;
	const adopted = host.settings.libraryPath === "";
	if (adopted) {
		host.settings = { ...host.settings, libraryPath: file.path };
		await host.saveSettings();
	}
	const count = readLibrary(BUILTIN_LIBRARY, host.settings).items.length;
	const done = t(lang, "plugin.library.exported", { path: file.path, count });
	inform(adopted ? `${done} ${t(lang, "plugin.library.inUse")}` : done);
	await app.workspace.getLeaf(false).openFile(file);
}
