/**
 * Broken plans (a plan note whose frontmatter cannot be read) named where plans are shown: the plan
 * view lists them above the quadrants, a code block whose plan is one says so. The core decides what
 * a broken plan is; this only draws its message.
 */
import { problemMessage, t, type BrokenPlan, type Lang } from "../../core/index.js";

export function brokenPlanText(plan: BrokenPlan, lang: Lang): string {
	return t(lang, "view.brokenPlan", { path: plan.path, problem: problemMessage(plan.problem, lang) });
}

/** One alert listing them, added to `el`; null when there are none. */
export function renderBrokenPlans(el: HTMLElement, plans: readonly BrokenPlan[], lang: Lang): HTMLElement | null {
	if (plans.length === 0) return null;
	const box = el.createDiv({ cls: "intl-plan-block-error intl-plan-broken-plans", attr: { role: "alert" } });
	for (const plan of plans) box.createDiv({ text: brokenPlanText(plan, lang), attr: { "data-path": plan.path } });
	return box;
}
