/** `intl-plan library export [vault] [--out …]` and `intl-plan library check <note>`. */
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { BUILTIN_LIBRARY, problemMessage, readLibrary, t } from "../../core/index.js";
import { UsageError, type CliContext } from "../context.js";
import { DEFAULT_VAULT } from "../defaults.js";
import { readLibraryText } from "../library-source.js";
import { ConflictError, writeNote } from "../safe-write.js";
import { readSettings } from "../settings.js";
import { checkLandsInVault, libraryPathOf, outTarget } from "../vault-target.js";
import { langOption } from "./options.js";

export const DEFAULT_LIBRARY_NOTE = "Intl plan/checklist-library.md";

export function registerLibrary(program: Command, ctx: CliContext): void {
	const { lang, io } = ctx;
	const library = program.command("library").description(t(lang, "cli.library.description"));
	library
		.command("export")
		.description(t(lang, "cli.library.export.description"))
		.argument("[vault]", t(lang, "cli.arg.vault"), DEFAULT_VAULT)
		.option("--out <note>", t(lang, "cli.opt.out"))
		.addOption(langOption(lang))
		.action((vault: string, opts: { out?: string }) => {
			const { config, workspace } = readSettings(vault, ctx, opts.out === undefined ? { libraryPath: "--out" } : {});
			// An absolute --out is the user's own file, written as given; any other path is the vault's.
			const target = outTarget(vault, opts.out ?? (workspace.libraryPath || DEFAULT_LIBRARY_NOTE), ".md", lang);
			const note = target.shown;
			if (target.inVault) checkLandsInVault(vault, target.full, note, lang);
			try {
				writeNote(target.full, BUILTIN_LIBRARY, null, target.inVault ? vault : null);
			} catch (e) {
				if (e instanceof ConflictError) throw new UsageError(t(lang, "cli.library.exists", { path: note }));
				throw e;
			}
			const count = readLibrary(BUILTIN_LIBRARY, config).items.length;
			io.out(t(lang, "cli.library.exported", { path: note, count }) + "\n");
		});
	library
		.command("check")
		.description(t(lang, "cli.library.check.description"))
		.argument("<note>", t(lang, "cli.arg.libraryNote"))
		.option("--vault <vault>", t(lang, "cli.arg.vault"))
		.addOption(langOption(lang))
		.action((note: string, opts: { vault?: string }) => {
			// As --library: the vault's note first (the path `library export` printed), else the path as given.
			const file = libraryPathOf(note, opts.vault ?? null);
			if (!existsSync(file)) throw new UsageError(t(lang, "cli.library.missing", { path: note }));
			const { config } = readSettings(opts.vault ?? ".", ctx);
			const { items, problems } = readLibrary(readLibraryText(file), config);
			if (problems.length === 0) {
				io.out(t(lang, "cli.library.ok", { path: note, count: items.length }) + "\n");
				return;
			}
			io.out([t(lang, "cli.library.problems", { path: note, count: problems.length }), ...problems.map((p) => `  ${note}:${p.line}: ${problemMessage(p, lang)}`)].join("\n") + "\n");
			ctx.setStatus(1);
		});
}
