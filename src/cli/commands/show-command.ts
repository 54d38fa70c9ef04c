/** `intl-plan show [vault]`: each plan's four quadrants drawn in the terminal. */
import type { Command } from "commander";
import { CONTRACT_VERSION, filterItems, itemJson, parseDueFilter, t, type ItemFilter, type ListedItem } from "../../core/index.js";
import { choosePlans } from "../choose-plan.js";
import { UsageError, type CliContext } from "../context.js";
import { DEFAULT_VAULT } from "../defaults.js";
import { indexFolder } from "../index-vault.js";
import { sayNoPlans } from "../no-plans.js";
import { renderPlan, type ShowInput } from "../render/quadrant-grid.js";
import { readSettings } from "../settings.js";
import { todayFlag } from "./date-flags.js";
import { problemLines } from "./index-command.js";
import { addFormatOptions, formatOf, indexCache, langOption } from "./options.js";

export function registerShow(program: Command, ctx: CliContext): void {
	const { lang, io } = ctx;
	const command = program.command("show").description(t(lang, "cli.show.description")).argument("[vault]", t(lang, "cli.arg.vault"), DEFAULT_VAULT);
	addFormatOptions(command, lang)
		.option("--plan <plan>", t(lang, "cli.opt.plan"))
		.addOption(langOption(lang))
		.option("--no-cache", t(lang, "cli.opt.noCache"))
		.option("--owner <name>", t(lang, "cli.opt.showOwner"))
		.option("--status <which>", t(lang, "cli.opt.showStatus"))
		.option("--market <code>", t(lang, "cli.opt.showMarket"))
		.option("--due <window>", t(lang, "cli.opt.showDue"))
		.option("--sort <order>", t(lang, "cli.opt.showSort"))
		.option("--all", t(lang, "cli.opt.showAll"))
		.option("--width <columns>", t(lang, "cli.opt.width"))
		.option("--today <date>", "YYYY-MM-DD")
		.option("--no-color")
		.action((vault: string, opts: ShowFlags) => {
			const format = formatOf(opts, lang);
			const width = opts.width === undefined ? (io.columns ?? 100) : Number(opts.width);
			if (!Number.isInteger(width) || width < 20 || width > 400) {
				throw new UsageError(t(lang, "cli.error.badWidth", { value: opts.width ?? "" }));
			}
			const today = todayFlag(opts.today, lang);
			const bad = (option: string, value: string, allowed: string): never => {
				throw new UsageError(t(lang, "cli.new.badValue", { option, value, allowed }));
			};
			const statuses = oneOf(opts.status ?? "open", ["open", "done", "all"] as const) ?? bad("--status", opts.status ?? "", "open, done, all");
			const sort = oneOf(opts.sort ?? "priority", ["priority", "due"] as const) ?? bad("--sort", opts.sort ?? "", "priority, due");
			const due = opts.due === undefined ? null : (parseDueFilter(opts.due) ?? bad("--due", opts.due, "overdue, today, 7d, 2w"));
			const filter: ItemFilter = { status: "all", market: opts.market ?? null, owner: opts.owner ?? null, text: null, due };
			const only = <T extends ListedItem>(items: readonly T[]): T[] => filterItems(items, filter, today);
			const { config, skipFolders } = readSettings(vault, ctx);
			const run = indexFolder(vault, config, t(lang, "cli.progress"), skipFolders, indexCache(vault, config, opts, ctx));
			const color = opts.color && io.color;
			const shown = choosePlans(run.index, opts.plan, lang);
			// The grid's note text is cleaned before it is styled, so the only escape codes in it are ours.
			const filtered = filter.market !== null || filter.owner !== null || due !== null;
			const drawn = shown.map((input) => ({ ...input, filtered, quadrants: input.quadrants.map((q) => ({ ...q, items: only(q.items) })), unsorted: only(input.unsorted ?? []) }));
			// As data every item is listed (the grid lists open tasks); a --status given chooses the tasks there too.
			const wanted = opts.status === undefined ? null : (item: ListedItem): boolean => item.kind !== "task" || statuses === "all" || (statuses === "done" ? item.status === "done" : item.status === "open" || item.status === "in-progress");
			const asData = wanted === null ? drawn : drawn.map((input) => ({ ...input, quadrants: input.quadrants.map((q) => ({ ...q, items: q.items.filter(wanted) })), unsorted: input.unsorted.filter(wanted) }));
			if (format === "json") io.outJson({ version: CONTRACT_VERSION, plans: asData.map(shownJson) });
			else {
				const options = { lang, width, color, statuses, sort, ...(opts.all ? { maxItemsPerQuadrant: Infinity } : {}) } as const;
				io.outStyled(drawn.map((input) => renderPlan({ ...input, today }, options)).join("\n"));
			}
			// Tasks with no dimension are drawn under the grid (the unsorted tray): not said twice.
			const problems = run.index.problems.filter((p) => p.code !== "tasks-no-dimension");
			if (problems.length > 0) io.err(problemLines(problems, lang));
			if (opts.plan === undefined) sayNoPlans(run.index, vault, ctx);
			ctx.setStatus(run.unreadable > 0 ? 1 : 0);
		});
}

/** What `show` drew, as data: each plan's quadrants (counts for the whole plan, items as filtered) and unsorted tasks. */
function shownJson(input: Omit<ShowInput, "today">): unknown {
	return {
		path: input.path ?? null,
		title: input.title,
		quadrants: input.quadrants.map((q) => ({ dimension: q.dimension, counts: q.counts, total: q.total, done: q.done, items: q.items.map(itemJson) })),
		unsorted: (input.unsorted ?? []).map(itemJson),
	};
}

interface ShowFlags {
	cache?: boolean;
	format?: string;
	json?: boolean;
	plan?: string;
	owner?: string;
	status?: string;
	market?: string;
	due?: string;
	sort?: string;
	all?: boolean;
	width?: string;
	today?: string;
	color: boolean;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | null {
	return allowed.find((a) => a === value) ?? null;
}
