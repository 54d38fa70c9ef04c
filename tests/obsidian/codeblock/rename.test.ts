// @vitest-environment happy-dom
/** A plan renamed or moved: Obsidian skips code blocks when it updates links; the plugin does not. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { noteParser } from "../../../src/obsidian/index/note-parser.js";
import { file, loadPlugin, settle, text } from "../support/harness.js";
import { sleep, waitFor } from "../index/live-harness.js";

afterEach(() => {
	vi.restoreAllMocks();
});

const PLAN = "---\nintl-plan: 1\ncompany: Acme\n---\n# Acme\n";
const BOARD = "# Board\n\n```intl-plan\nplan: [[Old plan|Acme]]\nstatus: open\n```\n\nSee [[Old plan]].\n";

describe("renaming a plan", () => {
	it("should point the code blocks that named it at its new name, and touch nothing else", async () => {
		const h = await loadPlugin({ "Plans/Old plan.md": PLAN, "Notes/Board.md": BOARD, "Notes/Other.md": "```intl-plan\nplan: [[Another plan]]\n```\n" });
		h.mockApp.workspace.setLayoutReady__();
		await h.app.fileManager.renameFile(file(h.app, "Plans/Old plan.md"), "Plans/New plan.md");
		await sleep(20);
		await settle();
		const board = await text(h.app, "Notes/Board.md");
		expect(board.split("\n")[3]).toBe("plan: [[New plan|Acme]]");
		// Outside the block, links are Obsidian's to update (the stand-in does not): left as they were.
		expect(board.replace("plan: [[New plan|Acme]]", "plan: [[Old plan|Acme]]")).toBe(BOARD);
		expect(await text(h.app, "Notes/Other.md")).toBe("```intl-plan\nplan: [[Another plan]]\n```\n");
	});

	it("should follow a plan whose folder is renamed (Obsidian fires rename for the folder, then for each file in it)", async () => {
		const h = await loadPlugin({ "Plans/Old plan.md": PLAN, "Notes/Board.md": BOARD });
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.plugin.index.isReady());
		const spy = vi.spyOn(noteParser, "parse");
		const folder = h.app.vault.getFolderByPath("Plans");
		if (!folder) throw new Error("no folder");
		await h.app.fileManager.renameFile(folder, "Clients");
		await sleep(300);
		await settle();
		// [[Old plan]] still names it (a name unique in the vault): the block is left as it is.
		expect(await text(h.app, "Notes/Board.md")).toBe(BOARD);
		expect(h.plugin.index.current().plans.map((p) => p.path)).toEqual(["Clients/Old plan.md"]);
		// The notes moved, their text did not: nothing is read again.
		expect(spy).not.toHaveBeenCalled();
	});

	it("should rewrite a block that names the plan by its path when the plan's folder is renamed", async () => {
		const board = BOARD.replace("plan: [[Old plan|Acme]]", "plan: [[Plans/Old plan|Acme]]");
		const h = await loadPlugin({ "Plans/Old plan.md": PLAN, "Notes/Board.md": board });
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.plugin.index.isReady());
		const folder = h.app.vault.getFolderByPath("Plans");
		if (!folder) throw new Error("no folder");
		await h.app.fileManager.renameFile(folder, "Clients");
		await sleep(300);
		await settle();
		// Written as Obsidian writes a new link (the shortest form that names it), alias kept.
		expect((await text(h.app, "Notes/Board.md")).split("\n")[3]).toBe("plan: [[Old plan|Acme]]");
	});
});
