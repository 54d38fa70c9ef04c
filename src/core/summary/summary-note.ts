/** Where a plan's summary note lives and which language it is written in: the same in plugin and CLI. */
import type { Lang } from "../i18n/index.js";
import type { Plan } from "../plan/vault-index.js";
import { terminalText } from "../text/index.js";

/** The summary note beside the plan; `{title}` in the pattern is the plan's title. */
export function summaryNotePath(plan: Pick<Plan, "path" | "title">, pattern: string): string {
	const folder = plan.path.includes("/") ? plan.path.slice(0, plan.path.lastIndexOf("/") + 1) : "";
	return `${folder}${pattern.replace("{title}", plan.title)}.md`;
}

/**
 * The canvas beside the plan, named after it. Control characters in the plan's file name (a note
 * synced from elsewhere can carry them) are left out: no vault path may hold them.
 */
export function planCanvasPath(plan: Pick<Plan, "path">): string {
	return terminalText(plan.path.replace(/\.md$/i, "")).replace(/[\t\n]/g, " ") + ".canvas";
}

/** The plan's own language when it has one; a bilingual or unset plan gets the reader's. */
export function summaryLang(plan: Pick<Plan, "profile">, readerLang: Lang): Lang {
	return plan.profile.lang === "en" || plan.profile.lang === "zh" ? plan.profile.lang : readerLang;
}
