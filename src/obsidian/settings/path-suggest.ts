/** Type-ahead for the settings' paths: notes for the library, folders for templates and plans. */
import { AbstractInputSuggest, type App, type TFile, type TFolder } from "obsidian";

const LIMIT = 50;

/** Paths containing what was typed, shortest first: the nearest match is usually the shortest path. */
export function matchingPaths<T extends { readonly path: string }>(items: readonly T[], typed: string): T[] {
	const query = typed.trim().toLowerCase();
	return items
		.filter((item) => item.path.toLowerCase().includes(query))
		.sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path))
		.slice(0, LIMIT);
}

abstract class PathSuggest<T extends TFile | TFolder> extends AbstractInputSuggest<T> {
	constructor(
		app: App,
		private readonly inputEl: HTMLInputElement,
	) {
		super(app, inputEl);
	}

	renderSuggestion(item: T, el: HTMLElement): void {
		el.setText(item.path);
	}

	override selectSuggestion(item: T): void {
		this.setValue(item.path);
		// The setting's own change handler listens for input events.
		this.inputEl.trigger("input");
		this.close();
	}
}

export class NoteSuggest extends PathSuggest<TFile> {
	protected getSuggestions(typed: string): TFile[] {
		return matchingPaths(this.app.vault.getMarkdownFiles(), typed);
	}
}

export class FolderSuggest extends PathSuggest<TFolder> {
	protected getSuggestions(typed: string): TFolder[] {
		return matchingPaths(this.app.vault.getAllFolders(false), typed);
	}
}
