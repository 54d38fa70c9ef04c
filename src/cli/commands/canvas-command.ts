/** `intl-plan canvas [vault] --plan … [--out …] [--force]`: the plan as a JSON Canvas file. */
import type { Command } from "commander";
import { canvasTarget, planCanvas, planCanvasPath, t } from "../../core/index.js";
import { findPlan } from "../choose-plan.js";
import { UsageError, type CliContext } from "../context.js";
import { DEFAULT_VAULT } from "../defaults.js";
import { indexFolder } from "../index-vault.js";
import { requirePlans } from "../no-plans.js";
import { conflictMessage, ConflictError, readExisting, writeNote } from "../safe-write.js";
import { readSettings } from "../settings.js";
import { reportUnread } from "../unread-report.js";
import { checkLandsInVault, outTarget, type OutTarget } from "../vault-target.js";
import { indexCache, langOption } from "./options.js";

export function registerCanvas(program: Command, ctx: CliContext): void {
	const { lang, io } = ctx;
	program
		.command("canvas")
		.description(t(lang, "cli.canvas.description"))
		.argument("[vault]", t(lang, "cli.arg.vault"), DEFAULT_VAULT)
		.option("--plan <plan>", t(lang, "cli.opt.plan"))
		.option("--out <file>", t(lang, "cli.opt.out"))
		.option("--force", t(lang, "cli.opt.force"))
		.addOption(langOption(lang))
		.option("--no-cache", t(lang, "cli.opt.noCache"))
		.action((vault: string, opts: { plan?: string; out?: string; force?: boolean; cache?: boolean }) => {
			const { config, skipFolders } = readSettings(vault, ctx);
			const run = indexFolder(vault, config, t(lang, "cli.progress"), skipFolders, indexCache(vault, config, opts, ctx));
			reportUnread(run.index.problems, ctx);
			if (opts.plan === undefined) requirePlans(run.index, vault, lang);
			const plan = findPlan(run.index, opts.plan, lang);
			// An absolute --out is the user's own file, written as given; any other path is the vault's.
			const target: OutTarget = outTarget(vault, opts.out ?? planCanvasPath(plan), ".canvas", lang);
			const { full, shown: path } = target;
			if (target.inVault) checkLandsInVault(vault, full, path, lang);
			const text = JSON.stringify(planCanvas(run.index, plan, lang), null, "\t") + "\n";
			// The same path as shown to the user for a file path beside the target (`… 2.canvas`).
			const shownAs = (file: string): string => path.replace(/\.canvas$/i, "") + file.slice(full.replace(/\.canvas$/i, "").length);
			const read = (file: string): string | null => readExisting(file, shownAs(file), lang);
			// A canvas a user rearranged is their work: the new one goes beside it (--force replaces it).
			const chosen = opts.force ? { kind: "new" as const, path: full } : canvasTarget(full, text, read);
			const shown = shownAs(chosen.path);
			// canvasTarget writes only where nothing is; --force replaces what is at the target itself.
			const old = opts.force ? read(full) : null;
			if (chosen.kind === "unchanged" || old === text) return void io.out(t(lang, "cli.write.unchanged", { path: shown }) + "\n");
			if (target.inVault) checkLandsInVault(vault, chosen.path, shown, lang);
			try {
				writeNote(chosen.path, text, old, target.inVault ? vault : null);
			} catch (e) {
				if (e instanceof ConflictError) throw new UsageError(conflictMessage(e, shown, lang));
				throw e;
			}
			io.out((chosen.kind === "beside" ? t(lang, "summary.canvasExists", { path, other: shown }) : t(lang, "cli.write.done", { path: shown })) + "\n");
		});
}
