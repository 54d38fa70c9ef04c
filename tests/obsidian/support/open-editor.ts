/**
 * A note open in a markdown editor, as Obsidian has it (the stand-in's leaves hold no view at all):
 *
 * - The editor holds the note's text; `view.save()` writes the editor's text to the file.
 * - A change through the editor maps the cursor as CodeMirror does: a cursor before the change stays,
 *   one after it moves by the change's length (the stand-in's editor jumps to the change's end).
 * - The changes of one `transaction` are all positions in the text before it, as in CodeMirror (the
 *   stand-in applies them one after another, each against the text the previous one left).
 * - When the file changes on disk under an open editor (`Vault.process`, `modify`), Obsidian reloads
 *   the editor from the file: here the cursor goes back to the start and `reloads` counts it, which is
 *   what a user sees as the cursor jumping, folds reset or a merge.
 */
import type { App } from "obsidian";
import * as mocks from "obsidian-test-mocks/obsidian";

export interface OpenEditor {
	readonly view: mocks.MarkdownView;
	readonly editor: mocks.Editor;
	/** Times the editor was reloaded from disk under the user. */
	reloads: number;
}

export async function openInEditor(app: App, path: string): Promise<OpenEditor> {
	const mockApp = app as unknown as mocks.App;
	const file = mockApp.vault.getFileByPath(path);
	if (!file) throw new Error(`no note at ${path}`);
	const leaf = mockApp.workspace.getLeaf(true);
	const view = new mocks.MarkdownView(leaf);
	await leaf.open(view as unknown as Parameters<typeof leaf.open>[0]);
	await leaf.openFile(file);
	view.file = file;
	view.setViewData(await mockApp.vault.read(file), true);
	mockApp.workspace.setActiveLeaf(leaf);
	const open: OpenEditor = { view, editor: view.editor, reloads: 0 };

	const editor = view.editor as mocks.Editor & { replaceRange: mocks.Editor["replaceRange"] };
	const replaceRange = editor.replaceRange.bind(editor);
	editor.replaceRange = (text, from, to, origin) => {
		const cursor = editor.getCursor();
		const at = editor.posToOffset(cursor);
		const start = editor.posToOffset(from);
		const end = to ? editor.posToOffset(to) : start;
		replaceRange(text, from, to, origin);
		const mapped = at <= start ? at : at >= end ? at + text.length - (end - start) : start + text.length;
		editor.setCursor(editor.offsetToPos(mapped));
	};

	editor.transaction = (tx) => {
		const changes = [...(tx.changes ?? [])].sort((x, y) => editor.posToOffset(y.from) - editor.posToOffset(x.from));
		for (const change of changes) editor.replaceRange(change.text, change.from, change.to);
	};

	let saving = false;
	view.save = async () => {
		saving = true;
		try {
			await mockApp.vault.modify(file, editor.getValue());
		} finally {
			saving = false;
		}
	};
	mockApp.vault.on("modify", (changed) => {
		if (saving || changed !== file) return;
		void mockApp.vault.read(file).then((text) => {
			if (text === editor.getValue()) return;
			open.reloads++;
			view.setViewData(text, false);
		});
	});
	return open;
}
