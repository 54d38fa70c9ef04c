// @vitest-environment happy-dom
/** The checklist library as the plugin holds it: read after start, never announced at start, followed as the note changes. */
import { describe, expect, it } from "vitest";
import { BUILTIN_LIBRARY } from "../../../src/core/index.js";
import { LIBRARY_QUIET_MS } from "../../../src/obsidian/summary/register.js";
import { renderBlock } from "../codeblock/block-harness.js";
import { exampleVault, loadIndexed, sleep } from "../index/live-harness.js";
import { file, loadPlugin, noticeTexts, settle } from "../support/harness.js";

const LIBRARY_PATH = "Intl plan/checklist-library.md";
/** The "Gaps" column of each row. */
const gapCells = (el: HTMLElement): string[] => {
	const column = Array.from(el.querySelectorAll("th"), (th) => th.textContent).indexOf("Gaps");
	return Array.from(el.querySelectorAll("tbody tr"), (tr) => tr.children[column]?.textContent ?? "");
};

describe("the checklist library in the plugin", () => {
	it("should not announce a library with problems when Obsidian starts (only when the user acts)", async () => {
		const h = await loadPlugin({ [LIBRARY_PATH]: "# not a library\n" }, { libraryPath: LIBRARY_PATH });
		h.mockApp.workspace.setLayoutReady__();
		await sleep(50);
		await settle();
		expect(noticeTexts()).toEqual([]);
	});

	it("should redraw roll-up gaps when the library note changes, after it has been quiet", async () => {
		const h = await loadIndexed({ ...exampleVault(), [LIBRARY_PATH]: BUILTIN_LIBRARY }, { libraryPath: LIBRARY_PATH, uiLanguage: "en" });
		await sleep(20);
		const { el } = await renderBlock(h, "", "Rollup.md", document.body, "intl-plan-rollup");
		await settle();
		const before = gapCells(el);
		// A library of one item: every plan's gaps shrink to at most one.
		const one = BUILTIN_LIBRARY.split(/\n(?=- )/u).slice(0, 2).join("\n").replace(/\n## [^\n]*\n*$/u, "\n");
		await h.app.vault.modify(file(h.app, LIBRARY_PATH), one);
		await sleep(LIBRARY_QUIET_MS + 100);
		await settle();
		const after = gapCells(el);
		expect(after).not.toEqual(before);
		for (const cell of after) expect(Number.parseInt(cell, 10) || 0).toBeLessThanOrEqual(1);
	});
});
