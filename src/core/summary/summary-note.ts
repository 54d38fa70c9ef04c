/** Where a plan's summary note lives and which language it is written in: the same in plugin and CLI. */
import type { Lang } from "../i18n/index.js";
import type { Plan } from "../plan/vault-index.js";

/** The summary note beside the plan; `{title}` in the pattern is the plan's title. */
export function summaryNotePath(plan: Pick<Plan, "path" | "title">, pattern: string): string {
	const folder = plan.path.includes("/") ? plan.path.slice(0, plan.path.lastIndexOf("/") + 1) : "";
	return `${folder}${pattern.replace("{title}", plan.title)}.md`;
}

/** The plan's own language when it has one; a bilingual or unset plan gets the reader's. */
export function summaryLang(plan: Pick<Plan, "profile">, readerLang: Lang): Lang {
	return plan.profile.lang === "en" || plan.profile.lang === "zh" ? plan.profile.lang : readerLang;
}
