/**
 * Which items a code block shows, from its `plan` option: the plan of the note holding it (`current`),
 * a linked plan note, every plan (`all`) or the notes in none (`unassigned`).
 */
import type { MetadataCache } from "obsidian";
import { brokenPlanText } from "../view/broken-plans.js";
import { brokenPlanForNote, linkInValue, planForNote, t, type BlockPlan, type Lang, type PlanScope, type Profile, type VaultIndex } from "../../core/index.js";

export type BlockScope =
	| { readonly ok: true; readonly scope: PlanScope; readonly title: string; readonly profile: Profile | null }
	| { readonly ok: false; readonly message: string };

export function resolveBlockPlan(plan: BlockPlan, sourcePath: string, index: VaultIndex, metadataCache: MetadataCache, lang: Lang): BlockScope {
	if (plan.kind === "all") return { ok: true, scope: "all", title: t(lang, "show.allPlans"), profile: null };
	if (plan.kind === "unassigned") return { ok: true, scope: "unassigned", title: t(lang, "show.unassigned"), profile: null };
	const path = plan.kind === "link" ? linkedPlan(plan.target, sourcePath, metadataCache) : currentPlan(index, sourcePath, metadataCache);
	const found = path === null ? undefined : index.plans.find((p) => p.path === path);
	if (found) return { ok: true, scope: { plan: found.path }, title: found.title, profile: found.profile };
	// Its plan is a broken one (linked, or holding the note's folder): say that, not "no plan".
	const broken = path !== null ? index.brokenPlans.find((p) => p.path === path) : plan.kind === "current" ? brokenPlanForNote(index, sourcePath) : undefined;
	if (broken) return { ok: false, message: brokenPlanText(broken, lang) };
	if (plan.kind === "link") return { ok: false, message: t(lang, "codeblock.planNotFound", { target: plan.target }) };
	return { ok: false, message: t(lang, "codeblock.noPlan") };
}

function linkedPlan(target: string, sourcePath: string, metadataCache: MetadataCache): string | null {
	return metadataCache.getFirstLinkpathDest(target, sourcePath)?.path ?? null;
}

/**
 * The plan the index gives the note (itself, or its items'); for a note the index holds nothing of,
 * membership as the core decides it: its frontmatter `plan` link first, else its folder's plan.
 */
function currentPlan(index: VaultIndex, sourcePath: string, metadataCache: MetadataCache): string | null {
	const indexed = index.plans.some((p) => p.path === sourcePath) || index.items.some((i) => i.path === sourcePath);
	if (indexed) return planForNote(index, sourcePath);
	const target = linkInValue(metadataCache.getCache(sourcePath)?.frontmatter?.plan);
	return target ? linkedPlan(target, sourcePath, metadataCache) : planForNote(index, sourcePath);
}
