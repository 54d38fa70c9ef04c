/**
 * The dry run shown before anything is written: per plan, what kinds of change and the diff, as
 * text in elements (`createEl`, never HTML strings: note text is untrusted), then Apply or Cancel.
 */
import { Modal, Setting, type App } from "obsidian";
import { countsText, diffHunks, problemMessage, t, type Lang } from "../../core/index.js";
import { createForm } from "../ui/form.js";
import type { PlanNote, PlanPreview, SyncPreview } from "./sync-run.js";

const KIND_CLASS = { " ": "intl-plan-diff-context", "-": "intl-plan-diff-removed", "+": "intl-plan-diff-added" } as const;

export class SyncPreviewModal extends Modal {
	private applying = false;
	private applyButton: HTMLButtonElement | null = null;

	constructor(
		app: App,
		private readonly preview: SyncPreview,
		private readonly lang: Lang,
		private readonly onApply: (changes: readonly PlanPreview[]) => Promise<void>,
	) {
		super(app);
	}

	override onOpen(): void {
		const { lang, preview } = this;
		this.setTitle(t(lang, "sync.preview.title"));
		this.modalEl.addClass("intl-plan-sync-modal");
		const { contentEl } = this;
		contentEl.createEl("p", { text: t(lang, "sync.preview.intro", { count: preview.changes.length }) });
		for (const note of preview.notes.filter((n) => !preview.changes.some((c) => c.path === n.path))) renderNote(contentEl, note, lang);
		for (const change of preview.changes) {
			const section = contentEl.createDiv({ cls: "intl-plan-sync-plan" });
			section.createEl("h3", { text: change.path });
			section.createEl("p", { cls: "intl-plan-sync-counts", text: countsText(change.report, lang) });
			const note = preview.notes.find((n) => n.path === change.path);
			if (note) renderNote(section, note, lang);
			renderDiff(section, change.before, change.after);
		}
		// A real form: Enter applies, as in the plugin's other dialogs.
		const form = createForm(contentEl, () => void this.apply());
		new Setting(form)
			.addButton((b) => {
				b.setButtonText(t(lang, "sync.preview.cancel"));
				b.buttonEl.type = "button";
				b.buttonEl.addClass("intl-plan-sync-cancel");
				b.buttonEl.addEventListener("click", () => this.close());
			})
			.addButton((b) => {
				b.setButtonText(t(lang, "sync.preview.apply")).setCta();
				b.buttonEl.type = "submit";
				b.buttonEl.addClass("intl-plan-sync-apply");
				this.applyButton = b.buttonEl;
			});
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private async apply(): Promise<void> {
		if (this.applying) return;
		this.applying = true;
		if (this.applyButton) this.applyButton.disabled = true;
		try {
			await this.onApply(this.preview.changes);
		} finally {
			this.close();
		}
	}
}

function renderNote(parent: HTMLElement, note: PlanNote, lang: Lang): void {
	parent.createEl("p", { cls: "intl-plan-sync-warning", text: noteText(note, lang) });
}

/** Why a plan is left out (its profile) or partly left alone (duplicated ids). */
export function noteText(note: PlanNote, lang: Lang): string {
	const why = note.problem
		? t(lang, "sync.preview.badProfile", { line: note.problem.line, problem: problemMessage(note.problem, lang) })
		: t(lang, "sync.preview.duplicates", { ids: note.duplicates.map((id) => `^${id}`).join(", ") });
	return `${note.path}: ${why}`;
}

/** One element per diff line; the +/- prefix stays in the text, so the diff reads the same when copied. */
export function renderDiff(parent: HTMLElement, before: string, after: string): HTMLElement {
	const pre = parent.createEl("pre", { cls: "intl-plan-sync-diff" });
	for (const hunk of diffHunks(before, after)) {
		pre.createDiv({ cls: "intl-plan-diff-hunk", text: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@` });
		for (const line of hunk.lines) pre.createDiv({ cls: KIND_CLASS[line.kind], text: line.kind + line.text });
	}
	return pre;
}
