/** Options several commands share. */
import { Option } from "commander";
import { t, type Lang } from "../../core/index.js";

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
