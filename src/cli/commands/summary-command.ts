/**
 * `intl-plan summary [vault] [--plan …] [--format md|json|html] [--write] [--in-plan] [--out …] [--today …] [--lang …]`.
 * With --write: into its own note next to the plan, or between the markers in the plan note; an
 * unchanged summary writes nothing, and a note that changed meanwhile is never overwritten.
 * --format html: one self-contained file for every plan shown, printed, or written to --out (a file
 * this command wrote before is replaced; any other file there is left alone).
 */
import type { Command } from "commander";
import { join } from "node:path";
import {
	compareWithLast, compareWithState, CONTRACT_VERSION, indexVault, isGeneratedReport, planTasks, readSnapshot, regenerate, reportsHtml, stateAt, summarizePlan, summaryLang, summaryMarkdown, summaryNotePath, t, writeRegion,
	type Lang, type ListedItem, type Plan, type PlanConfig, type PlanSummary, type SinceLast, type VaultIndex,
} from "../../core/index.js";
import { GitHistoryError, vaultAt } from "../git-history.js";
import { findPlans } from "../choose-plan.js";
import { UsageError, type CliContext } from "../context.js";
import { DEFAULT_VAULT } from "../defaults.js";
import { indexFolder } from "../index-vault.js";
import { LibraryError, loadLibrary } from "../library-source.js";
import { requirePlans } from "../no-plans.js";
import { conflictMessage, ConflictError, readExisting, writeNote } from "../safe-write.js";
import { readSettings } from "../settings.js";
import { reportUnread } from "../unread-report.js";
import { checkLandsInVault, outTarget } from "../vault-target.js";
import { todayFlag } from "./date-flags.js";
import { addFormatOptions, formatOf, indexCache, langOption } from "./options.js";

interface SummaryFlags {
	cache?: boolean;
	plan?: string;
	format?: string;
	write?: boolean;
	inPlan?: boolean;
	today?: string;
	library?: string;
	lang?: string;
	json?: boolean;
	since?: string;
	out?: string;
}

export function registerSummary(program: Command, ctx: CliContext): void {
	const { lang: uiLang, io } = ctx;
	const command = program.command("summary").description(t(uiLang, "cli.summary.description")).argument("[vault]", t(uiLang, "cli.arg.vault"), DEFAULT_VAULT);
	addFormatOptions(command, uiLang, "cli.opt.formatSummary")
		.option("--plan <plan>", t(uiLang, "cli.opt.plan"))
		.option("--write", t(uiLang, "cli.opt.write"))
		.option("--in-plan", t(uiLang, "cli.opt.inPlan"))
		.option("--today <date>", "YYYY-MM-DD")
		.option("--library <note>", t(uiLang, "cli.opt.library"))
		.addOption(langOption(uiLang))
		.option("--no-cache", t(uiLang, "cli.opt.noCache"))
		.option("--since <revision>", t(uiLang, "cli.opt.since"))
		.option("--out <file>", t(uiLang, "cli.opt.outHtml"))
		.action((vault: string, opts: SummaryFlags) => {
			const format = formatOf(opts, uiLang, ["md", "json", "html"] as const);
			if (format === "html" && opts.write) throw new UsageError(t(uiLang, "cli.summary.htmlWrite"));
			if (opts.out !== undefined && format !== "html") throw new UsageError(t(uiLang, "cli.summary.outHtmlOnly"));
			const today = todayFlag(opts.today, uiLang);
			const { config, workspace, skipFolders } = readSettings(vault, ctx, opts.library === undefined ? { libraryPath: "--library" } : {});
			const run = indexFolder(vault, config, t(uiLang, "cli.progress"), skipFolders, indexCache(vault, config, opts, ctx));
			const source = loadLibrary(config, opts.library, vault, workspace.libraryPath || null);
			if (source.library.problems.length > 0) throw new LibraryError(source.path ?? t(uiLang, "cli.library.builtin"), "invalid");
			// Notes left out are named first, so that a stop for want of a plan says why.
			reportUnread(run.index.problems, ctx);
			if (opts.plan === undefined) requirePlans(run.index, vault, uiLang);
			const plans = findPlans(run.index, opts.plan, uiLang);
			const summaries = plans.map((plan) => ({ plan, summary: summarizePlan(run.index, plan.path, source.library, today) }));
			const targetOf = (plan: Plan): string => (opts.inPlan ? plan.path : summaryNotePath(plan, workspace.summaryNoteName));
			// --since: what changed since the vault as it was at that git revision, instead of since the last report.
			const then = opts.since === undefined ? null : revision(vault, opts.since, config, skipFolders, uiLang);
			const sinceRevision = (plan: Plan): SinceLast<ListedItem> | null =>
				then === null || opts.since === undefined ? null : compareWithState(stateAt(planTasks(then.index, plan.path), then.date), opts.since, planTasks(run.index, plan.path), today);
			if (!opts.write) {
				// What changed since the summary note's last report (or --since's revision); null for a first report.
				const sinceOf = (plan: Plan): SinceLast<ListedItem> | null => sinceRevision(plan) ?? compareWithLast(readSnapshot(peek(vault, targetOf(plan))), planTasks(run.index, plan.path), today).since;
				if (format === "json") io.outJson({ version: CONTRACT_VERSION, summaries: summaries.map(({ plan, summary }) => (summary ? { ...summary, since: sinceOf(plan) } : null)) });
				else if (format === "html") {
					// Every plan shown in one file: two documents one after the other would not be one page.
					const reports = summaries.flatMap(({ plan, summary }) => (summary ? [{ summary, lang: langFor(plan, opts.lang, uiLang), since: sinceOf(plan) }] : []));
					const html = reportsHtml(reports);
					if (opts.out === undefined) io.out(html);
					else io.out(writeReport(vault, opts.out, html, uiLang) + "\n");
				} else {
					// Shown as it would be written, "since the last report" included; the record is kept only by --write.
					const shown = ({ plan, summary }: { plan: Plan; summary: PlanSummary | null }): string =>
						summary ? summaryMarkdown(summary, langFor(plan, opts.lang, uiLang), { since: sinceOf(plan) }) : "";
					io.out(summaries.map(shown).join("\n"));
				}
				return;
			}
			for (const { plan, summary } of summaries) {
				if (!summary) continue;
				const markdown = reportMarkdown(summary, run.index, plan, langFor(plan, opts.lang, uiLang), today, sinceRevision(plan));
				io.out(writeSummary(vault, targetOf(plan), markdown, Boolean(opts.inPlan), uiLang) + "\n");
			}
		});
}

