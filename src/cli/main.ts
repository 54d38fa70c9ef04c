/**
 * `intl-plan`: the same core as the plugin, over a vault folder. Exit status: 0 done; 1 done, with
 * problems listed (unreadable files, an invalid library); 2 nothing done (bad flags, no vault, no plan,
 * a path that leaves the vault). Output whose reader has gone (`| head -1`) ends the process, exit 0.
 * Everything printed goes through terminal-io.ts: no control character from a note reaches the terminal.
 */
import { Command, CommanderError } from "commander";
import { langFromLocale, t, type Lang } from "../core/index.js";
import { PlanChoiceError } from "./choose-plan.js";
import { commanderMessage } from "./commander-errors.js";
import { cliVersion } from "./version.js";
import { registerCanvas } from "./commands/canvas-command.js";
import { registerChecklist } from "./commands/checklist-command.js";
import { registerIndex } from "./commands/index-command.js";
import { registerLibrary } from "./commands/library-command.js";
import { registerNew } from "./commands/new-command.js";
import { registerRollup } from "./commands/rollup-command.js";
import { registerShow } from "./commands/show-command.js";
import { registerSummary } from "./commands/summary-command.js";
import { registerSync } from "./commands/sync-command.js";
import { UsageError, type Io } from "./context.js";
import { VaultError } from "./index-vault.js";
import { LibraryError } from "./library-source.js";
import { NotRegularFileError } from "./regular-file.js";
import { terminalIo } from "./terminal-io.js";

export type { Io };
export { DEFAULT_VAULT } from "./defaults.js";

const processIo = (): Io => {
	endQuietlyWhenClosed(process.stdout);
	endQuietlyWhenClosed(process.stderr);
	return {
		out: (s) => process.stdout.write(s),
		err: (s) => process.stderr.write(s),
		columns: process.stdout.isTTY ? process.stdout.columns : undefined,
		color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
		env: process.env,
	};
};

/**
 * `intl-plan … | head -1`: once the reader has gone, nothing more can be said, and what was asked
 * for was read; the process ends at once, quietly, exit 0, as `cat` does. Any other failure to write
 * is said on stderr (while it is open), exit 1: the work was done but its output was lost.
 */
function endQuietlyWhenClosed(stream: NodeJS.WriteStream): void {
	stream.on("error", (e: NodeJS.ErrnoException) => {
		if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") process.exit(0);
		if (stream !== process.stderr) process.stderr.write(`intl-plan: ${t(langOf(process.argv.slice(2), process.env), "cli.error.output", { detail: e.message })}\n`);
		process.exit(1);
	});
}

export async function main(argv: readonly string[], rawIo: Io = processIo()): Promise<number> {
	const io = terminalIo(rawIo);
	const lang = langOf(argv, io.env);
	let status: 0 | 1 = 0;
	const ctx = { io, lang, setStatus: (s: 0 | 1) => void (status = s) };
	const program = new Command("intl-plan")
		.description(t(lang, "cli.description"))
		.version(cliVersion(), "-V, --version", t(lang, "cli.opt.version"))
		.helpOption("-h, --help", t(lang, "cli.opt.help"))
		.exitOverride()
		.configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
		.showHelpAfterError(false);
	registerShow(program, ctx);
	registerIndex(program, ctx);
	registerNew(program, ctx);
	registerChecklist(program, ctx);
	registerLibrary(program, ctx);
	registerSummary(program, ctx);
	registerCanvas(program, ctx);
	registerRollup(program, ctx);
	registerSync(program, ctx);

	try {
		await program.parseAsync([...argv], { from: "user" });
		return status;
	} catch (e) {
		return failure(e, io, lang);
	}
}

const LIBRARY_ERRORS = { missing: "cli.library.missing", "setting-missing": "cli.library.settingMissing", invalid: "cli.library.invalid", "not-regular": "cli.library.notRegular" } as const;

function failure(e: unknown, io: Io, lang: Lang): number {
	const say = (message: string): number => {
		io.err(`intl-plan: ${message}\n`);
		return 2;
	};
	if (e instanceof CommanderError) {
		if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
		return say(commanderMessage(e, lang));
	}
	if (e instanceof VaultError) return say(t(lang, e.key, { path: e.path }));
	if (e instanceof LibraryError) return say(t(lang, LIBRARY_ERRORS[e.kind], { path: e.path }));
	if (e instanceof NotRegularFileError) return say(t(lang, "cli.error.notRegular", { path: e.path }));
	// The file system refused something no check foresaw (permissions, a full disk): a message, not a stack trace.
	if (e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code ?? "")) {
		return say(t(lang, "cli.error.fileSystem", { detail: e.message }));
	}
	if (e instanceof PlanChoiceError || e instanceof UsageError) return say(e.message);
	throw e;
}

/** --lang wins; else the terminal's locale (LC_ALL, LC_MESSAGES, LANG); else English. */
function langOf(argv: readonly string[], env: Io["env"]): Lang {
	const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
	const given = i === -1 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
	if (given === "en" || given === "zh") return given;
	return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
