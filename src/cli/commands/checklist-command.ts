/** `intl-plan checklist [--size …] [--industry …] [--markets …] [--channel …] [--format md|json]`: what applies to a profile. */
import type { Command } from "commander";
import { applicableItems, byDimension, CONTRACT_VERSION, DIMENSIONS, t, withDefaults, wording, type ApplicableItem } from "../../core/index.js";
import type { CliContext } from "../context.js";
import { LibraryError, loadLibrary } from "../library-source.js";
import { readSettings } from "../settings.js";
import { addFormatOptions, formatOf, langOption } from "./options.js";
import { addProfileOptions, readProfileFlags, warnUnknownMarkets, type ProfileFlags } from "./profile-flags.js";

export function registerChecklist(program: Command, ctx: CliContext): void {
	const { lang, io } = ctx;
	const command = program.command("checklist").description(t(lang, "cli.checklist.description"));
	addFormatOptions(addProfileOptions(command, lang).addOption(langOption(lang)), lang)
		.option("--library <note>", t(lang, "cli.opt.library"))
		.option("--vault <vault>", t(lang, "cli.arg.vault"))
		.action((opts: ProfileFlags & { json?: boolean; format?: string; library?: string; vault?: string }) => {
			const format = formatOf(opts, lang);
			const { profile, markets } = readProfileFlags({ ...opts, lang: undefined }, lang);
			const settings = opts.vault ? readSettings(opts.vault, ctx, opts.library === undefined ? { libraryPath: "--library" } : {}) : null;
			const config = settings?.config ?? withDefaults({});
			warnUnknownMarkets(markets, config.marketTypes, ctx);
			const source = loadLibrary(config, opts.library, opts.vault ?? null, settings?.workspace.libraryPath || null);
			if (source.library.problems.length > 0) {
				throw new LibraryError(source.path ?? t(lang, "cli.library.builtin"), "invalid");
			}
			const items = applicableItems(source.library, profile);
			if (format === "json") io.outJson({ version: CONTRACT_VERSION, items: items.map(itemJson) });
			else io.out(listText(items, lang));
		});
}

function itemJson({ item, markets }: ApplicableItem): unknown {
	return { id: item.id, dimension: item.dimension, zh: item.zh, en: item.en, source: item.sources, when: item.when, markets };
}

function listText(items: readonly ApplicableItem[], lang: "en" | "zh"): string {
	const groups = byDimension(items);
	const out = [t(lang, "cli.checklist.header", { count: items.length }), ""];
	for (const d of DIMENSIONS) {
		out.push(`${t(lang, `dimension.${d}`)} (${groups[d].length})`);
		for (const { item, markets } of groups[d]) {
			const where = markets ? `  [${t(lang, "cli.checklist.markets", { markets: markets.join(", ") })}]` : "";
			out.push(`  - ${wording(item, lang)}  ${item.sources.join(", ")}${where}  ^${item.id}`);
		}
		out.push("");
	}
	return out.join("\n");
}
