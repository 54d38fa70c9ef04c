/**
 * A link the plugin opens itself, inside views and rendered blocks. The reading view around a code
 * block has its own delegated handler for `.internal-link` (and a browser follows any `href`), so
 * every way of following the link (click, Ctrl/Cmd-click, middle click, Enter) is handled here and
 * stopped here: one gesture, one navigation. Checks use the event's own fields, never `instanceof`,
 * which fails for elements of a pop-out window (another realm). Modifiers choose the pane as
 * Obsidian's `Keymap.isModEvent` does (tab, split or window); the rule is restated here so the
 * quadrant drawing, which the browser tests bundle without Obsidian, needs only its types.
 */
import type { PaneType } from "obsidian";

export function ownLink(link: HTMLElement, open: (newLeaf: PaneType | boolean) => void): void {
	link.addEventListener("click", (evt) => {
		evt.preventDefault();
		evt.stopPropagation();
		open(paneFor(evt));
	});
	link.addEventListener("auxclick", (evt) => {
		if (evt.button !== 1) return;
		evt.preventDefault();
		evt.stopPropagation();
		open("tab");
	});
	link.addEventListener("keydown", (evt) => {
		if (evt.key !== "Enter") return;
		evt.preventDefault();
		evt.stopPropagation();
		open(paneFor(evt));
	});
}

/** Ctrl/Cmd: a new tab; with Alt: a split; with Alt and Shift: a window; middle click: a tab. */
export function paneFor(evt: MouseEvent | KeyboardEvent): PaneType | boolean {
	if ("button" in evt && evt.button === 1) return "tab";
	if (!(evt.ctrlKey || evt.metaKey)) return false;
	if (!evt.altKey) return "tab";
	return evt.shiftKey ? "window" : "split";
}
