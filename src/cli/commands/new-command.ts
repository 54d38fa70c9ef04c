/** `intl-plan new [vault] --company … --size … …`: a plan note from the template, with its checklist. */
import type { Command } from "commander";
import { join } from "node:path";
import { createPlanNote, langFromLocale, PLAN_TEMPLATE, t, type Lang } from "../../core/index.js";
import { UsageError, type CliContext } from "../context.js";
import { DEFAULT_VAULT } from "../defaults.js";
import { LibraryError, loadLibrary } from "../library-source.js";
import { ConflictError, writeNote } from "../safe-write.js";
import { readSettings } from "../settings.js";
import { checkLandsInVault, vaultFolder } from "../vault-target.js";
import { todayFlag } from "./date-flags.js";
import { addProfileOptions, readProfileFlags, warnUnknownMarkets, type ProfileFlags } from "./profile-flags.js";

type NewFlags = ProfileFlags & { folder?: string; title?: string; library?: string; today?: string; planLang?: string };

export function registerNew(program: Command, ctx: CliContext): void {
	const { lang, io } = ctx;
	const command = program.command("new").description(t(lang, "cli.new.description")).argument("[vault]", t(lang, "cli.arg.vault"), DEFAULT_VAULT);
	addProfileOptions(command, lang)
		.option("--platforms <platforms>", t(lang, "cli.opt.platforms"))
		.option("--owner <owner>", t(lang, "cli.opt.owner"))
		.option("--horizon <date>", t(lang, "cli.opt.horizon"))
		.option("--wording <wording>", t(lang, "cli.opt.planLang"))
		.option("--lang <lang>", t(lang, "cli.opt.langNew"))
		.option("--folder <folder>", t(lang, "cli.opt.folder"))
		.option("--title <title>", t(lang, "cli.opt.title"))
		.option("--library <note>", t(lang, "cli.opt.library"))
		.option("--today <date>", "YYYY-MM-DD")
		.action((vault: string, opts: NewFlags) => {
			for (const option of ["company", "size", "industry", "markets", "channel"] as const) {
				if (!opts[option]?.trim()) throw new UsageError(t(lang, "cli.new.required", { option: `--${option}` }));
			}
			// --lang is the output language, as everywhere; `--lang both` (its old meaning) still words the plan.
			if (opts.lang === "both" && opts.wording === undefined) io.err(`intl-plan: ${t(lang, "cli.new.langBoth")}\n`);
			const read = readProfileFlags(opts, lang);
			const today = todayFlag(opts.today, lang);
			const folderFlag = opts.folder === undefined ? null : vaultFolder(vault, opts.folder, "--folder", lang);
			// A plans folder or library the settings name but cannot be used is not guessed at: the flag stands in.
			const { config, workspace } = readSettings(vault, ctx, {
				...(folderFlag === null ? { plansFolder: "--folder" } : {}),
				...(opts.library === undefined ? { libraryPath: "--library" } : {}),
			});
			warnUnknownMarkets(read.markets, config.marketTypes, ctx);
			const source = loadLibrary(config, opts.library, vault, workspace.libraryPath || null);
			if (source.library.problems.length > 0) throw new LibraryError(source.path ?? t(lang, "cli.library.builtin"), "invalid");
			// Without --wording (or --lang) the plan is worded in the language the user is working in.
			const planLang = read.planLang ?? langFromLocale(lang);
			const company = opts.company?.trim() ?? "";
			const title = safeTitle(opts.title?.trim() || t(planLang === "zh" ? "zh" : "en", "cli.new.defaultTitle", { company }), lang);
			const folder = folderFlag ?? workspace.plansFolder;
			const created = createPlanNote(
				PLAN_TEMPLATE,
				{
					company,
					size: read.size ?? "small",
					industry: read.industry ?? "other",
					markets: read.markets,
					channel: read.channel ?? "platform",
					platforms: read.profile.platforms,
					owner: read.profile.owner ?? "",
					horizon: read.profile.horizon ?? "",
					lang: planLang,
				},
				source.library,
				config,
				{ title, date: today },
			);
			const relative = [folder, `${title}.md`].filter((p) => p !== "").join("/");
			const full = join(vault, ...relative.split("/"));
			checkLandsInVault(vault, full, relative, lang);
			try {
				writeNote(full, created.text, null, vault);
			} catch (e) {
				if (e instanceof ConflictError) throw new UsageError(t(lang, "cli.new.exists", { path: relative }));
				throw e;
			}
			io.out(t(lang, "cli.new.created", { path: relative, count: created.added }) + "\n");
		});
}

/** A note title that is a valid file name on every platform Obsidian runs on. */
function safeTitle(title: string, lang: Lang): string {
	const clean = title.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim();
	if (clean === "") throw new UsageError(t(lang, "cli.new.required", { option: "--title" }));
	return clean;
}
