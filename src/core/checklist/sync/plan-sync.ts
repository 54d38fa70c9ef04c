/**
 * One plan note's text → its synced text, the whole job both adapters run: read the profile from
 * the frontmatter, refuse a profile that cannot be read (a misspelt `size` would otherwise retire
 * half the checklist), optionally de-duplicate, reconcile, apply.
 */
import { readFrontmatter } from "../../parse/frontmatter.js";
import { splitLines } from "../../parse/lines.js";
import type { Problem } from "../../parse/types.js";
import type { PlanConfig } from "../../plan/config.js";
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
	| { readonly kind: "bad-profile"; readonly problems: readonly Problem[] }
	| { readonly kind: "synced"; readonly before: string; readonly after: string; readonly report: SyncReport; readonly lang: PlanLang };

/** Problems that change which items apply or how they are worded; an unknown market only warns (it counts as emerging). */
const BLOCKING: ReadonlySet<Problem["code"]> = new Set(["yaml-invalid", "yaml-not-a-map", "profile-size", "profile-industry", "profile-channel", "profile-lang"]);

/**
 * The profile of a plan note, read from its frontmatter alone (cheap: no markdown parse), or null
 * when the note is no plan. Problems in the profile are not reported here; `syncPlanText` does.
 */
export function planProfile(text: string, config: PlanConfig): Profile | null {
	const fm = readFrontmatter(splitLines(text)).frontmatter;
	return fm && isPlanMarker(fm.data["intl-plan"]) ? readProfile(fm, config).profile : null;
}

/** `intl-plan: 1` (any value but an empty or false one: a newer schema is still a plan). */
function isPlanMarker(value: unknown): boolean {
	return value !== undefined && value !== null && value !== false && value !== "";
}

export function syncPlanText(library: Pick<Library, "items">, text: string, today: string, options: PlanSyncOptions): PlanSync {
	const front = readFrontmatter(splitLines(text));
	const fm = front.frontmatter;
	if (!fm || !isPlanMarker(fm.data["intl-plan"])) return { kind: "not-a-plan" };
	const { profile, problems } = readProfile(fm, options.config);
	const blocking = [...front.problems, ...problems].filter((p) => BLOCKING.has(p.code));
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
