/**
 * `intl-plan sync [vault] [--plan …] [--library <note>] [--dry-run] [--check] [--dedupe] [--today …] [--lang …]`.
 * Plans are taken in path order. Without --dry-run or --check each changed plan is written
 * compare-then-rename: a plan that changed since it was read is left alone and reported.
 * Exit status: 0 done (or, with --check, every plan in step); 1 something needs the user: a plan out
 * of step (--check), duplicated ids, a profile that cannot be read, a write refused, a note that could
 * not be read (a broken plan among them); 2 nothing done (no readable plan to write to, bad flags).
 * --check never ends on "all in step" when it exits 1: its last line says why it fails.
 */
import { DEFAULT_VAULT } from "../defaults.js";
import type { Command } from "commander";
import { existsSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import {
	countsText, diffLines, isUnread, problemMessage, readPlanMarker, readProfile, syncPlanText, t,
	type BrokenPlan, type Lang, type Plan, type PlanConfig, type PlanSync, type VaultProblem,
} from "../../core/index.js";
import { findPlans } from "../choose-plan.js";
import { UsageError, type CliContext } from "../context.js";
import { VaultError } from "../index-vault.js";
import { LibraryError, loadLibrary } from "../library-source.js";
import { noPlansMessage } from "../no-plans.js";
import { conflictMessage, ConflictError, writeNote } from "../safe-write.js";
import { readSettings } from "../settings.js";
import { listVault, readNote } from "../vault-files.js";
import { langOption } from "./options.js";
import { todayFlag } from "./date-flags.js";

interface SyncFlags {
	plan?: string;
	library?: string;
	dryRun?: boolean;
	check?: boolean;
	dedupe?: boolean;
	today?: string;
	lang?: string;
}

export function registerSync(program: Command, ctx: CliContext): void {
	const { lang, io } = ctx;
	program
		.command("sync")
		.description(t(lang, "sync.cli.description"))
		.argument("[vault]", t(lang, "cli.arg.vault"), DEFAULT_VAULT)
		.option("--plan <plan>", t(lang, "cli.opt.plan"))
		.option("--library <note>", t(lang, "cli.opt.library"))
		.option("--dry-run", t(lang, "sync.cli.dryRun"))
		.option("--check", t(lang, "sync.cli.check"))
		.option("--dedupe", t(lang, "sync.cli.dedupe"))
		.option("--today <date>", t(lang, "sync.cli.today"))
		.addOption(langOption(lang))
		.action((vault: string, opts: SyncFlags) => {
			const today = todayFlag(opts.today, lang);
			const { config, workspace, skipFolders } = readSettings(vault, ctx, opts.library === undefined ? { libraryPath: "--library" } : {});
			const source = loadLibrary(config, opts.library, vault, workspace.libraryPath || null);
			if (source.library.problems.length > 0) throw new LibraryError(source.path ?? t(lang, "cli.library.builtin"), "invalid");
			const found = scanPlans(vault, config, skipFolders);
			const chosen = new Set(findPlans(found, opts.plan, lang).map((p) => p.path));
			const plans = found.plans.filter((p) => chosen.has(p.path));
			for (const problem of found.unreadable) io.err(t(lang, "sync.plan.unreadable", { path: problem.path, detail: problemMessage(problem, lang) }) + "\n");
			const writing = !opts.dryRun && !opts.check;
			if (plans.length === 0) {
				// The rule for "no plans": a check or a dry run reports it (exit 0, or 1 for notes left out); a sync that would write has nothing to do (exit 2).
				const message = noPlansMessage(found, vault, lang);
				if (writing) throw new UsageError(message);
				io.err(message + "\n");
				ctx.setStatus(found.unreadable.length > 0 ? 1 : 0);
				return;
			}
			// A plan without `lang` whose lines show none gets the wording of --lang, else of the terminal.
			const options = { config, defaultLang: lang, dedupe: Boolean(opts.dedupe) };
			let trouble = false;
			let outOfStep = 0;
			const failing = { duplicates: 0, badProfile: 0 };
			for (const { path, text } of plans) {
				const result = syncPlanText(source.library, text, today, options);
				if (result.kind !== "synced") {
					io.err(notSynced(result, path, lang) + "\n");
					trouble = true;
					failing.badProfile++;
					continue;
				}
				const duplicated = result.report.duplicates.length > 0;
				if (duplicated) {
					io.err(t(lang, "sync.plan.duplicates", { path, ids: result.report.duplicates.map((id) => `^${id}`).join(", ") }) + "\n");
					trouble = true;
					failing.duplicates++;
				}
				if (result.report.unchanged) {
					// A plan with duplicated ids is not in step: those items were left alone.
					if (!opts.check && !duplicated) io.out(t(lang, "sync.plan.inStep", { path }) + "\n");
					continue;
				}
				outOfStep++;
				const counts = countsText(result.report, lang);
				if (opts.check) io.out(t(lang, "sync.plan.wouldChange", { path, counts }) + "\n");
				else if (opts.dryRun) io.out(t(lang, "sync.plan.wouldChange", { path, counts }) + "\n" + diffLines(result.before, result.after, { path }) + "\n");
				else {
					const refused = writing ? write(vault, path, result, lang) : null;
					if (refused !== null) {
						io.err(refused + "\n");
						trouble = true;
					} else io.out(t(lang, "sync.plan.written", { path, counts }) + "\n");
				}
			}
			if (opts.check) {
				const reasons = failureReasons({ ...failing, unread: found.unreadable.length }, lang);
				if (outOfStep > 0) io.out(t(lang, "sync.check.outOfStep", { count: outOfStep, total: plans.length }) + "\n");
				if (reasons !== "") io.out(t(lang, outOfStep > 0 ? "sync.check.alsoFailed" : "sync.check.failed", { reasons }) + "\n");
				else if (outOfStep === 0) io.out(t(lang, "sync.check.ok", { count: plans.length }) + "\n");
				if (outOfStep > 0) trouble = true;
			}
			ctx.setStatus(trouble || found.unreadable.length > 0 ? 1 : 0);
		});
}

interface FoundPlan extends Plan {
	/** The note as read: what the sync is computed from and what the write compares against. */
	readonly text: string;
}

interface Scan {
	readonly plans: FoundPlan[];
	readonly brokenPlans: BrokenPlan[];
	/** Notes that could not be read (core's `isUnread`), broken plans among them, in path order. */
	readonly unreadable: VaultProblem[];
}

/**
 * The vault's plan notes in path order, each read once; a note is a plan by its frontmatter alone,
 * so no note is parsed as markdown just to find the plans. The templates folder holds no plans.
 */
function scanPlans(vault: string, config: PlanConfig, skipFolders: readonly string[]): Scan {
	if (!existsSync(vault)) throw new VaultError("cli.error.noVault", vault);
	if (!statSync(vault).isDirectory()) throw new VaultError("cli.error.notAFolder", vault);
	const listing = listVault(vault, skipFolders);
	const plans: FoundPlan[] = [];
	const brokenPlans: BrokenPlan[] = [];
	const unreadable: VaultProblem[] = listing.problems.filter(isUnread);
	for (const path of listing.notes) {
		const read = readNote(vault, path);
		if (!read.ok) {
			if (isUnread(read.problem)) unreadable.push(read.problem);
			continue;
		}
		const title = basename(path).replace(/\.md$/i, "");
		const marker = readPlanMarker(read.text);
		if (marker.kind === "plan") plans.push({ path, title, profile: readProfile(marker.frontmatter, config).profile, text: read.text });
		else if (marker.kind === "broken") {
			brokenPlans.push({ path, title, problem: marker.problem });
			unreadable.push({ ...marker.problem, path });
		}
	}
	unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
	return { plans, brokenPlans, unreadable };
}

/** Why a check fails apart from plans out of step, as one phrase ("" when nothing else fails). */
function failureReasons(counts: { readonly duplicates: number; readonly badProfile: number; readonly unread: number }, lang: Lang): string {
	const reasons: string[] = [];
	if (counts.duplicates > 0) reasons.push(t(lang, "sync.reason.duplicates", { count: counts.duplicates }));
	if (counts.badProfile > 0) reasons.push(t(lang, "sync.reason.badProfile", { count: counts.badProfile }));
	if (counts.unread > 0) reasons.push(t(lang, "sync.reason.unread", { count: counts.unread }));
	return reasons.join(lang === "zh" ? "；" : "; ");
}

/**
 * Compare-then-rename against the text the edits were computed from: null when written, else why not
 * (the note changed meanwhile, is not UTF-8, or links outside the vault).
 */
function write(vault: string, path: string, result: Extract<PlanSync, { kind: "synced" }>, lang: Lang): string | null {
	try {
		writeNote(join(vault, ...path.split("/")), result.after, result.before, vault);
		return null;
	} catch (e) {
		if (!(e instanceof ConflictError)) throw e;
		return e.kind === "changed" ? t(lang, "sync.plan.changed", { path }) : conflictMessage(e, path, lang);
	}
}

function notSynced(result: Exclude<PlanSync, { kind: "synced" }>, path: string, lang: Lang): string {
	if (result.kind === "not-a-plan") return t(lang, "plugin.insert.notAPlan", { plan: path });
	if (result.kind === "broken-plan") return t(lang, "sync.plan.unreadable", { path, detail: problemMessage(result.problem, lang) });
	const first = result.problems[0];
	return t(lang, "sync.plan.badProfile", { path, line: first?.line ?? 1, problem: first ? problemMessage(first, lang) : "" });
}
