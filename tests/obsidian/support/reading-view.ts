/**
 * Obsidian's reading view around rendered blocks, which obsidian-test-mocks does not have: the
 * preview container listens (delegated) for clicks and middle clicks on any `.internal-link` inside
 * it, including those a plugin drew in a code block, and opens the link itself (from `data-href`,
 * else `href`). A plugin link that does not stop the event is followed twice.
 */
import { Keymap, type App } from "obsidian";

export interface ReadingView {
	/** The `.markdown-preview-view` a block's element sits in. */
	readonly el: HTMLElement;
	/** What the reading view itself opened. */
	readonly opened: { linktext: string; newLeaf: unknown }[];
}

export function readingView(app: App, sourcePath: string): ReadingView {
	const el = document.body.createDiv({ cls: ["markdown-reading-view", "markdown-preview-view"] });
	const opened: ReadingView["opened"] = [];
	const follow = (evt: MouseEvent, newLeaf: unknown): void => {
		const link = (evt.target as Element | null)?.closest?.(".internal-link");
		if (!link || !el.contains(link)) return;
		evt.preventDefault();
		const linktext = link.getAttribute("data-href") ?? link.getAttribute("href") ?? "";
		opened.push({ linktext, newLeaf });
		void app.workspace.openLinkText(linktext, sourcePath, newLeaf as boolean);
	};
	el.addEventListener("click", (evt) => follow(evt, Keymap.isModEvent(evt)));
	el.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) follow(evt, "tab");
	});
	return { el, opened };
}
