/**
 * The checklist commands. Names are in the plugin's language when it loads; none has a default
 * hotkey (users choose their own). Obsidian removes them when the plugin unloads.
 */
import type { Modal, Plugin } from "obsidian";
import { t, type Lang } from "../core/index.js";
import { CreatePlanModal } from "./checklist/create-plan-modal.js";
import { exportLibrary } from "./checklist/export-library.js";
import { insertChecklist, isPlanNote } from "./checklist/insert-checklist.js";
import { InstallTemplatesModal } from "./checklist/install-templates.js";
import { uiLang } from "./ui/language.js";
import { warn } from "./ui/notices.js";
import type { SettingsHost } from "./settings/settings.js";
import { NotUtf8Error, writeError } from "./vault/write-note.js";

export function registerChecklistCommands(plugin: Plugin & SettingsHost): void {
	const { app } = plugin;
	const lang = (): Lang => uiLang(plugin.settings);
	const names = lang();
	const show = modalOpener(plugin);

	plugin.addCommand({
		id: "export-checklist-library",
		name: t(names, "plugin.command.exportLibrary"),
		callback: () => inBackground(exportLibrary(app, plugin), lang()),
	});
	plugin.addCommand({
		id: "install-templates",
		name: t(names, "plugin.command.installTemplates"),
		callback: () => show(new InstallTemplatesModal(app, plugin.settings.templatesFolder, lang())),
	});
	plugin.addCommand({
		id: "create-plan",
		name: t(names, "plugin.command.createPlan"),
		callback: () => show(new CreatePlanModal(app, plugin.settings, lang())),
	});
	plugin.addCommand({
		id: "insert-checklist",
		name: t(names, "plugin.command.insertChecklist"),
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!isPlanNote(app, file)) return false;
			if (!checking) inBackground(insertChecklist(app, plugin.settings, file, lang()), lang());
			return true;
		},
	});
}

/** Opens a modal that closes with the plugin: disabling the plugin leaves no form of it on screen. */
function modalOpener(plugin: Plugin): (modal: Modal) => void {
	const open = new Set<Modal>();
	plugin.register(() => {
		for (const modal of [...open]) modal.close();
	});
	return (modal) => {
		open.add(modal);
		modal.setCloseCallback(() => open.delete(modal));
		modal.open();
	};
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
