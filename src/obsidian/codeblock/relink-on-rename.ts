/**
 * Keeps ```intl-plan``` blocks pointing at their plan when the plan note is renamed or moved: Obsidian
 * updates links in notes but skips code blocks. Only a link that named the old note and now leads
 * nowhere is rewritten (core's `relinkPlanBlocks`), in the link form Obsidian would write.
 */
import { TFile, type App, type Plugin } from "obsidian";
import { isPlanMarker, PLAN_KEY, relinkPlanBlocks } from "../../core/index.js";
import { warn } from "../ui/notices.js";
import { uiLang } from "../ui/language.js";
import type { IntlPlanSettings } from "../settings/settings.js";
import { processNote, writeError } from "../vault/write-note.js";

export function relinkBlocksOnRename(plugin: Plugin & { settings: IntlPlanSettings }): void {
	const { app } = plugin;
	plugin.registerEvent(
		app.vault.on("rename", (file, oldPath) => {
			if (!(file instanceof TFile) || file.extension !== "md") return;
			// Only a plan is what a block's `plan:` names: other renames read nothing (a note the cache
			// does not know yet may be one).
			const cache = app.metadataCache.getFileCache(file);
			if (cache && !isPlanMarker(cache.frontmatter?.[PLAN_KEY])) return;
			void relinkAll(app, file, oldPath).catch((e: unknown) => warn(writeError(e, file.path, uiLang(plugin.settings))));
		}),
	);
}

async function relinkAll(app: App, renamed: TFile, oldPath: string): Promise<void> {
	const old = oldPath.replace(/\.md$/iu, "").toLowerCase();
	const oldName = old.slice(old.lastIndexOf("/") + 1);
	for (const note of app.vault.getMarkdownFiles()) {
		// Only notes the cache shows holding a code block (or not parsed yet) are read.
		const sections = app.metadataCache.getFileCache(note)?.sections;
		if (sections && !sections.some((s) => s.type === "code")) continue;
		const text = await app.vault.cachedRead(note);
		const relink = (target: string): string | null => {
			const named = target.replace(/\.md$/iu, "").toLowerCase();
			const wasOld = named === old || named === oldName || old.endsWith(`/${named}`);
			// A link that still leads to a note is someone else's: leave it.
			if (!wasOld || app.metadataCache.getFirstLinkpathDest(target, note.path)) return null;
			return app.metadataCache.fileToLinktext(renamed, note.path, true);
		};
		if (relinkPlanBlocks(text, relink) === text) continue;
		await processNote(app, note, (current) => relinkPlanBlocks(current, relink));
	}
}
