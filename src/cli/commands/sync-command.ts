/**
 * `intl-plan sync <vault> [--plan …] [--library <note>] [--dry-run] [--check] [--dedupe] [--today …] [--lang …]`.
 * Plans are taken in path order. Without --dry-run or --check each changed plan is written
 * compare-then-rename: a plan that changed since it was read is left alone and reported.
 * Exit status: 0 done (or, with --check, every plan in step); 1 something needs the user: a plan out
 * of step (--check), duplicated ids, a profile that cannot be read, a write refused.
 */
import type { Command } from "commander";
import { existsSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import {
	countsText, diffLines, planProfile, problemMessage, syncPlanText, t,
	type Lang, type Plan, type PlanConfig, type PlanSync, type VaultProblem,
} from "../../core/index.js";
import { findPlans } from "../choose-plan.js";
import type { CliContext } from "../context.js";
import { VaultError } from "../index-vault.js";
import { LibraryError, loadLibrary } from "../library-source.js";
import { ConflictError, writeNote } from "../safe-write.js";
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
		.argument("<vault>", t(lang, "cli.arg.vault"))
		.option("--plan <plan>", t(lang, "cli.opt.plan"))
		.option("--library <note>", t(lang, "cli.opt.library"))
		.option("--dry-run", t(lang, "sync.cli.dryRun"))
		.option("--check", t(lang, "sync.cli.check"))
		.option("--dedupe", t(lang, "sync.cli.dedupe"))
		.option("--today <date>", t(lang, "sync.cli.today"))
		.addOption(langOption(lang))
		.action((vault: string, opts: SyncFlags) => {
			const today = todayFlag(opts.today, lang);
			const { config, workspace } = readSettings(vault, ctx, opts.library === undefined ? { libraryPath: "--library" } : {});
			const source = loadLibrary(config, opts.library, vault, workspace.libraryPath || null);
			if (source.library.problems.length > 0) throw new LibraryError(source.path ?? t(lang, "cli.library.builtin"), "invalid");
			const found = scanPlans(vault, config, workspace.templatesFolder);
			const chosen = new Set(findPlans(found, opts.plan, lang).map((p) => p.path));
			const plans = found.plans.filter((p) => chosen.has(p.path));
			for (const problem of found.unreadable) io.err(t(lang, "sync.plan.unreadable", { path: problem.path, detail: problemMessage(problem, lang) }) + "\n");
			if (plans.length === 0) {
				io.out(t(lang, "sync.noPlans") + "\n");
				ctx.setStatus(found.unreadable.length > 0 ? 1 : 0);
				return;
			}
			const writing = !opts.dryRun && !opts.check;
			// A plan without `lang` whose lines show none gets the wording of --lang, else of the terminal.
			const options = { config, defaultLang: lang, dedupe: Boolean(opts.dedupe) };
			let trouble = false;
			let outOfStep = 0;
			for (const { path, text } of plans) {
				const result = syncPlanText(source.library, text, today, options);
				if (result.kind !== "synced") {
					io.err(notSynced(result, path, lang) + "\n");
					trouble = true;
					continue;
				}
				if (result.report.duplicates.length > 0) {
					io.err(t(lang, "sync.plan.duplicates", { path, ids: result.report.duplicates.map((id) => `^${id}`).join(", ") }) + "\n");
					trouble = true;
				}
				if (result.report.unchanged) {
					if (!opts.check) io.out(t(lang, "sync.plan.inStep", { path }) + "\n");
					continue;
				}
				outOfStep++;
				const counts = countsText(result.report, lang);
				if (opts.check) io.out(t(lang, "sync.plan.wouldChange", { path, counts }) + "\n");
				else if (opts.dryRun) io.out(t(lang, "sync.plan.wouldChange", { path, counts }) + "\n" + diffLines(result.before, result.after, { path }) + "\n");
				else if (writing && !write(join(vault, ...path.split("/")), result)) {
					io.err(t(lang, "sync.plan.changed", { path }) + "\n");
					trouble = true;
				} else io.out(t(lang, "sync.plan.written", { path, counts }) + "\n");
			}
			if (opts.check) {
				io.out(t(lang, outOfStep > 0 ? "sync.check.outOfStep" : "sync.check.ok", { count: outOfStep || plans.length, total: plans.length }) + "\n");
				if (outOfStep > 0) trouble = true;
			}
			ctx.setStatus(trouble || found.unreadable.length > 0 ? 1 : 0);
		});
}

interface FoundPlan extends Plan {
	/** The note as read: what the sync is computed from and what the write compares against. */
	readonly text: string;
}

/**
 * The vault's plan notes in path order, each read once; a note is a plan by its frontmatter alone,
 * so no note is parsed as markdown just to find the plans. The templates folder holds no plans.
 */
function scanPlans(vault: string, config: PlanConfig, templatesFolder: string): { plans: FoundPlan[]; unreadable: VaultProblem[] } {
	if (!existsSync(vault)) throw new VaultError("cli.error.noVault", vault);
	if (!statSync(vault).isDirectory()) throw new VaultError("cli.error.notAFolder", vault);
	const listing = listVault(vault, [templatesFolder]);
	const plans: FoundPlan[] = [];
	const unreadable: VaultProblem[] = [...listing.problems];
	for (const path of listing.notes) {
		const read = readNote(vault, path);
		if (!read.ok) {
			if (read.problem.code === "file-unreadable") unreadable.push(read.problem);
			continue;
		}
		const profile = planProfile(read.text, config);
		if (profile) plans.push({ path, title: basename(path).replace(/\.md$/i, ""), profile, text: read.text });
	}
	return { plans, unreadable };
}

/** Compare-then-rename against the text the edits were computed from; false when the note changed meanwhile. */
function write(full: string, result: Extract<PlanSync, { kind: "synced" }>): boolean {
	try {
		writeNote(full, result.after, result.before);
		return true;
	} catch (e) {
		if (e instanceof ConflictError) return false;
		throw e;
	}
}

function notSynced(result: Exclude<PlanSync, { kind: "synced" }>, path: string, lang: Lang): string {
	if (result.kind === "not-a-plan") return t(lang, "plugin.insert.notAPlan", { plan: path });
	const first = result.problems[0];
	return t(lang, "sync.plan.badProfile", { path, line: first?.line ?? 1, problem: first ? problemMessage(first, lang) : "" });
}
