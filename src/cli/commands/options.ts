/** Options several commands share. */
import { Option, type Command } from "commander";
import { t, type Lang } from "../../core/index.js";
import { UsageError, type CliContext } from "../context.js";
import { IndexCache } from "../index-cache.js";
import type { PlanConfig } from "../../core/index.js";

export function langOption(lang: Lang): Option {
	return new Option("--lang <lang>", t(lang, "cli.opt.lang")).choices(["en", "zh"]);
}

/** `DE,US` or `DE, US` or `德国、美国` → a list. */
export function listValue(value: string | undefined): string[] {
	return (value ?? "")
		.split(/[,，、]/)
		.map((v) => v.trim())
		.filter((v) => v !== "");
}

export type Format = "md" | "json" | "html";

/** `--format md|json` on every verb that prints data, with `--json` kept as its short form. */
export function addFormatOptions(command: Command, lang: Lang, help: "cli.opt.format" | "cli.opt.formatSummary" = "cli.opt.format"): Command {
	return command.option("--format <format>", t(lang, help)).option("--json", t(lang, "cli.opt.json"));
}

/** The format asked for, among `allowed` (`summary` also takes `html`: one self-contained file). */
export function formatOf<F extends Format = "md" | "json">(opts: { readonly format?: string; readonly json?: boolean }, lang: Lang, allowed: readonly F[] = ["md", "json"] as F[]): F {
	const format = opts.format ?? (opts.json ? "json" : "md");
	if (!(allowed as readonly string[]).includes(format)) throw new UsageError(t(lang, "cli.new.badValue", { option: "--format", value: format, allowed: allowed.join(", ") }));
	if (opts.json && format !== "json") throw new UsageError(t(lang, "cli.error.formatConflict", { format }));
	return format as F;
}

/** What `--no-cache` (on every verb that indexes the vault) asks for: read every note, as on a first run. */
export function indexCache(vault: string, config: PlanConfig, opts: { readonly cache?: boolean }, ctx: CliContext): IndexCache {
	return opts.cache === false ? IndexCache.none() : IndexCache.open(vault, config, ctx.io.env);
}
