/**
 * One changed note put into the index without assembling it again: its items, problems and (for a plan)
 * profile replaced in place. Exactly what `assembleIndex` would return, and only attempted when the
 * change cannot move any note between plans: the note stays (or stays not) a plan, its `plan` link
 * and its line are the same, and the index already knows which plan the note is in. Otherwise null,
 * and the caller assembles. At 10,000 notes assembling costs tens of milliseconds; this, well under one.
 */
import { itemInPlan, taskInPlan, unsortedProblem, type Item, type NoteIndex, type UnsortedTask, type VaultIndex, type VaultProblem } from "../../core/index.js";

/** Problems that come from plan membership, not from the note's own text: they stay as they are. */
const MEMBERSHIP_CODES: ReadonlySet<string> = new Set(["plan-link-unresolved", "plan-link-not-a-plan", "plan-link-broken", "plan-folder-ambiguous"]);

export function spliceNote(index: VaultIndex, before: NoteIndex, after: NoteIndex): VaultIndex | null {
	const { path } = after;
	if (before.path !== path || (before.profile === null) !== (after.profile === null)) return null;
	// A broken plan holds its folder: becoming one, or mending or changing one, is the assembly's to say.
	if (before.brokenPlan || after.brokenPlan) return null;
	if (before.planLink?.target !== after.planLink?.target || before.planLink?.line !== after.planLink?.line) return null;

	const [start, end] = run(index.items, path);
	const [uStart, uEnd] = run(index.unsorted, path);
	const first = index.items[start];
	const firstUnsorted = index.unsorted[uStart];
	let plan: string | null = null;
	if (after.profile) plan = path;
	else if (first && end > start) plan = first.plan;
	else if (firstUnsorted && uEnd > uStart) plan = firstUnsorted.plan;
	// Its first items or tasks: which plan they join (and whether it has one) is the assembly's to say.
	else if (after.items.length > 0 || after.unsorted.length > 0) return null;

	let plans = index.plans;
	if (after.profile) {
		const at = plans.findIndex((p) => p.path === path);
		const old = plans[at];
		if (!old) return null;
		plans = [...plans.slice(0, at), { ...old, profile: after.profile }, ...plans.slice(at + 1)];
	}

	const items: Item[] = [...index.items.slice(0, start), ...after.items.map((item) => itemInPlan(item, plan)), ...index.items.slice(end)];
	// In no plan, tasks with no dimension are nobody's tray: as assembled, they are left out.
	const mine: UnsortedTask[] = plan === null ? [] : after.unsorted.map((task) => taskInPlan(task, plan));
	const unsorted = uEnd === uStart && mine.length === 0 ? index.unsorted : [...index.unsorted.slice(0, uStart), ...mine, ...index.unsorted.slice(uEnd)];

	const [from, to] = run(index.problems, path);
	const kept = index.problems.slice(from, to).filter((p) => MEMBERSHIP_CODES.has(p.code));
	const counted = plan === null ? null : unsortedProblem(after, plan);
	// As assembled: by line, membership problems before the note's own, then its count of unsorted tasks (a stable sort).
	const here: VaultProblem[] = [...kept, ...after.problems.map((p) => ({ ...p, path })), ...(counted ? [counted] : [])].sort((a, b) => a.line - b.line);
	const problems = [...index.problems.slice(0, from), ...here, ...index.problems.slice(to)];

	return { ...index, plans, items, unsorted, problems };
}

/** The run of entries for `path` in a list sorted by path in code-unit order: [start, end). */
function run(list: readonly { readonly path: string }[], path: string): [number, number] {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((list[mid]?.path ?? "") < path) lo = mid + 1;
		else hi = mid;
	}
	let end = lo;
	while (end < list.length && list[end]?.path === path) end++;
	return [lo, end];
}
