/** `intl-plan index [vault] [--format md|json]`: the vault's plans and items, as text or the JSON contract. */
import type { Command } from "commander";
import { problemMessage, t, toJson, type Lang, type VaultIndex } from "../../core/index.js";
import type { CliContext } from "../context.js";
import { DEFAULT_VAULT } from "../defaults.js";
import { indexFolder } from "../index-vault.js";
import { sayNoPlans } from "../no-plans.js";
import { readSettings } from "../settings.js";
import { addFormatOptions, formatOf, indexCache, langOption } from "./options.js";

export function registerIndex(program: Command, ctx: CliContext): void {
	const { lang, io } = ctx;
	const command = program.command("index").description(t(lang, "cli.index.description")).argument("[vault]", t(lang, "cli.arg.vault"), DEFAULT_VAULT);
	addFormatOptions(command, lang)
		.addOption(langOption(lang))
		.option("--no-cache", t(lang, "cli.opt.noCache"))
		.action((vault: string, opts: { json?: boolean; format?: string; cache?: boolean }) => {
			const format = formatOf(opts, lang);
			const { config, skipFolders } = readSettings(vault, ctx);
			const run = indexFolder(vault, config, t(lang, "cli.progress"), skipFolders, indexCache(vault, config, opts, ctx));
			if (format === "json") io.outJson(toJson(run.index, lang));
			else io.out(summaryLines(run.index, lang));
			sayNoPlans(run.index, vault, ctx);
			ctx.setStatus(run.unreadable > 0 ? 1 : 0);
		});
}

function summaryLines(index: VaultIndex, lang: Lang): string {
	const lines = index.plans.map((p) => `${p.path}\t${index.items.filter((i) => i.plan === p.path).length}`);
	lines.push(`${t(lang, "show.unassigned")}\t${index.items.filter((i) => i.plan === null).length}`);
	return lines.join("\n") + "\n" + (index.problems.length ? problemLines(index.problems, lang) : "");
}

export function problemLines(problems: VaultIndex["problems"], lang: Lang): string {
	const header = t(lang, "cli.warn.problems", { count: new Set(problems.map((p) => p.path)).size });
	return [header, ...problems.map((p) => `  ${p.path}:${p.line}: ${problemMessage(p, lang)}`)].join("\n") + "\n";
}
