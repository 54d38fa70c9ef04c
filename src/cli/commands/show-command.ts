/** `intl-plan show [vault]`: each plan's four quadrants drawn in the terminal. */
import type { Command } from "commander";
import { t } from "../../core/index.js";
import { choosePlans } from "../choose-plan.js";
import { UsageError, type CliContext } from "../context.js";
import { DEFAULT_VAULT } from "../defaults.js";
import { indexFolder } from "../index-vault.js";
import { sayNoPlans } from "../no-plans.js";
import { renderPlan } from "../render/quadrant-grid.js";
import { readSettings } from "../settings.js";
import { todayFlag } from "./date-flags.js";
import { problemLines } from "./index-command.js";
import { langOption } from "./options.js";

export function registerShow(program: Command, ctx: CliContext): void {
	const { lang, io } = ctx;
	program
		.command("show")
		.description(t(lang, "cli.show.description"))
		.argument("[vault]", t(lang, "cli.arg.vault"), DEFAULT_VAULT)
		.option("--plan <plan>", t(lang, "cli.opt.plan"))
		.addOption(langOption(lang))
		.option("--width <columns>", t(lang, "cli.opt.width"))
		.option("--today <date>", "YYYY-MM-DD")
		.option("--no-color")
		.action((vault: string, opts: { plan?: string; width?: string; today?: string; color: boolean }) => {
			const width = opts.width === undefined ? (io.columns ?? 100) : Number(opts.width);
			if (!Number.isInteger(width) || width < 20 || width > 400) {
				throw new UsageError(t(lang, "cli.error.badWidth", { value: opts.width ?? "" }));
			}
			const today = todayFlag(opts.today, lang);
			const { config, skipFolders } = readSettings(vault, ctx);
			const run = indexFolder(vault, config, t(lang, "cli.progress"), skipFolders);
			const color = opts.color && io.color;
			const shown = choosePlans(run.index, opts.plan, lang);
			// The grid's note text is cleaned before it is styled, so the only escape codes in it are ours.
			io.outStyled(shown.map((input) => renderPlan({ ...input, today }, { lang, width, color })).join("\n"));
			// Tasks with no dimension are drawn under the grid (the unsorted tray): not said twice.
			const problems = run.index.problems.filter((p) => p.code !== "tasks-no-dimension");
			if (problems.length > 0) io.err(problemLines(problems, lang));
			if (opts.plan === undefined) sayNoPlans(run.index, vault, ctx);
			ctx.setStatus(run.unreadable > 0 ? 1 : 0);
		});
}
