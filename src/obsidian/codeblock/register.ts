/** The ```intl-plan``` code block: a plan's quadrants inside any note, kept current with the vault. */
import type { Plugin } from "obsidian";
import { PlanBlock, type PlanBlockHost } from "./plan-block.js";
import { relinkBlocksOnRename } from "./relink-on-rename.js";

export const BLOCK_LANGUAGE = "intl-plan";

export function registerPlanBlock(plugin: Plugin & PlanBlockHost): void {
	plugin.registerMarkdownCodeBlockProcessor(BLOCK_LANGUAGE, (source, el, ctx) => {
		ctx.addChild(new PlanBlock(el, source, ctx.sourcePath, plugin));
	});
	relinkBlocksOnRename(plugin);
}
