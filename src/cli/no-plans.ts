/**
 * The one rule for a vault without a plan note (README, "Exit status"): verbs that report on the
 * vault (show, index, rollup, sync --check / --dry-run) say so on stderr and exit 0; verbs that need a
 * plan to work on (summary, canvas, sync that writes) say the same and exit 2, nothing done. When plan
 * notes exist but none can be read (broken plans), the message says so instead.
 */
import { resolve } from "node:path";
import { t, type Lang, type VaultIndex } from "../core/index.js";
import { UsageError, type CliContext } from "./context.js";

export function noPlansMessage(index: Pick<VaultIndex, "brokenPlans">, given: string, lang: Lang): string {
	// The current directory (the default vault) by its name: "No plan notes found in /work/notes", not "in .".
	const vault = given === "." || given === "./" ? resolve(given) : given;
	const broken = index.brokenPlans.length;
	return broken > 0 ? t(lang, "cli.noPlans.broken", { vault, count: broken }) : t(lang, "cli.noPlans", { vault });
}

/** For reporting verbs: true (and the message on stderr) when the vault holds no readable plan. */
export function sayNoPlans(index: Pick<VaultIndex, "plans" | "brokenPlans">, vault: string, ctx: CliContext): boolean {
	if (index.plans.length > 0) return false;
	ctx.io.err(noPlansMessage(index, vault, ctx.lang) + "\n");
	return true;
}

/** For verbs that need a plan: stops (exit 2) when the vault holds no readable plan. */
export function requirePlans(index: Pick<VaultIndex, "plans" | "brokenPlans">, vault: string, lang: Lang): void {
	if (index.plans.length === 0) throw new UsageError(noPlansMessage(index, vault, lang));
}
