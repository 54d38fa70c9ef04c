/**
 * One plan note's text → its synced text, the whole job both adapters run: read the profile from
 * the frontmatter, refuse a profile that cannot be read (a misspelt `size` would otherwise retire
 * half the checklist), optionally de-duplicate, reconcile, apply.
 */
import type { Problem } from "../../parse/types.js";
import type { PlanConfig } from "../../plan/config.js";
import { readPlanMarker } from "../../plan/plan-marker.js";
import { readProfile, type PlanLang, type Profile } from "../../plan/profile.js";
import type { Library } from "../library.js";
import { dedupeAll } from "./dedupe.js";
import { applyEdits } from "./line-edit.js";
import { reconcile, type ReconcileOptions } from "./reconcile.js";
import type { SyncReport } from "./report.js";

export interface PlanSyncOptions extends ReconcileOptions {
	/** Merge duplicated ids first (dedupe.ts), then reconcile the result. */
	readonly dedupe?: boolean;
}

export type PlanSync =
	| { readonly kind: "not-a-plan" }
	/** Meant as a plan, but its frontmatter cannot be read (plan-marker.ts): nothing to sync against. */
	| { readonly kind: "broken-plan"; readonly problem: Problem }
	| { readonly kind: "bad-profile"; readonly problems: readonly Problem[] }
	| { readonly kind: "synced"; readonly before: string; readonly after: string; readonly report: SyncReport; readonly lang: PlanLang };

/** Problems that change which items apply or how they are worded; an unknown market only warns (it counts as emerging). */
const BLOCKING: ReadonlySet<Problem["code"]> = new Set(["yaml-invalid", "yaml-not-a-map", "profile-size", "profile-industry", "profile-channel", "profile-lang"]);

/**
 * The profile of a plan note, read from its frontmatter alone (cheap: no markdown parse), or null
 * when the note is no plan. Problems in the profile are not reported here; `syncPlanText` does.
 */
export function planProfile(text: string, config: PlanConfig): Profile | null {
	const reading = readPlanMarker(text);
	return reading.kind === "plan" ? readProfile(reading.frontmatter, config).profile : null;
}

export function syncPlanText(library: Pick<Library, "items">, text: string, today: string, options: PlanSyncOptions): PlanSync {
	const reading = readPlanMarker(text);
	if (reading.kind === "none") return { kind: "not-a-plan" };
	if (reading.kind === "broken") return { kind: "broken-plan", problem: reading.problem };
	const { profile, problems } = readProfile(reading.frontmatter, options.config);
	const blocking = [...reading.problems, ...problems].filter((p) => BLOCKING.has(p.code));
	if (blocking.length > 0) return { kind: "bad-profile", problems: blocking };

	const merged = options.dedupe ? dedupeAll(text) : { text, merged: [] };
	const { edits, report, lang } = reconcile(library, merged.text, profile, today, options);
	const after = applyEdits(merged.text, edits);
	return {
		kind: "synced",
		before: text,
		after,
		lang,
		report: { ...report, deduplicated: merged.merged, unchanged: after === text },
	};
}
