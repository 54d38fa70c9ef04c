// @vitest-environment happy-dom
/**
 * Writing to a note the user has open in the editor: through the Editor API, replacing only what
 * changed, so the cursor stays where the user left it and Obsidian never reloads the buffer under them.
 */
import { describe, expect, it } from "vitest";
import { file, loadPlugin, openNote, run, settle, text } from "../support/harness.js";
import { openInEditor } from "../support/open-editor.js";
import { HENGTAI, itemRow, openView } from "../view/support.js";

const DISTANCE = "Institutional & cultural distance DE vs. US";

describe("writes to a note open in the editor", () => {
	it("should tick a task through the editor: one span replaced, cursor kept, saved, no reload", async () => {
		const h = await openView();
		const open = await openInEditor(h.app, HENGTAI);
		const before = await text(h.app, HENGTAI);
		const taskLine = before.split("\n").findIndex((l) => l.includes(DISTANCE));
		// The user's cursor: on a line before the task, and on one after it.
		open.editor.setCursor({ line: taskLine - 2, ch: 3 });
		itemRow(h.el, DISTANCE).querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
		await settle();
		const after = await text(h.app, HENGTAI);
		expect(after.split("\n")[taskLine]).toMatch(/^- \[x\] Institutional/);
		expect(open.editor.getValue()).toBe(after);
		expect(open.editor.getCursor()).toEqual({ line: taskLine - 2, ch: 3 });
		expect(open.reloads).toBe(0);
	});

	it("should keep a cursor after the edited line on its own text", async () => {
		const h = await openView();
		const open = await openInEditor(h.app, HENGTAI);
		const before = await text(h.app, HENGTAI);
		const taskLine = before.split("\n").findIndex((l) => l.includes(DISTANCE));
		open.editor.setCursor({ line: taskLine + 1, ch: 2 });
		itemRow(h.el, DISTANCE).querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
		await settle();
		expect(open.editor.getCursor()).toEqual({ line: taskLine + 1, ch: 2 });
		expect(open.reloads).toBe(0);
		expect(file(h.app, HENGTAI)).toBeTruthy();
	});

	it("should insert the checklist through the editor, the user's unsaved typing kept and the cursor moved with its line", async () => {
		const plan = "---\nintl-plan: 1\ncompany: Acme\nsize: small\nmarkets: [DE]\nlang: en\n---\n# Acme\n\n## 战略决策 Strategy\n\n## 风险合规 Compliance\n\nMy notes.\n";
		const h = await loadPlugin({ "Plans/Acme.md": plan });
		const open = await openInEditor(h.app, "Plans/Acme.md");
		// Typed but not saved yet: the editor is ahead of the file.
		open.editor.setValue(`${plan}Typed just now.\n`);
		const typedLine = open.editor.lineCount() - 2;
		open.editor.setCursor({ line: typedLine, ch: 5 });
		expect(await run(h, "insert-checklist")).toBe(true);
		await settle();
		const after = await text(h.app, "Plans/Acme.md");
		expect(after).toContain("Typed just now.\n");
		expect(after).toMatch(/\^ck-/);
		expect(open.editor.getValue()).toBe(after);
		const cursor = open.editor.getCursor();
		expect(open.editor.getLine(cursor.line)).toBe("Typed just now.");
		expect(cursor.ch).toBe(5);
		expect(open.reloads).toBe(0);
		// The same edit as on the closed note holding the same text.
		const closed = await loadPlugin({ "Plans/Acme.md": `${plan}Typed just now.\n` });
		await openNote(closed.app, "Plans/Acme.md");
		await run(closed, "insert-checklist");
		expect(after).toBe(await text(closed.app, "Plans/Acme.md"));
	});
});
