/** Which plan(s) `show` draws: the one `--plan` names (path, file name or company), else every plan. */
import { basename } from "node:path";
import { quadrants, t, type Lang, type Plan, type VaultIndex } from "../core/index.js";
import type { ShowInput } from "./render/quadrant-grid.js";

export class PlanChoiceError extends Error {}

export function choosePlans(index: VaultIndex, wanted: string | undefined, lang: Lang): Omit<ShowInput, "today">[] {
	const toInput = (plan: Plan): Omit<ShowInput, "today"> => ({
		title: plan.title,
		profile: plan.profile,
		quadrants: quadrants(index, { plan: plan.path }),
	});
	if (wanted === undefined) {
		if (index.plans.length === 0) return [{ title: t(lang, "show.allPlans"), profile: null, quadrants: quadrants(index, "all") }];
		return index.plans.map(toInput);
	}
	const w = wanted.trim().replace(/\\/g, "/").toLowerCase();
	const strip = (s: string): string => s.toLowerCase().replace(/\.md$/, "");
	const exact = index.plans.filter((p) => strip(p.path) === strip(w));
	const named = index.plans.filter((p) => strip(basename(p.path)) === strip(w) || p.profile.company?.toLowerCase() === w);
	const partial = index.plans.filter((p) => p.path.toLowerCase().includes(w) || (p.profile.company ?? "").toLowerCase().includes(w));
	const found = exact.length ? exact : named.length ? named : partial;
	const list = index.plans.map((p) => p.path).join(", ") || t(lang, "cli.error.noPlans");
	if (found.length === 0) throw new PlanChoiceError(t(lang, "cli.error.noPlan", { plan: wanted, plans: list }));
	if (found.length > 1) throw new PlanChoiceError(t(lang, "cli.error.ambiguousPlan", { plan: wanted, plans: found.map((p) => p.path).join(", ") }));
	return found.map(toInput);
}
