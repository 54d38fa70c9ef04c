/**
 * Which checklist library the plugin uses: the note the settings name, when it exists, else the
 * built-in one (as the CLI does). A library with problems is refused with a notice, never guessed at.
 */
import { TFile, type App } from "obsidian";
import { BUILTIN_LIBRARY, problemMessage, readLibrary, t, type Lang, type Library } from "../core/index.js";
import type { IntlPlanSettings } from "./settings.js";
import { warn } from "./notices.js";
import { notePath } from "./vault-paths.js";

export interface LibrarySource {
	readonly library: Library;
	/** The vault note it was read from, or null for the built-in library. */
	readonly path: string | null;
}

/** The note the settings point at, if there is one in the vault. */
export function libraryFile(app: App, settings: Pick<IntlPlanSettings, "libraryPath">): TFile | null {
	const path = notePath(settings.libraryPath);
	if (!path) return null;
	const file = app.vault.getAbstractFileByPath(path);
	return file instanceof TFile ? file : null;
}

/** The library to use, or null when it has problems (the user has been told which). */
export async function loadLibrary(app: App, settings: IntlPlanSettings, lang: Lang): Promise<LibrarySource | null> {
	const file = libraryFile(app, settings);
	const text = file ? await app.vault.cachedRead(file) : BUILTIN_LIBRARY;
	const library = readLibrary(text, settings);
	const first = library.problems[0];
	if (first) {
		warn(
			t(lang, "plugin.library.invalid", {
				path: file?.path ?? t(lang, "plugin.library.builtinName"),
				count: library.problems.length,
				line: first.line,
				problem: problemMessage(first, lang),
			}),
		);
		return null;
	}
	return { library, path: file?.path ?? null };
}
