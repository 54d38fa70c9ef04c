/** The plugin loaded over a vault with its live index running, and the vault events Obsidian fires. */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { TFile } from "obsidian-test-mocks/obsidian";
import { expect } from "vitest";
import { loadPlugin, file, type Harness } from "../support/harness.js";

export const DEBOUNCE_WAIT = 250;

/** Loads the plugin, lets the layout become ready (as at the end of Obsidian's start-up) and waits for the first full read. */
export async function loadIndexed(files: Record<string, string> = {}, saved?: unknown): Promise<Harness> {
	const h = await loadPlugin(files, saved);
	h.mockApp.workspace.setLayoutReady__();
	await waitFor(() => h.plugin.index.isReady());
	return h;
}

export async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
		await sleep(10);
	}
}

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Long enough for the per-note debounce and the read after it. */
export function afterDebounce(): Promise<void> {
	return sleep(DEBOUNCE_WAIT);
}

export async function modify(h: Harness, path: string, text: string): Promise<void> {
	await h.app.vault.modify(file(h.app, path), text);
}

/** Deleting a note: the vault's event, then the metadata cache's, as Obsidian fires both. */
export async function remove(h: Harness, path: string): Promise<void> {
	const f = file(h.app, path);
	await h.app.fileManager.trashFile(f);
	h.app.metadataCache.trigger("deleted", f, null);
}

export function itemTexts(h: Harness, path?: string): string[] {
	return h.plugin.index
		.current()
		.items.filter((i) => path === undefined || i.path === path)
		.map((i) => i.text);
}

/** The example vault shipped with the plugin (examples/vault), as path → text. */
export function exampleVault(): Record<string, string> {
	const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../examples/vault");
	const files: Record<string, string> = {};
	for (const rel of readdirSync(root, { recursive: true, encoding: "utf8" })) {
		if (!rel.endsWith(".md")) continue;
		files[relative(root, join(root, rel)).split(sep).join("/")] = readFileSync(join(root, rel), "utf8");
	}
	return files;
}

export function expectFile(value: unknown): asserts value is TFile {
	expect(value).toBeInstanceOf(TFile);
}
