/**
 * A link the plugin opens itself, inside views and rendered blocks. The reading view around a code
 * block has its own delegated handler for `.internal-link` (and a browser follows any `href`), so
 * every way of following the link (click, Ctrl/Cmd-click, middle click, Enter) is handled here and
 * stopped here: one gesture, one navigation. Checks use the event's own fields, never `instanceof`,
 * which fails for elements of a pop-out window (another realm). Modifiers choose the pane as
 * everywhere in Obsidian (`Keymap.isModEvent`: tab, split or window).
 */
import { Keymap, type PaneType } from "obsidian";

export function ownLink(link: HTMLElement, open: (newLeaf: PaneType | boolean) => void): void {
	link.addEventListener("click", (evt) => {
		evt.preventDefault();
		evt.stopPropagation();
		open(Keymap.isModEvent(evt));
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
		open(Keymap.isModEvent(evt));
	});
}
