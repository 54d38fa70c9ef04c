/**
 * "Create a strategy note" from an empty quadrant: the dimension's template, filled in and linked to
 * the plan, next to the plan note. An existing note is never overwritten: the name gets " 2", " 3", ….
 */
import type { App, TFile } from "obsidian";
import { fillPlaceholders, setFrontmatterValues, t, TEMPLATES, type Dimension, type Lang, type Plan } from "../../core/index.js";
import { joinPath, parentOf } from "../vault/vault-paths.js";
import { writeNewNote } from "../vault/write-note.js";

export const DIMENSION_TEMPLATES: Readonly<Record<Dimension, string>> = {
	strategy: "strategy-decision-record.md",
	technology: "technology-capability.md",
	marketing: "marketing-campaign.md",
	compliance: "compliance-risk-register.md",
};

export function dimensionNoteText(dimension: Dimension, plan: Pick<Plan, "title">, title: string, date: string): string {
	const template = TEMPLATES[DIMENSION_TEMPLATES[dimension]] ?? "";
	return setFrontmatterValues(fillPlaceholders(template, { title, date }), { plan: `[[${plan.title}]]` });
}

/** The first free `<folder>/<name>.md`, `<name> 2.md`, …. */
export function freeNotePath(app: App, folder: string, name: string): string {
	for (let n = 1; ; n++) {
		const path = joinPath(folder, `${n === 1 ? name : `${name} ${n}`}.md`);
		if (!app.vault.getAbstractFileByPath(path)) return path;
	}
}

export async function createDimensionNote(app: App, plan: Plan, dimension: Dimension, lang: Lang, today: string): Promise<TFile | null> {
	const name = t(lang, "view.newNoteName", { dimension: t(lang, `dimension.${dimension}.short`) });
	const path = freeNotePath(app, parentOf(plan.path), name);
	const title = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
	return writeNewNote(app, path, dimensionNoteText(dimension, plan, title, today), lang);
}
