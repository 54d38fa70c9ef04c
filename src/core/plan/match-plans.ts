/**
 * The plans a name a person typed refers to (`--plan`, or Obsidian's `plan=`): the plan at that path,
 * else those whose file name, title or company it is, else those whose path or company holds it.
 * Case, `\` for `/` and a trailing `.md` do not matter. One rule for both command lines.
 */
/** What a name is matched against: a plan, or a broken plan (which has no profile to read). */
interface Named {
	readonly path: string;
	readonly title: string;
	readonly profile?: { readonly company: string | null };
}

export function matchPlans<P extends Named>(plans: readonly P[], wanted: string): P[] {
	const w = normalize(wanted);
	if (w === "") return [];
	const exact = plans.filter((p) => normalize(p.path) === w);
	if (exact.length) return exact;
	const named = plans.filter((p) => normalize(fileName(p.path)) === w || normalize(p.title) === w || normalize(p.profile?.company ?? "") === w);
	if (named.length) return named;
	return plans.filter((p) => normalize(p.path).includes(w) || normalize(p.profile?.company ?? "").includes(w));
}

function normalize(s: string): string {
	return s.trim().replace(/\\/g, "/").toLowerCase().replace(/\.md$/, "");
}

function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}
