/**
 * "Install templates into vault": copies every template into a folder the user confirms, leaving
 * any file that already exists exactly as it is.
 */
import { Modal, Setting, type App } from "obsidian";
import { t, TEMPLATES, type Lang } from "../../core/index.js";
import { createForm, fieldError, submitButton, type FieldError } from "../ui/form.js";
import { inform } from "../ui/notices.js";
import { FolderSuggest } from "../settings/path-suggest.js";
import { writeError } from "../vault/write-note.js";
import { cleanPath, ensureFolder, joinPath } from "../vault/vault-paths.js";

export interface Installed {
	readonly installed: readonly string[];
	readonly skipped: readonly string[];
}

export async function installTemplates(app: App, folder: string): Promise<Installed> {
	await ensureFolder(app.vault, folder);
	const installed: string[] = [];
	const skipped: string[] = [];
	for (const [name, text] of Object.entries(TEMPLATES)) {
		const path = joinPath(folder, name);
		if (app.vault.getAbstractFileByPath(path)) {
			skipped.push(name);
			continue;
		}
		await app.vault.create(path, text);
		installed.push(name);
	}
	return { installed, skipped };
}

export function installedMessage({ installed, skipped }: Installed, folder: string, lang: Lang): string {
	const lines = [t(lang, "plugin.templates.installed", { count: installed.length, folder })];
	if (skipped.length > 0) lines.push(t(lang, "plugin.templates.skipped", { count: skipped.length, files: skipped.join(", ") }));
	return lines.join("\n");
}

export class InstallTemplatesModal extends Modal {
	private busy = false;

	constructor(
		app: App,
		private readonly folder: string,
		private readonly lang: Lang,
	) {
		super(app);
	}

	override onOpen(): void {
		const { lang } = this;
		this.setTitle(t(lang, "plugin.templates.title"));
		let input!: HTMLInputElement;
		const form = createForm(this.contentEl, () => void this.install(input.value, error));
		const row = new Setting(form)
			.setName(t(lang, "plugin.templates.folder"))
			.setDesc(t(lang, "plugin.templates.folderDesc"))
			.addText((text) => {
				text.setValue(this.folder);
				text.inputEl.name = "folder";
				input = text.inputEl;
				new FolderSuggest(this.app, text.inputEl);
			});
		const error = fieldError(row);
		submitButton(form, t(lang, "plugin.templates.install"));
		input.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private async install(typed: string, error: FieldError): Promise<void> {
		if (this.busy) return;
		error.clear();
		const folder = cleanPath(typed);
		if (folder === null || folder === "") {
			error.show(t(this.lang, folder === null ? "plugin.form.folderOutside" : "plugin.form.folderRequired"));
			return;
		}
		this.busy = true;
		try {
			const result = await installTemplates(this.app, folder);
			this.close();
			inform(installedMessage(result, folder, this.lang));
		} catch (e) {
			error.show(writeError(e, folder, this.lang));
		} finally {
			this.busy = false;
		}
	}
}
