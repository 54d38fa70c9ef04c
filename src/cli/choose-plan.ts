/** Which plan(s) a command works on: the one `--plan` names (path, file name, title or company), else every plan. */
import { matchPlans, problemMessage, quadrants, t, unsortedIn, type Lang, type Plan, type VaultIndex } from "../core/index.js";
import type { ShowInput } from "./render/quadrant-grid.js";

export class PlanChoiceError extends Error {}

/**
 * The plans `--plan` names; every plan when it is not given. Errors (none, several) name the choices;
 * a name that fits only a broken plan says why that plan cannot be used.
 */
export function findPlans(index: Pick<VaultIndex, "plans" | "brokenPlans">, wanted: string | undefined, lang: Lang): Plan[] {
	if (wanted === undefined) return [...index.plans];
	const found = matchPlans(index.plans, wanted);
	const list = index.plans.map((p) => p.path).join(", ") || t(lang, "cli.error.noPlans");
	const broken = found.length === 0 ? matchPlans(index.brokenPlans, wanted) : [];
	if (broken.length === 1 && broken[0]) throw new PlanChoiceError(t(lang, "cli.error.brokenPlan", { path: broken[0].path, problem: problemMessage(broken[0].problem, lang) }));
	if (found.length === 0) throw new PlanChoiceError(t(lang, "cli.error.noPlan", { plan: wanted, plans: list }));
	if (found.length > 1) throw new PlanChoiceError(t(lang, "cli.error.ambiguousPlan", { plan: wanted, plans: found.map((p) => p.path).join(", ") }));
	return found;
}

/** Exactly one plan: the named one, or the vault's only plan. */
export function findPlan(index: Pick<VaultIndex, "plans" | "brokenPlans">, wanted: string | undefined, lang: Lang): Plan {
	const plans = findPlans(index, wanted, lang);
	if (plans.length === 1 && plans[0]) return plans[0];
	const list = index.plans.map((p) => p.path).join(", ");
	throw new PlanChoiceError(plans.length === 0 ? t(lang, "cli.error.vaultHasNoPlan") : t(lang, "cli.error.choosePlan", { plans: list, option: "--plan" }));
}

/** No plan at all: the notes in none, when there are any (the rule for "no plans" is said by the verb). */
export function choosePlans(index: VaultIndex, wanted: string | undefined, lang: Lang): Omit<ShowInput, "today">[] {
	if (wanted === undefined && index.plans.length === 0) {
		return index.items.length === 0 ? [] : [{ title: t(lang, "show.unassigned"), profile: null, quadrants: quadrants(index, "unassigned") }];
	}
	return findPlans(index, wanted, lang).map((plan) => ({ path: plan.path, title: plan.title, profile: plan.profile, quadrants: quadrants(index, { plan: plan.path }), unsorted: unsortedIn(index, { plan: plan.path }) }));
}
