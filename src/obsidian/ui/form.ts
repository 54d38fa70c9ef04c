/**
 * The little the plugin's modal forms share: a real <form> (Enter in a field submits, as in any
 * form, and IME composition is left alone), a submit button, and inline errors under a field, as text.
 */
import { Setting } from "obsidian";

export interface FieldError {
	show(message: string): void;
	clear(): void;
	readonly shown: boolean;
}

export function createForm(parent: HTMLElement, onSubmit: () => void): HTMLFormElement {
	const form = parent.createEl("form", { cls: "intl-plan-form" });
	form.addEventListener("submit", (evt) => {
		evt.preventDefault();
		onSubmit();
	});
	return form;
}

export function submitButton(form: HTMLFormElement, label: string): HTMLButtonElement {
	let button!: HTMLButtonElement;
	new Setting(form).addButton((b) => {
		b.setButtonText(label).setCta();
		b.buttonEl.type = "submit";
		button = b.buttonEl;
	});
	return button;
}

/** An error line under a row's name and description; the row's controls are marked invalid with it. */
export function fieldError(setting: Setting): FieldError {
	const el = setting.infoEl.createDiv({ cls: "intl-plan-field-error" });
	const controls = (): HTMLElement[] => Array.from(setting.controlEl.querySelectorAll<HTMLElement>("input, select, textarea"));
	return {
		show(message: string): void {
			el.setText(message);
			el.setAttr("role", "alert");
			setting.settingEl.addClass("intl-plan-invalid");
			for (const c of controls()) c.setAttr("aria-invalid", "true");
		},
		clear(): void {
			el.setText("");
			el.removeAttribute("role");
			setting.settingEl.removeClass("intl-plan-invalid");
			for (const c of controls()) c.removeAttribute("aria-invalid");
		},
		get shown(): boolean {
			return el.textContent !== "";
		},
	};
}
