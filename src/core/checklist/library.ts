/**
 * The checklist library: a markdown note a strategist can edit in Obsidian. Under each dimension
 * heading, one bullet per item — its Chinese text and `^ck-…` block id — with child bullets
 * `en:: …`, `when:: …` and `source:: §…`. Read with the project's own parser; every problem is
 * reported on its line, and an item with a problem is left out rather than guessed at.
 */
import { parseNote } from "../parse/parse-note.js";
import type { InlineField, ListItem, NoteFacts, Problem } from "../parse/types.js";
import { scanWholeLineField } from "../parse/inline-fields.js";
import type { PlanConfig } from "../plan/config.js";
import { dimensionMatcher, type DimensionMatcher } from "../plan/dimension-of.js";
import { isDimension, type Dimension } from "../plan/dimensions.js";
import { cutSpans } from "../plan/items.js";
import { parseCondition, type Condition } from "./conditions.js";

export interface LibraryItem {
	readonly id: string;
	readonly dimension: Dimension;
	readonly zh: string;
	readonly en: string;
	readonly condition: Condition;
	/** The condition as written, for display and export. */
	readonly when: string;
	/** Paper sections, e.g. ["§3.1", "§4.2"]. */
	readonly sources: readonly string[];
	readonly line: number;
}

export interface Library {
	/** In the note's order: the order items are added to plans. */
	readonly items: readonly LibraryItem[];
	readonly problems: readonly Problem[];
}

const ITEM_KEYS = new Set(["en", "when", "source", "dimension", "zh"]);

export function readLibrary(text: string, config: PlanConfig): Library {
	const facts = parseNote(text);
	const matcher = dimensionMatcher(config);
	const problems: Problem[] = [...facts.problems];
	const items: LibraryItem[] = [];
	const firstLine = new Map<string, number>();

	// Each item's child bullets, found in one pass (not one scan of the note per item).
	const children = new Map<number, ListItem[]>();
	for (const child of facts.listItems) {
		if (child.parent === null || child.task) continue;
		const list = children.get(child.parent);
		if (list) list.push(child);
		else children.set(child.parent, [child]);
	}

	facts.listItems.forEach((item, index) => {
		const fields = fieldsOf(item, children.get(index) ?? []);
		const id = item.blockId?.id ?? null;
		if (id === null) {
			if ([...fields.keys()].some((k) => ITEM_KEYS.has(k))) {
				problems.push({ line: item.line, code: "library-missing-id", args: { text: item.text.trim().slice(0, 40) } });
			}
			return;
		}
		if (!id.startsWith("ck-")) {
			problems.push({ line: item.line, code: "library-bad-id", args: { id } });
			return;
		}
		const first = firstLine.get(id);
		if (first !== undefined) {
			problems.push({ line: item.line, code: "library-duplicate-id", args: { id, first: String(first) } });
			return;
		}
		firstLine.set(id, item.line);

		const bad = (code: Problem["code"], args: Record<string, string> = {}): void => {
			problems.push({ line: item.line, code, args: { id, ...args } });
		};
		const declared = fields.get("dimension");
		let dimension: Dimension | null = null;
		if (declared !== undefined) {
			const d = declared.trim().toLowerCase();
			dimension = isDimension(d) ? d : matcher.ofHeading(declared);
			if (!dimension) return bad("library-unknown-dimension", { value: declared });
		} else dimension = dimensionOf(facts, item, matcher);
		if (!dimension) return bad("library-no-dimension");

		const zh = fields.get("zh") ?? ownText(item);
		const en = fields.get("en")?.trim() ?? "";
		if (zh === "") return bad("library-missing-translation", { lang: "zh" });
		if (en === "") return bad("library-missing-translation", { lang: "en" });
		const when = fields.get("when")?.trim() ?? "always";
		const condition = parseCondition(when);
		if (!condition.ok) return bad("library-bad-condition", { detail: condition.error });
		const sources = (fields.get("source") ?? "")
			.split(/[,，、;；]/)
			.map((s) => s.trim())
			.filter((s) => s !== "");
		if (sources.length === 0) return bad("library-missing-source");
		items.push({ id, dimension, zh, en, condition: condition.condition, when, sources, line: item.line });
	});
	if (items.length === 0 && problems.length === 0) problems.push({ line: 1, code: "library-empty" });
	return { items, problems: problems.sort((a, b) => a.line - b.line) };
}

/** Fields of an item: child bullets `- key:: value`, continuation lines, and inline `[key:: value]`. */
function fieldsOf(item: ListItem, children: readonly ListItem[]): Map<string, string> {
	const out = new Map<string, string>();
	const put = (f: InlineField | null): void => {
		if (f && !out.has(f.canonicalKey)) out.set(f.canonicalKey, f.value.trim());
	};
	item.fields.forEach(put);
	for (const child of children) put(scanWholeLineField(child.text, child.line));
	return out;
}

function ownText(item: ListItem): string {
	const cuts = [...item.fields.filter((f) => f.line === item.line && f.style !== "line"), ...(item.blockId ? [item.blockId] : [])];
	return cutSpans(item.text, item.textFrom, cuts);
}

function dimensionOf(facts: NoteFacts, item: ListItem, matcher: DimensionMatcher): Dimension | null {
	for (const tag of item.tags) {
		const d = matcher.ofTag(tag.name);
		if (d) return d;
	}
	for (let h = item.heading; h !== null; h = facts.headings[h]?.parent ?? null) {
		const heading = facts.headings[h];
		if (!heading) break;
		for (const tag of heading.tags) {
			const d = matcher.ofTag(tag.name);
			if (d) return d;
		}
		const named = matcher.ofHeading(heading.text);
		if (named) return named;
	}
	return null;
}
