/**
 * The one check for date flags (`--today`, `--horizon`) of every verb: a real calendar date, read by
 * the core's rule for dates users write (date-fns, strict: `2026-02-30` and `2026-13-45` are no
 * dates), given back as `YYYY-MM-DD`. A date that is not one stops the verb, exit 2, before it reads
 * or writes anything.
 */
import { format } from "date-fns";
import { t, toIsoDate, type Lang } from "../../core/index.js";
import { UsageError } from "../context.js";

export function dateFlag(option: string, value: string, lang: Lang): string {
	const iso = toIsoDate(value);
	if (iso === null) throw new UsageError(t(lang, "cli.new.badDate", { option, value }));
	return iso;
}

/** `--today`, else the date on this machine. */
export function todayFlag(value: string | undefined, lang: Lang): string {
	return value === undefined ? format(new Date(), "yyyy-MM-dd") : dateFlag("--today", value, lang);
}
