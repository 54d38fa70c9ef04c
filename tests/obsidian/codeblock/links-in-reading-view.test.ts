// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { exampleVault, loadIndexed } from "../index/live-harness.js";
import { settle } from "../support/harness.js";
import { readingView } from "../support/reading-view.js";
import { HENGTAI_NOTE, renderBlock } from "./block-harness.js";

const middle = (): MouseEvent => new MouseEvent("auxclick", { button: 1, bubbles: true, cancelable: true });
const ctrl = (): MouseEvent => new MouseEvent("click", { ctrlKey: true, bubbles: true, cancelable: true });

/** A note of the plan holding a wikilink in a task, so the block draws a link inside an item. */
function vaultWithLink(): Record<string, string> {
	const files = exampleVault();
	files[HENGTAI_NOTE] = `${files[HENGTAI_NOTE] ?? ""}\n- [ ] Read [[数据中台 Data Platform]] again 📅 2026-12-20\n`;
	return files;
}

describe("links drawn in a code block, inside the reading view", () => {
	it.each([
		["a plan block's note heading", "intl-plan", "", ".intl-plan-note-link"],
		["a plan block's wikilink in an item", "intl-plan", "", ".intl-plan-item-text .internal-link"],
		["a roll-up block's plan link", "intl-plan-rollup", "", "td .internal-link"],
	])("should open %s once, in one tab, whatever the gesture", async (_, language, source, selector) => {
		const h = await loadIndexed(vaultWithLink(), { uiLanguage: "en" });
		const view = readingView(h.app, HENGTAI_NOTE);
		const { el } = await renderBlock(h, source, HENGTAI_NOTE, view.el, language);
		await settle();
		const link = el.querySelector<HTMLElement>(selector);
		expect(link, selector).not.toBeNull();
		const open = vi.spyOn(h.app.workspace, "openLinkText").mockResolvedValue();
		link?.click();
		link?.dispatchEvent(ctrl());
		link?.dispatchEvent(middle());
		await settle();
		// The block followed each gesture itself; the reading view's own handler never saw one.
		expect(view.opened).toEqual([]);
		expect(open.mock.calls.map((c) => c[2])).toEqual([false, "tab", "tab"]);
	});
});
