/**
 * "Write plan summary" and "Export plan to canvas": the core computes, this moves text in and out.
 * Existing notes change only through Vault.process (recomputed on the note's current text), so an
 * edit that lands meanwhile is never lost; a summary that did not change writes nothing.
 */
import { TFile, type App } from "obsidian";
import {
	canvasTarget, compareWithLast, isGeneratedReport, planCanvas, planCanvasPath, planTasks, readSnapshot, regenerate, summarizePlan, summaryHtml, summaryLang, summaryMarkdown, summaryNotePath, t, writeRegion,
	type Lang, type Library, type Plan, type VaultIndex,
} from "../../core/index.js";
import type { IntlPlanSettings } from "../settings/settings.js";
import { NotUtf8Error, processNote, writeError, writeNewNote } from "../vault/write-note.js";

export type ActionResult = { readonly ok: true; readonly message: string; readonly path: string } | { readonly ok: false; readonly message: string };

export async function writePlanSummary(
	app: App,
	settings: IntlPlanSettings,
	index: VaultIndex,
	plan: Plan,
	library: Library,
	today: string,
	uiLang: Lang,
): Promise<ActionResult> {
	const summary = summarizePlan(index, plan.path, library, today);
	if (!summary) return { ok: false, message: t(uiLang, "summary.noPlan") };
	const lang = summaryLang(plan, uiLang);
	const tasks = planTasks(index, plan.path);
	// The note's last report (its record at the end) is compared with the plan now: "since the last report".
	const markdown = (current: string | null): string => summaryMarkdown(summary, lang, compareWithLast(readSnapshot(current), tasks, today));
	const path = settings.summaryTarget === "plan" ? plan.path : summaryNotePath(plan, settings.summaryNoteName);
	const existing = app.vault.getAbstractFileByPath(path);
	if (!(existing instanceof TFile)) {
		if (settings.summaryTarget === "plan") return { ok: false, message: t(uiLang, "summary.noPlan") };
		const file = await writeNewNote(app, path, markdown(null), uiLang);
		return file ? { ok: true, path, message: t(uiLang, "summary.written", { plan: plan.title, path }) } : { ok: false, message: "" };
	}
	// Set inside the callback, which may run more than once if the note changes meanwhile.
	let outcome = "unchanged" as "written" | "unchanged" | "markers";
	try {
		await processNote(app, existing, (current) => {
			const next = settings.summaryTarget === "plan" ? writeRegion(current, markdown(current)) : { ok: true as const, ...regenerate(current, markdown(current)) };
			if (!next.ok) {
				outcome = "markers";
				return current;
			}
			outcome = next.changed ? "written" : "unchanged";
			return next.text;
		});
	} catch (e) {
		if (e instanceof NotUtf8Error) return { ok: false, message: writeError(e, path, uiLang) };
		throw e;
	}
	if (outcome === "markers") return { ok: false, message: t(uiLang, "summary.markers", { path }) };
	const key = outcome === "written" ? "summary.written" : "summary.upToDate";
	return { ok: true, path, message: t(uiLang, key, { plan: plan.title, path }) };
}

export async function exportPlanCanvas(app: App, index: VaultIndex, plan: Plan, uiLang: Lang): Promise<ActionResult> {
	const text = JSON.stringify(planCanvas(index, plan, uiLang), null, "\t") + "\n";
	// What is there now, read first: the choice (own path, unchanged, or beside a rearranged one) is the core's.
	const texts = new Map<string, string | null>();
	const base = planCanvasPath(plan);
	for (let n = 1; ; n++) {
		const path = n === 1 ? base : `${base.replace(/\.canvas$/, "")} ${n}.canvas`;
		const file = app.vault.getAbstractFileByPath(path);
		texts.set(path, file instanceof TFile ? await app.vault.read(file) : file ? "" : null);
		if (!file) break;
	}
	const target = canvasTarget(base, text, (path) => texts.get(path) ?? null);
	if (target.kind === "unchanged") return { ok: true, path: target.path, message: t(uiLang, "summary.canvasWritten", { plan: plan.title, path: target.path }) };
	const file = await writeNewNote(app, target.path, text, uiLang);
	if (!file) return { ok: false, message: "" };
	const message = target.kind === "beside" ? t(uiLang, "summary.canvasExists", { path: target.taken, other: file.path }) : t(uiLang, "summary.canvasWritten", { plan: plan.title, path: file.path });
	return { ok: true, path: file.path, message };
}

/**
 * "Export plan report (HTML)": the summary as one self-contained HTML file beside the plan (named as the
 * summary note, `.html`), for people without Obsidian; what changed since the summary note's last report
 * is in it. A report this command wrote before is replaced; any other file of that name is left alone
 * and the report goes beside it.
 */
export async function exportPlanReport(app: App, settings: IntlPlanSettings, index: VaultIndex, plan: Plan, library: Library, today: string, uiLang: Lang): Promise<ActionResult> {
	const summary = summarizePlan(index, plan.path, library, today);
	if (!summary) return { ok: false, message: t(uiLang, "summary.noPlan") };
	const notePath = settings.summaryTarget === "plan" ? plan.path : summaryNotePath(plan, settings.summaryNoteName);
	const note = app.vault.getAbstractFileByPath(notePath);
	const last = note instanceof TFile ? readSnapshot(await app.vault.cachedRead(note)) : null;
	const html = summaryHtml(summary, summaryLang(plan, uiLang), { since: compareWithLast(last, planTasks(index, plan.path), today).since });
	const base = summaryNotePath(plan, settings.summaryNoteName).replace(/\.md$/, ".html");
	for (let n = 1; ; n++) {
		const path = n === 1 ? base : `${base.replace(/\.html$/, "")} ${n}.html`;
		const file = app.vault.getAbstractFileByPath(path);
		if (!file) {
			const made = await writeNewNote(app, path, html, uiLang);
			return made ? { ok: true, path, message: t(uiLang, "summary.reportWritten", { plan: plan.title, path }) } : { ok: false, message: "" };
		}
		if (!(file instanceof TFile)) continue;
		// Ours (it says so in its head): replaced, through Vault.process like any other write.
		let ours = false;
		await app.vault.process(file, (current) => {
			ours = isGeneratedReport(current);
			return ours ? html : current;
		});
		if (ours) return { ok: true, path, message: t(uiLang, "summary.reportWritten", { plan: plan.title, path }) };
	}
}
