/**
 * "Create internationalization plan": one form for the company profile. Errors show under their
 * fields and the form stays open; a valid form writes the plan note and opens it.
 */
import { Modal, Setting, type App } from "obsidian";
import { CHANNELS, INDUSTRIES, SIZES, t, type Lang, type PlanLang } from "../../core/index.js";
import { createPlan } from "./create-plan.js";
import { createForm, fieldError, submitButton, type FieldError } from "../ui/form.js";
import { MarketSuggest } from "./market-suggest.js";
import { inform } from "../ui/notices.js";
import { FolderSuggest } from "../settings/path-suggest.js";
import { PLAN_FIELDS, planPath, readPlanForm, type PlanField, type PlanFormValues } from "./plan-form.js";
import type { IntlPlanSettings } from "../settings/settings.js";

const PLAN_LANGS: readonly PlanLang[] = ["zh", "en", "both"];
const distinct = <T>(table: Readonly<Record<string, T>>): T[] => [...new Set(Object.values(table))];

type Control = HTMLInputElement | HTMLSelectElement;

export class CreatePlanModal extends Modal {
	private readonly controls = new Map<PlanField, Control>();
	private readonly rows = new Map<PlanField, Setting>();
	private readonly errors = new Map<PlanField, FieldError>();
	private submitEl: HTMLButtonElement | null = null;
	private horizonEl: HTMLInputElement | null = null;
	private busy = false;

	constructor(
		app: App,
		private readonly settings: IntlPlanSettings,
		private readonly lang: Lang,
	) {
		super(app);
	}

	override onOpen(): void {
		const { lang } = this;
		this.setTitle(t(lang, "plugin.plan.title"));
		this.modalEl.addClass("intl-plan-modal");
		const form = createForm(this.contentEl, () => void this.submit());

		this.text(form, "company", t(lang, "plugin.plan.company"));
		this.choice(form, "size", t(lang, "plugin.plan.size"), distinct(SIZES).map((v) => [v, t(lang, `size.${v}`)]));
		this.choice(form, "industry", t(lang, "plugin.plan.industry"), distinct(INDUSTRIES).map((v) => [v, t(lang, `industry.${v}`)]));
		const markets = this.text(form, "markets", t(lang, "plugin.plan.markets"), t(lang, "plugin.plan.marketsDesc"));
		new MarketSuggest(this.app, markets, lang);
		this.choice(form, "channel", t(lang, "plugin.plan.channel"), distinct(CHANNELS).map((v) => [v, t(lang, `channel.${v}`)]));
		this.text(form, "platforms", t(lang, "plugin.plan.platforms"), t(lang, "plugin.plan.platformsDesc"));
		this.text(form, "owner", t(lang, "plugin.plan.owner"));
		this.horizonEl = this.text(form, "horizon", t(lang, "plugin.plan.horizon"), t(lang, "plugin.plan.horizonDesc"));
		this.horizonEl.type = "date";
		// The wording starts as the language the user works in, so it needs no "Choose…".
		const wording = PLAN_LANGS.map((v) => [v, t(lang, `plugin.plan.lang.${v}`)] as const);
		this.choice(form, "lang", t(lang, "plugin.plan.lang"), wording, { desc: t(lang, "plugin.plan.langDesc"), placeholder: false }).value = lang;
		const folder = this.text(form, "folder", t(lang, "plugin.plan.folder"));
		folder.value = this.settings.plansFolder;
		new FolderSuggest(this.app, folder);
		this.submitEl = submitButton(form, t(lang, "plugin.plan.create"));

		for (const field of ["company", "lang", "folder"] as const) {
			this.controls.get(field)?.addEventListener(field === "lang" ? "change" : "input", () => this.previewPath());
		}
		this.controls.get("company")?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** The form's values as typed, from the DOM: what the user sees is what is read. */
	private values(): PlanFormValues {
		const value = (field: PlanField): string => this.controls.get(field)?.value ?? "";
		const entries = PLAN_FIELDS.map((f) => [f, value(f)] as const);
		return {
			...(Object.fromEntries(entries) as Record<PlanField, string>),
			horizonIncomplete: this.horizonEl?.validity.badInput ?? false,
		};
	}

	private async submit(): Promise<void> {
		if (this.busy) return;
		for (const error of this.errors.values()) error.clear();
		const reading = readPlanForm(this.values(), this.lang);
		if (!reading.ok) {
			this.showErrors(reading.errors);
			return;
		}
		const { request } = reading;
		this.setBusy(true);
		try {
			const outcome = await createPlan(this.app, this.settings, request, this.lang);
			if (outcome.kind === "exists") this.showErrors({ folder: t(this.lang, "plugin.plan.errorExists", { path: request.path }) });
			else if (outcome.kind === "failed") this.showErrors({ folder: outcome.message });
			else if (outcome.kind === "created") {
				this.close();
				inform(t(this.lang, "plugin.plan.created", { path: outcome.file.path, count: outcome.added }));
				await this.app.workspace.getLeaf(false).openFile(outcome.file);
			}
		} finally {
			this.setBusy(false);
		}
	}

	private showErrors(errors: Partial<Record<PlanField, string>>): void {
		let first: PlanField | null = null;
		for (const field of PLAN_FIELDS) {
			const message = errors[field];
			if (message === undefined) continue;
			this.errors.get(field)?.show(message);
			first ??= field;
		}
		if (first) this.controls.get(first)?.focus();
	}

	private setBusy(busy: boolean): void {
		this.busy = busy;
		if (this.submitEl) this.submitEl.disabled = busy;
	}

	private previewPath(): void {
		const { company, lang, folder } = this.values();
		const planLang = PLAN_LANGS.find((l) => l === lang) ?? "en";
		const row = this.rows.get("folder");
		if (!row) return;
		const where = planPath(company, planLang, folder);
		if (where === null) row.setDesc(t(this.lang, "plugin.form.folderOutside"));
		else row.setDesc(company.trim() === "" ? "" : t(this.lang, "plugin.plan.willCreate", { path: where.path }));
	}

	private row(form: HTMLElement, field: PlanField, name: string, desc?: string): Setting {
		const row = new Setting(form).setName(name);
		if (desc !== undefined) row.setDesc(desc);
		this.rows.set(field, row);
		return row;
	}

	private text(form: HTMLElement, field: PlanField, name: string, desc?: string): HTMLInputElement {
		const row = this.row(form, field, name, desc);
		let input!: HTMLInputElement;
		row.addText((text) => {
			input = text.inputEl;
		});
		input.name = field;
		this.controls.set(field, input);
		this.errors.set(field, fieldError(row));
		return input;
	}

	/** A dropdown; with a placeholder, nothing is chosen until the user chooses (the company's size is not ours to guess). */
	private choice(
		form: HTMLElement,
		field: PlanField,
		name: string,
		options: readonly (readonly [string, string])[],
		{ desc, placeholder = true }: { desc?: string; placeholder?: boolean } = {},
	): HTMLSelectElement {
		const row = this.row(form, field, name, desc);
		let select!: HTMLSelectElement;
		row.addDropdown((dropdown) => {
			if (placeholder) dropdown.addOption("", t(this.lang, "plugin.plan.choose"));
			for (const [value, label] of options) dropdown.addOption(value, sentenceStart(label));
			select = dropdown.selectEl;
		});
		select.name = field;
		this.controls.set(field, select);
		this.errors.set(field, fieldError(row));
		return select;
	}
}

/** Labels shared with running text ("small", "platform-dependent") start with a capital in a list of options. */
function sentenceStart(label: string): string {
	return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}
