/**
 * The plans a name a person typed refers to (`--plan`, or Obsidian's `plan=`): the plan at that path,
 * else those whose file name, title or company it is, else those whose path or company holds it.
 * Case, `\` for `/` and a trailing `.md` do not matter. One rule for both command lines.
 */
import type { Plan } from "./vault-index.js";

export function matchPlans(plans: readonly Plan[], wanted: string): Plan[] {
	const w = normalize(wanted);
	if (w === "") return [];
	const exact = plans.filter((p) => normalize(p.path) === w);
	if (exact.length) return exact;
	const named = plans.filter((p) => normalize(fileName(p.path)) === w || normalize(p.title) === w || normalize(p.profile.company ?? "") === w);
	if (named.length) return named;
	return plans.filter((p) => normalize(p.path).includes(w) || normalize(p.profile.company ?? "").includes(w));
}

function normalize(s: string): string {
	return s.trim().replace(/\\/g, "/").toLowerCase().replace(/\.md$/, "");
}

function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}
