/**
 * `intl-plan`: the same core as the plugin, over a vault folder. Exit status: 0 done; 1 done, but
 * some files could not be read (they are listed); 2 nothing done (bad flags, no vault, no such plan).
 */
import { Command, CommanderError, Option } from "commander";
import { format } from "date-fns";
import { langFromLocale, problemMessage, t, toJson, type Lang } from "../core/index.js";
import { indexFolder, VaultError } from "./index-vault.js";
import { choosePlans, PlanChoiceError } from "./choose-plan.js";
import { renderPlan } from "./render/quadrant-grid.js";
import { loadSettings } from "./settings.js";

export const DEFAULT_VAULT = "examples/vault";

export interface Io {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
	readonly columns: number | undefined;
	readonly color: boolean;
	readonly env: Readonly<Record<string, string | undefined>>;
}

const processIo = (): Io => ({
	out: (s) => process.stdout.write(s),
	err: (s) => process.stderr.write(s),
	columns: process.stdout.isTTY ? process.stdout.columns : undefined,
	color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
	env: process.env,
});

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
	const lang = langOf(argv, io.env);
	let status = 0;
	const program = new Command("intl-plan")
		.description(t(lang, "cli.description"))
		.exitOverride()
		.configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
		.showHelpAfterError(false);

	const langOption = (): Option => new Option("--lang <lang>", t(lang, "cli.opt.lang")).choices(["en", "zh"]);

	program
		.command("index")
		.description(t(lang, "cli.index.description"))
		.argument("[vault]", t(lang, "cli.arg.vault"), DEFAULT_VAULT)
		.option("--json", t(lang, "cli.opt.json"))
		.addOption(langOption())
		.action((vault: string, opts: { json?: boolean }) => {
			const { config, warning } = loadSettings(vault);
			if (warning) io.err(`intl-plan: ${warning}\n`);
			const run = indexFolder(vault, config, t(lang, "cli.progress"));
			if (opts.json) io.out(JSON.stringify(toJson(run.index, lang), null, 2) + "\n");
			else io.out(summaryLines(run.index, lang));
			status = run.unreadable > 0 ? 1 : 0;
		});

	program
		.command("show")
		.description(t(lang, "cli.show.description"))
		.argument("[vault]", t(lang, "cli.arg.vault"), DEFAULT_VAULT)
		.option("--plan <plan>", t(lang, "cli.opt.plan"))
		.addOption(langOption())
		.option("--width <columns>", t(lang, "cli.opt.width"))
		.option("--today <date>", "YYYY-MM-DD")
		.option("--no-color")
		.action((vault: string, opts: { plan?: string; width?: string; today?: string; color: boolean }) => {
			const width = opts.width === undefined ? (io.columns ?? 100) : Number(opts.width);
			if (!Number.isInteger(width) || width < 20 || width > 400) {
				throw new UsageError(t(lang, "cli.error.badWidth", { value: opts.width ?? "" }));
			}
			const { config, warning } = loadSettings(vault);
			if (warning) io.err(`intl-plan: ${warning}\n`);
			const run = indexFolder(vault, config, t(lang, "cli.progress"));
			const today = opts.today ?? format(new Date(), "yyyy-MM-dd");
			const color = opts.color && io.color;
			const shown = choosePlans(run.index, opts.plan, lang);
			io.out(shown.map((input) => renderPlan({ ...input, today }, { lang, width, color })).join("\n"));
			if (run.index.problems.length > 0) io.err(problemLines(run.index.problems, lang));
			status = run.unreadable > 0 ? 1 : 0;
		});

	try {
		await program.parseAsync([...argv], { from: "user" });
		return status;
	} catch (e) {
		if (e instanceof CommanderError) {
			if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
			io.err(`intl-plan: ${e.message.replace(/^error: /, "")}\n${lang === "zh" ? "运行 intl-plan --help 查看用法。" : "Run intl-plan --help for usage."}\n`);
			return 2;
		}
		if (e instanceof VaultError) {
			io.err(`intl-plan: ${t(lang, e.key, { path: e.path })}\n`);
			return 2;
		}
		if (e instanceof PlanChoiceError || e instanceof UsageError) {
			io.err(`intl-plan: ${e.message}\n`);
			return 2;
		}
		throw e;
	}
}

class UsageError extends Error {}

/** --lang wins; else the terminal's locale (LC_ALL, LC_MESSAGES, LANG); else English. */
function langOf(argv: readonly string[], env: Io["env"]): Lang {
	const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
	const given = i === -1 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
	if (given === "en" || given === "zh") return given;
	return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

function summaryLines(index: ReturnType<typeof indexFolder>["index"], lang: Lang): string {
	const lines = index.plans.map((p) => `${p.path}\t${index.items.filter((i) => i.plan === p.path).length}`);
	lines.push(`${t(lang, "show.unassigned")}\t${index.items.filter((i) => i.plan === null).length}`);
	return lines.join("\n") + "\n" + (index.problems.length ? problemLines(index.problems, lang) : "");
}

function problemLines(problems: ReturnType<typeof indexFolder>["index"]["problems"], lang: Lang): string {
	const header = t(lang, "cli.warn.problems", { count: new Set(problems.map((p) => p.path)).size });
	return [header, ...problems.map((p) => `  ${p.path}:${p.line}: ${problemMessage(p, lang)}`)].join("\n") + "\n";
}
