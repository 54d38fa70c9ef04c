/** A vault, the plugin loaded into it, and the ways a person reaches it: commands, forms, notices. */
import type { App as AppOriginal, Command, PluginManifest, TFile as TFileOriginal } from "obsidian";
import { App, Plugin, TFile } from "obsidian-test-mocks/obsidian";
import { expect } from "vitest";
import IntlPlanPlugin from "../../../src/main.js";
import { modals__, notices__ } from "./obsidian-shim.js";

export const MANIFEST: PluginManifest = {
	id: "intl-plan",
	name: "Internationalization Plan",
	version: "0.1.0",
	minAppVersion: "1.12.2",
	description: "",
	author: "",
};

export interface Harness {
	readonly app: AppOriginal;
	readonly mockApp: App;
	readonly plugin: IntlPlanPlugin;
	readonly mockPlugin: Plugin;
}

/** Lets pending promises and timers run (vault writes, command work started without await). */
export async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function vault(files: Record<string, string> = {}): App {
	return App.createConfigured__({ files });
}

/** Loads the plugin as Obsidian does (load() → onload(), awaited), with `saved` as its data.json. */
export async function loadPlugin(files: Record<string, string> = {}, saved?: unknown): Promise<Harness> {
	const mockApp = vault(files);
	const app = mockApp.asOriginalType__();
	const plugin = new IntlPlanPlugin(app, MANIFEST);
	const mockPlugin = Plugin.fromOriginalType2__(plugin);
	if (saved !== undefined) mockPlugin.data__ = saved;
	plugin.load();
	await settle();
	return { app, mockApp, plugin, mockPlugin };
}

export function command(h: Harness, id: string): Command {
	const found = h.mockPlugin.commands__.get(id);
	if (!found) throw new Error(`no command ${id}`);
	return found;
}

/** Runs a command as the palette does: only when its check says it is available. */
export async function run(h: Harness, id: string): Promise<boolean> {
	const c = command(h, id);
	if (c.checkCallback) {
		if (!c.checkCallback(true)) return false;
		c.checkCallback(false);
	} else await c.callback?.();
	await settle();
	return true;
}

export function file(app: AppOriginal, path: string): TFileOriginal {
	const found = app.vault.getFileByPath(path);
	if (!found) throw new Error(`no file ${path}`);
	return found;
}

export async function text(app: AppOriginal, path: string): Promise<string> {
	return app.vault.read(file(app, path));
}

/** Makes a note the active one, as clicking it in the file explorer does. */
export async function openNote(app: AppOriginal, path: string): Promise<void> {
	await app.workspace.getLeaf(false).openFile(file(app, path));
}

export function activeFilePath(app: AppOriginal): string | null {
	const active = app.workspace.getActiveFile();
	return active instanceof TFile ? active.path : null;
}

export function noticeTexts(): string[] {
	return notices__.map((n) => n.messageEl.textContent ?? "");
}

export function lastNotice(): string {
	const texts = noticeTexts();
	expect(texts.length).toBeGreaterThan(0);
	return texts[texts.length - 1] ?? "";
}

export function openModals(): typeof modals__ {
	return modals__.filter((m) => m.isOpen__);
}

/** The open form (there is one at a time). */
export function form(): HTMLFormElement {
	const el = document.querySelector<HTMLFormElement>("form.intl-plan-form");
	if (!el) throw new Error("no form is open");
	return el;
}

export function control<T extends HTMLInputElement | HTMLSelectElement>(name: string): T {
	const el = form().querySelector<T>(`[name="${name}"]`);
	if (!el) throw new Error(`no field ${name}`);
	return el;
}

/** Types into a field or picks an option, firing the events a person's input fires. */
export function fill(values: Readonly<Record<string, string>>): void {
	for (const [name, value] of Object.entries(values)) {
		const el = control(name);
		el.value = value;
		el.dispatchEvent(new Event("input", { bubbles: true }));
		el.dispatchEvent(new Event("change", { bubbles: true }));
	}
}

export async function submit(): Promise<void> {
	const button = form().querySelector<HTMLButtonElement>("button[type=submit]");
	if (!button) throw new Error("the form has no submit button");
	button.click();
	await settle();
}

/** Inline error text shown for a field (its row's error line), "" when none. */
export function fieldError(name: string): string {
	let row: HTMLElement | null = control(name);
	while (row && row.parentElement !== form()) row = row.parentElement;
	return row?.querySelector(".intl-plan-field-error")?.textContent ?? "";
}
