/** Writes a new plan note from the plan template with the checklist that fits the company, as `intl-plan new` does. */
import { format } from "date-fns";
import type { App, TFile } from "obsidian";
import { createPlanNote, PLAN_TEMPLATE, type Lang } from "../../core/index.js";
import { loadLibrary } from "./library.js";
import type { PlanRequest } from "./plan-form.js";
import type { IntlPlanSettings } from "../settings/settings.js";
import { ensureFolder, parentOf } from "../vault/vault-paths.js";
import { writeError } from "../vault/write-note.js";

export type CreateOutcome =
	| { readonly kind: "created"; readonly file: TFile; readonly added: number }
	/** A note is already at the path: nothing was written. */
	| { readonly kind: "exists" }
	/** The checklist library has problems: nothing was written, and a notice said why. */
	| { readonly kind: "refused" }
	| { readonly kind: "failed"; readonly message: string };

export async function createPlan(app: App, settings: IntlPlanSettings, request: PlanRequest, lang: Lang, today = new Date()): Promise<CreateOutcome> {
	if (app.vault.getAbstractFileByPath(request.path)) return { kind: "exists" };
	const source = await loadLibrary(app, settings, lang);
	if (!source) return { kind: "refused" };
	const created = createPlanNote(PLAN_TEMPLATE, request.plan, source.library, settings, {
		title: request.title,
		date: format(today, "yyyy-MM-dd"),
	});
	try {
		await ensureFolder(app.vault, parentOf(request.path));
		// Checked again: the library read above gave another command time to write here.
		if (app.vault.getAbstractFileByPath(request.path)) return { kind: "exists" };
		const file = await app.vault.create(request.path, created.text);
		return { kind: "created", file, added: created.added };
	} catch (e) {
		return { kind: "failed", message: writeError(e, request.path, lang) };
	}
}
