/** `intl-plan rollup [vault] [--format md|json] [--sort …] [--folder …]`: every plan side by side. */
import type { Command } from "commander";
import { CONTRACT_VERSION, rollup, rollupMarkdown, t, type RollupSort } from "../../core/index.js";
import { UsageError, type CliContext } from "../context.js";
import { DEFAULT_VAULT } from "../defaults.js";
import { indexFolder } from "../index-vault.js";
import { LibraryError, loadLibrary } from "../library-source.js";
import { sayNoPlans } from "../no-plans.js";
import { readSettings } from "../settings.js";
import { reportUnread } from "../unread-report.js";
import { vaultFolder } from "../vault-target.js";
import { todayFlag } from "./date-flags.js";
import { addFormatOptions, formatOf, indexCache, langOption } from "./options.js";
import { rollupTable } from "../render/rollup-table.js";

const SORTS: readonly RollupSort[] = ["plan", "overall", "overdue", "gaps", "strategy", "technology", "marketing", "compliance"];

export function registerRollup(program: Command, ctx: CliContext): void {
	const { lang, io } = ctx;
	const command = program.command("rollup").description(t(lang, "cli.rollup.description")).argument("[vault]", t(lang, "cli.arg.vault"), DEFAULT_VAULT);
	addFormatOptions(command, lang)
		.option("--sort <column>", t(lang, "cli.opt.sort"), "plan")
		.option("--folder <folder>", t(lang, "cli.opt.folder.rollup"))
		.option("--today <date>", "YYYY-MM-DD")
		.option("--library <note>", t(lang, "cli.opt.library"))
		.addOption(langOption(lang))
		.option("--no-cache", t(lang, "cli.opt.noCache"))
		.action((vault: string, opts: { format?: string; json?: boolean; sort?: string; folder?: string; today?: string; library?: string; cache?: boolean }) => {
			const format = formatOf(opts, lang);
			const sort = SORTS.find((s) => s === opts.sort);
			if (!sort) throw new UsageError(t(lang, "cli.new.badValue", { option: "--sort", value: opts.sort ?? "", allowed: SORTS.join(", ") }));
			const today = todayFlag(opts.today, lang);
			const folder = opts.folder === undefined ? "" : vaultFolder(vault, opts.folder, "--folder", lang);
			const { config, workspace, skipFolders } = readSettings(vault, ctx, opts.library === undefined ? { libraryPath: "--library" } : {});
			const run = indexFolder(vault, config, t(lang, "cli.progress"), skipFolders, indexCache(vault, config, opts, ctx));
			const source = loadLibrary(config, opts.library, vault, workspace.libraryPath || null);
			if (source.library.problems.length > 0) throw new LibraryError(source.path ?? t(lang, "cli.library.builtin"), "invalid");
			const rows = rollup(run.index, source.library, today, { sort, ...(folder !== "" ? { folder } : {}) });
			reportUnread(run.index.problems, ctx);
			// No plan: the message goes to stderr; stdout keeps only data (an empty JSON list, no table).
			if (format === "json") io.outJson({ version: CONTRACT_VERSION, plans: rows });
			// On a terminal, unless markdown was asked for, a drawn table; markdown for pipes and files.
			else if (rows.length > 0) io.out(io.columns !== undefined && opts.format === undefined ? rollupTable(rows, lang, io.columns) : rollupMarkdown(rows, lang));
			if (!sayNoPlans(run.index, vault, ctx) && rows.length === 0) io.err(t(lang, "cli.noPlans.folder", { folder }) + "\n");
		});
}
