/**
 * Reconciling one plan with the library: a pure function from (library, plan text, profile, today)
 * to line edits and a report. Items are matched by block id only (`^ck-…`), never by text or place.
 *
 * - An applicable item the plan lacks is added unticked, in its dimension's section, in library
 *   order relative to its neighbours (`insertMissing` does the placing).
 * - The library owns the wording: a line whose wording differs from the library's in the plan's
 *   language gets the new wording in that span only; `[source:: …]` follows the library too.
 *   Status, other fields (owner, due, market, done-by…), Tasks emoji, tags, block id and child
 *   lines stay byte for byte.
 * - An item the plan no longer calls for is retired, one that applies again is brought back
 *   (retire.ts).
 * - An id on more than one item is reported and left alone (dedupe.ts resolves it).
 *
 * Running it on its own output yields no edits; the result depends only on its inputs.
 */
import { splitLines } from "../../parse/lines.js";
import { parseNote } from "../../parse/parse-note.js";
import type { InlineField, ListItem, NoteFacts } from "../../parse/types.js";
import type { PlanConfig } from "../../plan/config.js";
import { fieldKey } from "../../plan/fields.js";
import type { PlanLang, Profile } from "../../plan/profile.js";
import { applicableItems } from "../applicability.js";
import { wording } from "../checklist-line.js";
import { insertMissing } from "../insert-missing.js";
import type { Library, LibraryItem } from "../library.js";
import type { LineEdit, ReplaceLine } from "./line-edit.js";
import { addFieldSplice, fieldOn, fieldValueSplice, rewordSplice, spliceLine, wordingSpan, type Splice } from "./line-splice.js";
import type { SyncReport } from "./report.js";
import { isRetired, retireSplices, unretireSplices } from "./retire.js";

export interface ReconcileOptions {
	readonly config: PlanConfig;
	/**
	 * Wording for a plan without `lang` whose lines do not show one either (see `planLang`). Only a
	 * tie or an empty plan reaches it, so people with different interface languages do not reword
	 * each other's plans back and forth.
	 */
	readonly defaultLang: PlanLang;
}

export interface Reconciled {
	readonly edits: readonly LineEdit[];
	readonly report: SyncReport;
	/** The language the plan's lines are worded in. */
	readonly lang: PlanLang;
}

export function reconcile(library: Pick<Library, "items">, planText: string, profile: Profile, today: string, options: ReconcileOptions): Reconciled {
	const facts = parseNote(planText);
	const lines = splitLines(planText).content;
	const byId = new Map(library.items.map((item) => [item.id, item]));
	const { single, duplicates } = checklistItems(facts);
	const applicable = applicableItems(library, profile);
	const applies = new Set(applicable.map((a) => a.item.id));
	const marketsOf = new Map(applicable.map((a) => [a.item.id, a.markets]));
	const lang = profile.lang ?? planLang(single, lines, byId) ?? options.defaultLang;

	const replaces: ReplaceLine[] = [];
	const rewordings: string[] = [];
	const retirements: string[] = [];
	const unretirements: string[] = [];
	for (const [id, item] of single) {
		const line = lines[item.line - 1] ?? "";
		const entry = byId.get(id);
		const splices: Splice[] = [];
		if (entry && applies.has(id)) {
			const back = unretireSplices(item, line);
			if (back) {
				splices.push(...back);
				unretirements.push(id);
			} else if (isRetired(item)) continue; // a retired bullet that is no task: not ours to change
			const words = [...wordingSplices(item, line, entry, lang), ...(conditionedOnMarket(entry) ? marketSplices(item, line, marketsOf.get(id) ?? null, profile) : [])];
			if (words.length > 0) rewordings.push(id);
			splices.push(...words);
		} else {
			const retire = retireSplices(item, line, today);
			if (retire) {
				splices.push(...retire);
				retirements.push(id);
			}
		}
		if (splices.length > 0) replaces.push({ kind: "replace", line: item.line, before: line, after: spliceLine(line, splices) });
	}

	const missing = applicable.some((a) => !single.has(a.item.id) && !duplicates.includes(a.item.id));
	const inserted = missing ? insertMissing(planText, applicable, lang, options.config, facts) : { edits: [], added: [] };
	const edits: LineEdit[] = [...replaces, ...inserted.edits];
	return {
		edits,
		lang,
		report: {
			additions: inserted.added.map((a) => a.item.id),
			rewordings,
			retirements,
			unretirements,
			duplicates,
			deduplicated: [],
			unchanged: edits.length === 0,
		},
	};
}

