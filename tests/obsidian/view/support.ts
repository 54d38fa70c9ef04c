/** The plan view on the example vault: files read from disk, an index made by the core, a view on a mock leaf. */
import type { App as AppOriginal } from "obsidian";
import { WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { indexVault, type VaultIndex } from "../../../src/core/index.js";
import type { IndexSource } from "../../../src/obsidian/view/index-source.js";
import { PlanView } from "../../../src/obsidian/view/plan-view.js";
import { settingsFrom, type IntlPlanSettings } from "../../../src/obsidian/settings/settings.js";
import { settle, vault } from "../support/harness.js";

import { exampleFiles } from "./example-vault.js";

export { EXAMPLES, exampleFiles, HENGTAI, LINGXI } from "./example-vault.js";
export const TODAY = "2026-11-25";

/** An index source over a fixed set of files; `reindex` reads them again and tells the listeners. */
export class TestSource implements IndexSource {
	private index: VaultIndex;
	private readonly listeners = new Set<() => void>();
	constructor(files: Record<string, string>) {
		this.index = TestSource.build(files);
	}
	static build(files: Record<string, string>): VaultIndex {
		return indexVault(Object.entries(files).map(([path, text]) => ({ path, text })));
	}
	current(): VaultIndex {
		return this.index;
	}
	isReady(): boolean {
		return true;
	}
	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
	reindex(files: Record<string, string>): void {
		this.index = TestSource.build(files);
		for (const l of this.listeners) l();
	}
}

export interface ViewHarness {
	readonly app: AppOriginal;
	readonly view: PlanView;
	readonly source: TestSource;
	readonly settings: IntlPlanSettings;
	readonly el: HTMLElement;
}

export async function openView(files: Record<string, string> = exampleFiles(), saved: Record<string, unknown> = {}, today = TODAY): Promise<ViewHarness> {
	const mockApp = vault(files);
	const app = mockApp.asOriginalType__();
	const source = new TestSource(files);
	const host = { settings: settingsFrom({ uiLanguage: "en", ...saved }) };
	const leaf = WorkspaceLeaf.create2__(mockApp).asOriginalType3__();
	const view = new PlanView(leaf, host, source, () => today);
	document.body.appendChild(view.containerEl);
	view.load();
	await (view as unknown as { onOpen(): Promise<void> }).onOpen();
	await settle();
	return { app, view, source, settings: host.settings, el: view.contentEl };
}

export function quadrantEls(el: HTMLElement): HTMLElement[] {
	return Array.from(el.querySelectorAll<HTMLElement>(".intl-plan-quadrant"));
}

export function quadrantEl(el: HTMLElement, dimension: string): HTMLElement {
	const q = el.querySelector<HTMLElement>(`.intl-plan-quadrant[data-dimension="${dimension}"]`);
	if (!q) throw new Error(`no ${dimension} quadrant`);
	return q;
}

export function counts(q: HTMLElement): Record<string, number> {
	return Object.fromEntries(Array.from(q.querySelectorAll<HTMLElement>(".intl-plan-count")).map((c) => [c.dataset.status ?? "", Number(c.dataset.count)]));
}

export function itemTexts(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll<HTMLElement>(".intl-plan-item-text")).map((t) => t.textContent ?? "");
}

export function itemRow(el: HTMLElement, text: string): HTMLElement {
	const row = Array.from(el.querySelectorAll<HTMLElement>(".intl-plan-item")).find((r) => r.querySelector(".intl-plan-item-text")?.textContent?.includes(text));
	if (!row) throw new Error(`no item ${text}`);
	return row;
}

export function pick(select: HTMLSelectElement, value: string): void {
	select.value = value;
	select.dispatchEvent(new Event("change", { bubbles: true }));
}

export function selectEl(el: HTMLElement, cls: string): HTMLSelectElement {
	const s = el.querySelector<HTMLSelectElement>(`select.${cls}`);
	if (!s) throw new Error(`no select ${cls}`);
	return s;
}
