/**
 * Which checklist library the plugin uses: the note the settings name, or the built-in one when the
 * setting is empty (as the CLI does). A named note that is missing (renamed, not synced to this device
 * yet) or has problems is refused with a notice naming it, never replaced by the built-in library: a
 * sync against the wrong library would propose retiring the team's own items in every plan.
 */
import { TFile, type App } from "obsidian";
import { BUILTIN_LIBRARY, problemMessage, readLibrary, t, type Lang, type Library } from "../../core/index.js";
import type { IntlPlanSettings } from "../settings/settings.js";
import { warn } from "../ui/notices.js";
import { notePath } from "../vault/vault-paths.js";

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

/**
 * The library to use, or null when the named note is missing or has problems.
 * @param quiet no notice (loading at start, refreshing in the background): the user hears when they act
 */
export async function loadLibrary(app: App, settings: IntlPlanSettings, lang: Lang, quiet = false): Promise<LibrarySource | null> {
	const named = notePath(settings.libraryPath);
	const file = libraryFile(app, settings);
	if (named && !file) {
		if (!quiet) warn(t(lang, "plugin.library.missing", { path: named }));
		return null;
	}
	const text = file ? await app.vault.cachedRead(file) : BUILTIN_LIBRARY;
	const library = readLibrary(text, settings);
	const first = library.problems[0];
	if (first) {
		if (quiet) return null;
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