function wordingSplices(item: ListItem, line: string, entry: LibraryItem, lang: PlanLang): Splice[] {
	const out: Splice[] = [];
	const want = wording(entry, lang);
	if (wordingSpan(item, line).text !== want) out.push(rewordSplice(item, line, want));
	const source = fieldOn(item, "source");
	const sources = entry.sources.join(", ");
	if (source && source.value !== sources) out.push(fieldValueSplice(source, line, sources));
	return out;
}

/** An item the library gives only for some markets (`when:: market = …`). */
function conditionedOnMarket(entry: LibraryItem): boolean {
	return entry.condition.some((clause) => clause.key === "market");
}

/**
 * A market item's `[market:: …]` in step with the plan's profile: the plan's markets it applies to, in
 * the profile's order (all of them when it applies to all). Only that field's value changes, a field is
 * added only where an inserted line would have one, and the same profile gives every teammate the same
 * line, so two syncs of one library change never conflict.
 */
function marketSplices(item: ListItem, line: string, markets: readonly string[] | null, profile: Profile): Splice[] {
	const field = firstLineFieldNamed(item, "market");
	if (field) {
		const want = (markets ?? profile.markets.map((m) => m.code)).join(", ");
		return want === "" || field.value.trim() === want ? [] : [fieldValueSplice(field, line, want)];
	}
	if (markets === null) return [];
	const want = markets.join(", ");
	// Before the cited source, where an inserted line has it; else where sync adds fields.
	const source = fieldOn(item, "source");
	return [source ? { from: source.from, to: source.from, insert: `[market:: ${want}] ` } : addFieldSplice(item, line, `[market:: ${want}]`)];
}

function firstLineFieldNamed(item: ListItem, key: string): InlineField | null {
	return item.fields.find((f) => f.line === item.line && fieldKey(f.canonicalKey) === key) ?? null;
}

/** Checklist items (`^ck-…` block ids) in note order: ids held once, and ids held more than once (sorted). */
export function checklistItems(facts: NoteFacts): { single: Map<string, ListItem>; duplicates: string[] } {
	const seen = new Map<string, ListItem[]>();
	for (const item of facts.listItems) {
		const id = item.blockId?.id;
		if (id?.startsWith("ck-")) seen.set(id, [...(seen.get(id) ?? []), item]);
	}
	const single = new Map<string, ListItem>();
	const duplicates: string[] = [];
	for (const [id, items] of seen) {
		const first = items[0];
		if (items.length > 1) duplicates.push(id);
		else if (first) single.set(id, first);
	}
	return { single, duplicates: duplicates.sort() };
}

/** The language most of the plan's lines are worded in (the library's zh, en or both), or null on a tie or none. */
function planLang(items: ReadonlyMap<string, ListItem>, lines: readonly string[], byId: ReadonlyMap<string, LibraryItem>): PlanLang | null {
	const votes: Record<PlanLang, number> = { zh: 0, en: 0, both: 0 };
	for (const [id, item] of items) {
		const entry = byId.get(id);
		if (!entry) continue;
		const text = wordingSpan(item, lines[item.line - 1] ?? "").text;
		for (const lang of ["zh", "en", "both"] as const) if (text === wording(entry, lang)) votes[lang]++;
	}
	const ranked = (["zh", "en", "both"] as const).map((lang) => [lang, votes[lang]] as const).sort((a, b) => b[1] - a[1]);
	const [first, second] = ranked;
	return first && first[1] > 0 && first[1] !== second?.[1] ? first[0] : null;
}
