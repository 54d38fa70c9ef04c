/**
 * Adds to a plan note the applicable checklist items it does not hold yet (matched by block id,
 * anywhere in the note), each in its dimension's section and in library order relative to the
 * items already there. Running it again adds nothing.
 */
import { splitLines } from "../parse/lines.js";
import { parseNote } from "../parse/parse-note.js";
import type { NoteFacts } from "../parse/types.js";
import type { PlanConfig } from "../plan/config.js";
import { dimensionMatcher, type DimensionMatcher } from "../plan/dimension-of.js";
import { DIMENSIONS, type Dimension } from "../plan/dimensions.js";
import { fieldKey } from "../plan/fields.js";
import type { PlanLang } from "../plan/profile.js";
import { byDimension, type ApplicableItem } from "./applicability.js";
import { checklistLine } from "./checklist-line.js";
import { coveredIds } from "./covers.js";
import type { InsertLines } from "./line-edits.js";

/** Where the plan template wants generated items: right after this line in each dimension section. */
export const CHECKLIST_MARKER = "%% intl-plan:checklist %%";

export const SECTION_HEADINGS: Readonly<Record<Dimension, string>> = {
	strategy: "## 战略决策 Strategy",
	technology: "## 技术赋能 Technology",
	marketing: "## 营销协同 Marketing",
	compliance: "## 风险合规 Compliance",
};

export interface InsertResult {
	readonly edits: readonly InsertLines[];
	readonly added: readonly ApplicableItem[];
}

/** @param facts the note's facts when the caller has parsed it already (they must be of this very text) */
export function insertMissing(text: string, applicable: readonly ApplicableItem[], lang: PlanLang, config: PlanConfig, facts: NoteFacts = parseNote(text)): InsertResult {
	const lines = splitLines(text).content;
	const present = new Map<string, number>(); // id → index in facts.listItems
	facts.listItems.forEach((item, i) => {
		if (item.blockId && !present.has(item.blockId.id)) present.set(item.blockId.id, i);
	});
	// An id the user hid (in a %% comment, say) is there too: hiding an item is a decision, and
	// re-adding what the parser cannot see would add it again on every run.
	const mentioned = new Set(lines.flatMap((l) => /(?:^|\s)\^(ck-[A-Za-z0-9-]+)\s*$/.exec(l)?.[1] ?? []));
	// A team's own task that says it covers an item (`[covers:: ck-…]`) does its work: not added again.
	for (const item of facts.listItems) for (const f of item.fields) if (fieldKey(f.canonicalKey) === "covers") for (const id of coveredIds(f.value)) mentioned.add(id);
	const matcher = dimensionMatcher(config);
	const edits: InsertLines[] = [];
	const added: ApplicableItem[] = [];
	const appended: string[] = [];
	// New sections go after every other edit: an item for a section that ends the note comes first.
	const newSections: InsertLines[] = [];
	const groups = byDimension(applicable);

	for (const dimension of DIMENSIONS) {
		const wanted = groups[dimension];
		let pending: ApplicableItem[] = [];
		let lastAnchor: number | null = null; // listItems index of the previous wanted item that is present
		const flush = (before: number | null): void => {
			if (pending.length === 0) return;
			const place = placeFor(facts, lines, dimension, lastAnchor, before, matcher);
			const render = pending.map((a) => checklistLine(a, lang, place.indent));
			if (place.line === null) appended.push(...render);
			else edits.push({ before: place.line, lines: [...(place.lead ?? []), ...render] });
			added.push(...pending);
			pending = [];
		};
		for (const a of wanted) {
			const at = present.get(a.item.id);
			if (at === undefined) {
				if (!mentioned.has(a.item.id)) pending.push(a);
			} else {
				flush(at);
				lastAnchor = at;
			}
		}
		flush(null);
		if (appended.length && !sectionOf(facts, dimension, matcher)) {
			// No section for this dimension: it gets one at the end of the note.
			const block = appended.splice(0);
			newSections.push({ before: lines.length + 1, lines: ["", SECTION_HEADINGS[dimension], "", ...block] });
		}
	}
	return { edits: [...edits, ...newSections], added };
}

interface Place {
	/** Line to insert before; null when the dimension has no section yet. */
	readonly line: number | null;
	readonly indent: string;
	/** Lines to put before the items (a blank line after a paragraph or block). */
	readonly lead?: readonly string[];
}

function placeFor(
	facts: NoteFacts,
	lines: readonly string[],
	dimension: Dimension,
	after: number | null,
	before: number | null,
	matcher: DimensionMatcher,
): Place {
	const indentOf = (i: number): string => /^\s*/.exec(lines[(facts.listItems[i]?.line ?? 1) - 1] ?? "")?.[0] ?? "";
	if (after !== null) {
		const item = facts.listItems[after];
		if (item) return { line: item.endLine + 1, indent: indentOf(after) };
	}
	if (before !== null) {
		const item = facts.listItems[before];
		if (item) return { line: item.line, indent: indentOf(before) };
	}
	const section = sectionOf(facts, dimension, matcher);
	if (!section) return { line: null, indent: "" };
	for (let n = section.from; n <= section.to; n++) {
		if ((lines[n - 1] ?? "").trim() === CHECKLIST_MARKER) return { line: n + 1, indent: "" };
	}
	const sub = facts.headings.find((h) => h.line > section.from && h.line <= section.to);
	const last = sub ? sub.line - 1 : section.to;
	// After the section's last top-level list, so the items join the team's list rather than land
	// after a query block, a comment or a closing paragraph that follows it.
	for (let i = facts.listItems.length - 1; i >= 0; i--) {
		const item = facts.listItems[i];
		if (item && item.parent === null && item.line > section.from && item.endLine <= last) return { line: item.endLine + 1, indent: indentOf(i) };
	}
	// No list yet: before the section's first sub-heading (or its end), after its last non-blank
	// line, a blank line apart from a paragraph or block.
	let end = last;
	while (end > section.from && (lines[end - 1] ?? "").trim() === "") end--;
	return { line: end + 1, indent: "", lead: end > section.from ? [""] : [] };
}

/** The first root-level section naming the dimension (tagged or named heading): its heading line and last line. */
function sectionOf(facts: NoteFacts, dimension: Dimension, matcher: DimensionMatcher): { from: number; to: number } | null {
	for (const h of facts.headings) {
		const d = h.tags.map((t) => matcher.ofTag(t.name)).find((x) => x !== null) ?? matcher.ofHeading(h.text);
		if (d === dimension) return { from: h.line, to: h.sectionEnd };
	}
	return null;
}
