/**
 * Which plan each note belongs to: the plan its frontmatter `plan` links to, else the plan whose
 * folder holds it (the nearest folder above the note that holds plan notes, if it holds exactly one).
 * A broken plan (plan-marker.ts) holds its folder like a plan but takes no notes: its folder's notes
 * join no plan, rather than the next plan up or a sibling plan, until it is fixed.
 * Links resolve as Obsidian resolves them: a path first, else a unique file name, preferring the
 * note's own folder, then the shortest path.
 */
import { runSteps, STEP_EVERY, type Steps } from "../parse/steps.js";
import type { Problem } from "../parse/types.js";

export interface MembershipInput {
	readonly path: string;
	readonly isPlan: boolean;
	/** A note meant as a plan whose frontmatter cannot be read. */
	readonly isBrokenPlan?: boolean;
	readonly planLink: { readonly target: string; readonly line: number } | null;
}

export interface Membership {
	/** note path → plan path (absent: unassigned). */
	readonly planOf: ReadonlyMap<string, string>;
	readonly problems: readonly (Problem & { readonly path: string })[];
}

export function assignPlans(notes: readonly MembershipInput[], allPaths: readonly string[]): Membership {
	return runSteps(assignPlansSteps(notes, allPaths));
}

/** `assignPlans` in steps (parse/steps.ts): at 10,000 notes it takes tens of milliseconds. */
export function* assignPlansSteps(notes: readonly MembershipInput[], allPaths: readonly string[]): Steps<Membership> {
	const plans = new Set(notes.filter((n) => n.isPlan).map((n) => n.path));
	const broken = new Set(notes.filter((n) => n.isBrokenPlan && !n.isPlan).map((n) => n.path));
	// Built only when a note links its plan: it reads every path in the vault.
	let resolver: ((target: string, from: string) => string | null) | null = null;
	const plansByFolder = new Map<string, string[]>();
	for (const p of [...plans, ...broken].sort()) {
		const folder = dirname(p);
		plansByFolder.set(folder, [...(plansByFolder.get(folder) ?? []), p]);
	}
	const planOf = new Map<string, string>();
	const problems: (Problem & { path: string })[] = [];
	const reportedFolders = new Set<string>();

	for (const [i, note] of notes.entries()) {
		if (i % STEP_EVERY === STEP_EVERY - 1) yield;
		if (note.isPlan) {
			planOf.set(note.path, note.path);
			continue;
		}
		if (broken.has(note.path)) continue;
		if (note.planLink) {
			resolver ??= yield* linkResolverSteps(allPaths);
			const target = resolver(note.planLink.target, note.path);
			if (target && plans.has(target)) planOf.set(note.path, target);
			else
				problems.push({
					path: note.path,
					line: note.planLink.line,
					code: !target ? "plan-link-unresolved" : broken.has(target) ? "plan-link-broken" : "plan-link-not-a-plan",
					args: { target: note.planLink.target },
				});
			continue;
		}
		for (let folder = dirname(note.path); ; folder = dirname(folder)) {
			const here = plansByFolder.get(folder);
			if (here) {
				if (here.length === 1 && here[0]) {
					if (plans.has(here[0])) planOf.set(note.path, here[0]);
				}
				else if (!reportedFolders.has(folder)) {
					reportedFolders.add(folder);
					problems.push({ path: here[0] ?? note.path, line: 1, code: "plan-folder-ambiguous", args: { folder: folder || "/" } });
				}
				break;
			}
			if (folder === "") break;
		}
	}
	return { planOf, problems };
}

export function linkResolver(allPaths: readonly string[]): (target: string, from: string) => string | null {
	return runSteps(linkResolverSteps(allPaths));
}

function* linkResolverSteps(allPaths: readonly string[]): Steps<(target: string, from: string) => string | null> {
	const byPath = new Map<string, string>();
	const byName = new Map<string, string[]>();
	for (const [i, p] of allPaths.entries()) {
		if (i % STEP_EVERY === STEP_EVERY - 1) yield;
		const lower = p.toLowerCase();
		byPath.set(lower, p);
		// Sliced, not replaced by a pattern: this runs for every file of the vault.
		const bare = lower.endsWith(".md") ? lower.slice(0, -3) : lower;
		byPath.set(bare, p);
		const name = bare.slice(bare.lastIndexOf("/") + 1);
		const same = byName.get(name);
		if (same) same.push(p);
		else byName.set(name, [p]);
	}
	return (target, from) => {
		const t = target.trim().replace(/^\/+/, "").toLowerCase();
		const direct = byPath.get(t) ?? byPath.get(t.replace(/\.md$/, ""));
		if (direct) return direct;
		const candidates = byName.get(t.slice(t.lastIndexOf("/") + 1).replace(/\.md$/, "")) ?? [];
		const matching = t.includes("/") ? candidates.filter((c) => c.toLowerCase().replace(/\.md$/, "").endsWith(t.replace(/\.md$/, ""))) : candidates;
		if (matching.length === 0) return null;
		const sameFolder = matching.find((c) => dirname(c) === dirname(from));
		if (sameFolder) return sameFolder;
		return [...matching].sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? null;
	};
}

export function dirname(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

interface IndexedPlans {
	readonly plans: readonly { readonly path: string }[];
	readonly brokenPlans?: readonly { readonly path: string }[];
	readonly items: readonly { readonly path: string; readonly plan: string | null }[];
}

/**
 * The plan a note belongs to, as the index sees it: the note itself if it is a plan, else the plan
 * of its items, else the folder rule (the nearest folder above it holding exactly one plan). A folder
 * holding a broken plan gives none.
 */
export function planForNote(index: IndexedPlans, path: string): string | null {
	if (index.plans.some((p) => p.path === path)) return path;
	const viaItem = index.items.find((i) => i.path === path && i.plan !== null);
	if (viaItem) return viaItem.plan;
	// Its items are in the index but in no plan: membership already said no (say, a broken plan link).
	if (index.items.some((i) => i.path === path)) return null;
	const broken = index.brokenPlans ?? [];
	for (let folder = dirname(path); ; folder = dirname(folder)) {
		const here = index.plans.filter((p) => dirname(p.path) === folder);
		if (broken.some((p) => dirname(p.path) === folder)) return null;
		if (here.length === 1 && here[0]) return here[0].path;
		if (here.length > 1 || folder === "") return null;
	}
}

/**
 * The broken plan that stands where a note's plan would be: the note itself, or the broken plan of
 * the nearest folder above it that holds plan notes; null when no broken plan is in the way. Views
 * ask it when `planForNote` gave none, to say why.
 */
export function brokenPlanForNote<B extends { readonly path: string }>(index: { readonly plans: readonly { readonly path: string }[]; readonly brokenPlans: readonly B[] }, path: string): B | null {
	const self = index.brokenPlans.find((p) => p.path === path);
	if (self) return self;
	if (index.plans.some((p) => p.path === path)) return null;
	for (let folder = dirname(path); ; folder = dirname(folder)) {
		const broken = index.brokenPlans.find((p) => dirname(p.path) === folder);
		if (broken) return broken;
		if (index.plans.some((p) => dirname(p.path) === folder) || folder === "") return null;
	}
}
