/** Runs the plugin's ```intl-plan``` processor as Obsidian's reading view does: an element, a context, a parent to unload. */
import type { MarkdownPostProcessorContext, MarkdownRenderChild } from "obsidian";
import { Component } from "obsidian-test-mocks/obsidian";
import type { Harness } from "../support/harness.js";

export const HENGTAI = "Plans/Hengtai Manufacturing 恒泰制造/恒泰制造 国际化规划.md";
export const HENGTAI_NOTE = "Plans/Hengtai Manufacturing 恒泰制造/数据中台 Data Platform.md";
export const LINGXI = "Plans/Lingxi Trading 灵犀贸易/灵犀贸易 国际化规划.md";

export interface RenderedBlock {
	readonly el: HTMLElement;
	/** The section the block sits in, re-rendered or closed: unloads the block. */
	readonly parent: Component;
}

/** @param container where the block's element goes (a reading view, say); the document's body by default */
export async function renderBlock(h: Harness, source: string, sourcePath: string, container: HTMLElement = document.body, language = "intl-plan"): Promise<RenderedBlock> {
	const processor = h.mockPlugin.markdownCodeBlockProcessors__.get(language);
	if (!processor) throw new Error(`no ${language} code block processor`);
	const parent = new Component();
	parent.load();
	const el = container.createDiv();
	const ctx = {
		docId: "doc",
		sourcePath,
		frontmatter: undefined,
		addChild: (child: MarkdownRenderChild) => void parent.addChild(child as never),
		getSectionInfo: () => null,
	} as unknown as MarkdownPostProcessorContext;
	await processor(source, el, ctx);
	return { el, parent };
}

export function quadrantItems(el: HTMLElement): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const section of Array.from(el.querySelectorAll<HTMLElement>(".intl-plan-quadrant"))) {
		out[section.dataset.dimension ?? "?"] = Array.from(section.querySelectorAll(".intl-plan-item-text")).map((e) => e.textContent ?? "");
	}
	return out;
}
