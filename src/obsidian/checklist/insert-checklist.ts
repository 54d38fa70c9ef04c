/**
 * "Insert checklist for this plan": adds the applicable library items the plan note lacks, each in
 * its dimension's section, through `Vault.process`. The edits are computed inside the callback from
 * the text it hands over, so a note changed since it was last read is never patched with stale edits.
 */
import type { App, TFile } from "obsidian";
import {
	applicableItems, applyInserts, insertMissing, isPlanMarker, parseNote, PLAN_KEY, problemMessage, readProfile, t,
	type Lang, type Library, type PlanConfig, type PlanLang, type Problem, type Profile,
} from "../../core/index.js";
import { loadLibrary } from "./library.js";
import { inform, warn } from "../ui/notices.js";
import type { IntlPlanSettings } from "../settings/settings.js";
import { processNote } from "../vault/write-note.js";

/** A markdown note whose properties carry `intl-plan` (Obsidian's own reading, from the metadata cache). */
export function isPlanNote(app: App, file: TFile | null): file is TFile {
	if (!file || file.extension !== "md") return false;
	const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
	return isPlanMarker(frontmatter?.[PLAN_KEY]);
}

/** Problems that change which items apply or how they are worded; an unknown market is only a warning (it counts as emerging). */
const BLOCKING: ReadonlySet<Problem["code"]> = new Set(["yaml-invalid", "yaml-not-a-map", "profile-size", "profile-industry", "profile-channel", "profile-lang"]);

type Planned =
	| { readonly kind: "edits"; readonly text: string; readonly added: number; readonly profile: Profile }
	| { readonly kind: "not-a-plan" }
	| { readonly kind: "bad-profile"; readonly problems: readonly Problem[] };

/** The note's text with the missing items in place; pure, so the same computation runs on any text. */
export function planInsert(text: string, library: Pick<Library, "items">, config: PlanConfig, fallbackLang: PlanLang): Planned {
	const facts = parseNote(text);
	if (!facts.frontmatter || !isPlanMarker(facts.frontmatter.data["intl-plan"])) return { kind: "not-a-plan" };
	const { profile, problems } = readProfile(facts.frontmatter, config);
	const blocking = [...facts.problems, ...problems].filter((p) => BLOCKING.has(p.code));
	if (blocking.length > 0) return { kind: "bad-profile", problems: blocking };
	const { edits, added } = insertMissing(text, applicableItems(library, profile), profile.lang ?? fallbackLang, config);
	return { kind: "edits", text: applyInserts(text, edits), added: added.length, profile };
}

export async function insertChecklist(app: App, settings: IntlPlanSettings, file: TFile, lang: Lang): Promise<void> {
	const source = await loadLibrary(app, settings, lang);
	if (!source) return;
	// Look first, so a plan that is already complete (or cannot be read) is not written at all: no new
	// modified time, nothing for a sync service to carry.
	const before = planInsert(await app.vault.cachedRead(file), source.library, settings, lang);
	if (before.kind !== "edits" || before.added === 0) {
		report(before, file, lang);
		return;
	}
	let outcome: Planned = before;
	await processNote(app, file, (current) => {
		outcome = planInsert(current, source.library, settings, lang);
		return outcome.kind === "edits" ? outcome.text : current;
	});
	report(outcome, file, lang);
}

function report(outcome: Planned, file: TFile, lang: Lang): void {
	if (outcome.kind === "not-a-plan") {
		warn(t(lang, "plugin.insert.notAPlan", { plan: file.basename }));
		return;
	}
	if (outcome.kind === "bad-profile") {
		const first = outcome.problems[0];
		warn(
			t(lang, "plugin.insert.badProfile", {
				plan: file.basename,
				count: outcome.problems.length,
				line: first?.line ?? 1,
				problem: first ? problemMessage(first, lang) : "",
			}),
		);
		return;
	}
	const plan = outcome.profile.company ?? file.basename;
	inform(t(lang, outcome.added > 0 ? "plugin.insert.added" : "plugin.insert.upToDate", { plan, count: outcome.added }));
}
