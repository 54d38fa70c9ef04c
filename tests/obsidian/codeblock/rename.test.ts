// @vitest-environment happy-dom
/** A plan renamed or moved: Obsidian skips code blocks when it updates links; the plugin does not. */
import { describe, expect, it } from "vitest";
import { file, loadPlugin, settle, text } from "../support/harness.js";
import { sleep } from "../index/live-harness.js";

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
});