/** --lang, else the plan's own language (a bilingual plan: the user's). */
function langFor(plan: Plan, flag: string | undefined, uiLang: Lang): Lang {
	return flag === "en" || flag === "zh" ? flag : summaryLang(plan, uiLang);
}

/**
 * The summary as written to its note: compared with the note's last report (or, with --since, with that
 * revision), and this one's record at the end.
 */
function reportMarkdown(summary: PlanSummary, index: VaultIndex, plan: Plan, lang: Lang, today: string, sinceRevision: SinceLast<ListedItem> | null): (old: string | null) => string {
	const tasks = planTasks(index, plan.path);
	return (old) => {
		const report = compareWithLast(readSnapshot(old), tasks, today);
		return summaryMarkdown(summary, lang, { snapshot: report.snapshot, since: sinceRevision ?? report.since });
	};
}

/** The vault indexed as it was at a git revision (the same reading settings and skipped folders). */
function revision(vault: string, ref: string, config: PlanConfig, skipFolders: readonly string[], lang: Lang): { date: string; index: VaultIndex } {
	try {
		const then = vaultAt(vault, ref);
		const skipped = (path: string): boolean => skipFolders.some((folder) => folder !== "" && (path === folder || path.startsWith(`${folder}/`)));
		return { date: then.date, index: indexVault(then.files.filter((f) => !skipped(f.path)), { config, allPaths: then.allPaths }) };
	} catch (e) {
		if (e instanceof GitHistoryError) throw new UsageError(t(lang, e.key, { detail: e.detail }));
		throw e;
	}
}

/** A summary note's text if there is one to read (for showing what changed since its last report). */
function peek(vault: string, path: string): string | null {
	try {
		return readExisting(join(vault, ...path.split("/")), path, "en");
	} catch {
		return null; // not readable as a note (not UTF-8, a folder…): shown as a first report
	}
}

/** --out: the HTML report, in the vault (checked) or at an absolute path; only a report this command wrote is replaced. */
function writeReport(vault: string, typed: string, html: string, lang: Lang): string {
	const target = outTarget(vault, typed, ".html", lang);
	if (target.inVault) checkLandsInVault(vault, target.full, target.shown, lang);
	const old = readExisting(target.full, target.shown, lang);
	if (old !== null && !isGeneratedReport(old)) throw new UsageError(t(lang, "cli.summary.outNotOurs", { path: target.shown }));
	if (old === html) return t(lang, "cli.write.unchanged", { path: target.shown });
	try {
		writeNote(target.full, html, old, target.inVault ? vault : null);
	} catch (e) {
		if (e instanceof ConflictError) throw new UsageError(conflictMessage(e, target.shown, lang));
		throw e;
	}
	return t(lang, "cli.write.done", { path: target.shown });
}

function writeSummary(vault: string, path: string, markdownFor: (old: string | null) => string, inPlan: boolean, lang: Lang): string {
	const full = join(vault, ...path.split("/"));
	const old = readExisting(full, path, lang);
	const markdown = markdownFor(old);
	let next: { text: string; changed: boolean };
	if (inPlan) {
		const region = writeRegion(old ?? "", markdown);
		if (!region.ok) throw new UsageError(t(lang, "cli.write.markers", { path }));
		next = region;
	} else next = regenerate(old, markdown);
	if (!next.changed) return t(lang, "cli.write.unchanged", { path });
	checkLandsInVault(vault, full, path, lang);
	try {
		writeNote(full, next.text, old, vault);
	} catch (e) {
		if (e instanceof ConflictError) throw new UsageError(conflictMessage(e, path, lang));
		throw e;
	}
	return t(lang, "cli.write.done", { path });
}
