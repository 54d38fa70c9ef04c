/**
 * One note's facts → its plan items, each with a dimension resolved as DESIGN.md states:
 * the item's own tag, else its nearest tagged ancestor list item, else its innermost section with
 * a dimension (tagged or named heading), else the note's (frontmatter `dimension`, a dimension tag
 * in frontmatter `tags`, or one standing in the body outside any list item and heading).
 */
import type { Heading, InlineField, ListItem, NoteFacts, Problem, Span, Tag } from "../parse/types.js";
import type { PlanConfig } from "./config.js";
import type { DimensionMatcher } from "./dimension-of.js";
import { isDimension, type Dimension } from "./dimensions.js";
import { mergeFields } from "./fields.js";
import { ownRecord, ownString } from "./own-string.js";
import { ITEMS_PER_STEP, runSteps, STEP_EVERY, type Steps } from "../parse/steps.js";

export type ItemKind = "task" | "initiative" | "section" | "note";
export type Status = "open" | "done" | "in-progress" | "cancelled";

export interface Item {
	readonly path: string;
	readonly line: number;
	readonly dimension: Dimension;
	readonly kind: ItemKind;
	readonly status: Status | null;
	/** The checkbox character as written (tasks only): statuses beyond the four are kept here. */
	readonly statusChar: string | null;
	readonly text: string;
	readonly fields: Readonly<Record<string, string>>;
	readonly tags: readonly string[];
	readonly blockId: string | null;
	/** Line of the list item this one is nested under, if any. */
	readonly parentLine: number | null;
	readonly plan: string | null;
}

export type ItemDraft = Omit<Item, "plan">;

/**
 * A task that gets no dimension (no tag, no dimension heading above it, none for its note): in no
 * quadrant, but listed in its plan's unsorted tray and counted as a problem, never dropped silently.
 */
export type UnsortedDraft = Omit<ItemDraft, "dimension">;
export type UnsortedTask = Omit<Item, "dimension"> & { readonly plan: string };
/** An item as a list shows it, in a quadrant or the unsorted tray. */
export type ListedItem = Omit<Item, "dimension">;

export interface NoteItems {
	readonly items: ItemDraft[];
	readonly unsorted: UnsortedDraft[];
}

export function statusOf(char: string): Status {
	if (char === "x" || char === "X") return "done";
	if (char === "/") return "in-progress";
	if (char === "-") return "cancelled";
	return "open"; // ' ' and any other status character count as not done, as in the Tasks plugin
}

export function extractItems(path: string, facts: NoteFacts, matcher: DimensionMatcher, config: PlanConfig, problems: Problem[]): NoteItems {
	return runSteps(extractItemsSteps(path, facts, matcher, config, problems));
}

/** `extractItems` in steps (see parse/steps.ts): a note of thousands of tasks yields every few hundred. */
export function* extractItemsSteps(
	path: string,
	facts: NoteFacts,
	matcher: DimensionMatcher,
	config: PlanConfig,
	problems: Problem[],
): Steps<NoteItems> {
	const firstDimension = (tags: readonly Tag[]): Dimension | null => {
		for (const tag of tags) {
			const d = matcher.ofTag(tag.name);
			if (d) return d;
		}
		return null;
	};
	const headingTagDims: (Dimension | null)[] = [];
	const headingDims: (Dimension | null)[] = [];
	for (const [i, h] of facts.headings.entries()) {
		if (i % STEP_EVERY === STEP_EVERY - 1) yield;
		const tagged = firstDimension(h.tags);
		headingTagDims.push(tagged);
		headingDims.push(tagged ?? matcher.ofHeading(h.text));
	}
	const noteDim = noteDimension(facts, matcher, firstDimension);
	const itemTagDims: (Dimension | null)[] = [];
	for (const [i, item] of facts.listItems.entries()) {
		if (i % STEP_EVERY === STEP_EVERY - 1) yield;
		itemTagDims.push(firstDimension(item.tags));
	}

	const sectionDimension = (heading: number | null): Dimension | null => {
		for (let h = heading; h !== null; h = facts.headings[h]?.parent ?? null) {
			const d = headingDims[h];
			if (d) return d;
		}
		return null;
	};

	const out: ItemDraft[] = [];
	const unsorted: UnsortedDraft[] = [];
	if (noteDim) {
		// Fields written in the body come first (mergeFields keeps the first of a key), then the frontmatter's.
		const fields = mergeFields([...facts.body.fields, ...frontmatterFields(facts)], [], config, problems);
		const bodyTags = new Set(facts.body.tags);
		out.push(owned(noteDim, {
			path,
			line: 1,
			kind: "note",
			status: null,
			statusChar: null,
			text: basename(path),
			fields,
			tags: tagNames(facts.tags.filter((t) => t.source === "frontmatter" || bodyTags.has(t))),
			blockId: null,
			parentLine: null,
		}));
	}
	facts.headings.forEach((heading, i) => {
		const d = headingTagDims[i];
		if (!d) return;
		out.push(owned(d, {
			path,
			line: heading.line,
			kind: "section",
			status: null,
			statusChar: null,
			text: headingText(heading, matcher),
			fields: mergeFields(heading.fields, [], config, problems),
			tags: tagNames(heading.tags),
			blockId: heading.blockId?.id ?? null,
			parentLine: null,
		}));
	});
	let sinceYield = 0;
	for (const [i, item] of facts.listItems.entries()) {
		const own = itemTagDims[i] ?? null;
		if (!item.task && !own) continue; // a plain bullet is prose, not an item
		if (++sinceYield === ITEMS_PER_STEP) {
			sinceYield = 0;
			yield;
		}
		let dimension = own;
		for (let p = item.parent; !dimension && p !== null; p = facts.listItems[p]?.parent ?? null) dimension = itemTagDims[p] ?? null;
		dimension ??= sectionDimension(item.heading) ?? noteDim;
		// A task with no dimension reports its fields' problems only once it has one: until then its one
		// problem is that it has none (when its note is in a plan), not a date in a note of no plan.
		const { text, fields } = shownItem(item, matcher, config, dimension ? problems : []);
		const draft: UnsortedDraft = {
			path,
			line: item.line,
			kind: item.task ? "task" : "initiative",
			status: item.task ? statusOf(item.task.status) : null,
			statusChar: item.task?.status ?? null,
			text,
			fields,
			tags: tagNames(item.tags),
			blockId: item.blockId?.id ?? null,
			parentLine: item.parent === null ? null : (facts.listItems[item.parent]?.line ?? null),
		};
		if (dimension) out.push(owned(dimension, draft));
		else unsorted.push(ownedTask(draft)); // only tasks get here: an untagged plain bullet went on above
	}
	yield;
	return { items: out.sort((a, b) => a.line - b.line), unsorted };
}

/**
 * Strings of its own (not slices pinning the note's text in memory), as every cached record holds.
 * Items are built as literals with their keys in one order, never spread: V8 gave each spread copy a
 * hidden class of its own, and every later read of any item's field (summaries, filters, the view) was
 * then a slow lookup (measured: 100× slower over a 2,000-item plan).
 */
function owned(dimension: Dimension, draft: UnsortedDraft): ItemDraft {
	const d = ownedTask(draft);
	return { path: d.path, line: d.line, dimension, kind: d.kind, status: d.status, statusChar: d.statusChar, text: d.text, fields: d.fields, tags: d.tags, blockId: d.blockId, parentLine: d.parentLine };
}

function ownedTask(d: UnsortedDraft): UnsortedDraft {
	return {
		path: d.path,
		line: d.line,
		kind: d.kind,
		status: d.status,
		statusChar: d.statusChar,
		text: ownString(d.text),
		fields: ownRecord(d.fields),
		tags: d.tags.map(ownString),
		blockId: d.blockId === null ? null : ownString(d.blockId),
		parentLine: d.parentLine,
	};
}

/** A note's item in the vault's index, in its plan (a literal, one hidden class for all: see `owned`). */
export function itemInPlan(d: ItemDraft, plan: string | null): Item {
	return { path: d.path, line: d.line, dimension: d.dimension, kind: d.kind, status: d.status, statusChar: d.statusChar, text: d.text, fields: d.fields, tags: d.tags, blockId: d.blockId, parentLine: d.parentLine, plan };
}

/** A note's task with no dimension in the vault's index, in its plan's unsorted tray (a literal, as `itemInPlan`). */
export function taskInPlan(d: UnsortedDraft, plan: string): UnsortedTask {
	return { path: d.path, line: d.line, kind: d.kind, status: d.status, statusChar: d.statusChar, text: d.text, fields: d.fields, tags: d.tags, blockId: d.blockId, parentLine: d.parentLine, plan };
}

/** A card's owner, due date, market and priority may also be properties; read them as whole-line fields. */
function frontmatterFields(facts: NoteFacts): InlineField[] {
	const fm = facts.frontmatter;
	if (!fm) return [];
	return ["owner", "due", "market", "priority"].flatMap((key): InlineField[] => {
		const v = fm.data[key];
		if (typeof v !== "string" && typeof v !== "number") return [];
		return [{ key, canonicalKey: key, value: String(v), style: "line", line: fm.keyLines[key] ?? fm.startLine, from: 0, to: 0 }];
	});
}

function noteDimension(
	facts: NoteFacts,
	matcher: DimensionMatcher,
	firstDimension: (tags: readonly Tag[]) => Dimension | null,
): Dimension | null {
	const declared = facts.frontmatter?.data.dimension;
	if (typeof declared === "string") {
		const d = declared.trim().toLowerCase();
		if (isDimension(d)) return d;
		const named = matcher.ofHeading(declared) ?? matcher.ofTag(declared);
		if (named) return named;
	}
	return firstDimension(facts.tags.filter((t) => t.source === "frontmatter")) ?? firstDimension(facts.body.tags);
}

/**
 * What a view shows of a list item (its text) and its fields. `@王芳` at the end of the line is its
 * owner, as the CLI prints owners, unless an owner field is written (which wins); the mention then
 * leaves the text. Toggling checks a line against this same text, so it must be the one function.
 */
export function shownItem(item: ListItem, matcher: DimensionMatcher, config: PlanConfig, problems: Problem[]): { text: string; fields: Record<string, string> } {
	const fields = mergeFields(item.fields, item.emoji, config, problems);
	const text = itemText(item, matcher);
	const mentioned = trailingMentions(text);
	if (!mentioned || fields.owner !== undefined) return { text, fields };
	return { text: mentioned.text, fields: { ...fields, owner: mentioned.owners.join(", ") } };
}

/** The item's first line without its dimension tags, inline fields, emoji fields and block id. */
export function itemText(item: ListItem, matcher: DimensionMatcher): string {
	const onLine = (s: Span): boolean => s.line === item.line;
	const cuts: Span[] = [
		...item.tags.filter((t) => onLine(t) && matcher.ofTag(t.name)),
		...item.fields.filter((f) => onLine(f) && f.style !== "line"),
		...item.emoji,
		...(item.blockId && onLine(item.blockId) ? [item.blockId] : []),
	];
	return cutSpans(item.text, item.textFrom, cuts);
}

function headingText(heading: Heading, matcher: DimensionMatcher): string {
	const names = new Set(heading.tags.filter((t) => matcher.ofTag(t.name)).map((t) => `#${t.name}`));
	return heading.text
		.split(/(\s+)/)
		.filter((w) => !names.has(w))
		.join("")
		.replace(/\s+/g, " ")
		.trim();
}

/** Removes column spans from a line's text that starts at `textFrom`, then tidies white space. */
export function cutSpans(text: string, textFrom: number, cuts: readonly Span[]): string {
	const sorted = [...cuts].sort((a, b) => b.from - a.from);
	let out = text;
	for (const c of sorted) {
		const a = Math.max(0, c.from - textFrom);
		const b = Math.max(a, c.to - textFrom);
		out = out.slice(0, a) + CUT + out.slice(b);
	}
	// Where something was cut out right before closing punctuation, close the gap ("US, parked",
	// not "US , parked"); white space the user wrote elsewhere is only collapsed.
	return out.replace(CUT_BEFORE_PUNCTUATION, "").replace(/[\s\uFFFF]+/g, " ").trim();
}

/** One `@name` (no spaces; not part of an e-mail address, which has a letter before its `@`). */
const MENTION = /(?:^|\s)@([^\s@#[\](){}<>,，;；:：。!！?？、]+)$/u;

/** The `@name`s that end an item's text, and the text without them; null when it ends in none. */
export function trailingMentions(text: string): { readonly text: string; readonly owners: readonly string[] } | null {
	const owners: string[] = [];
	let rest = text;
	for (let m = MENTION.exec(rest); m; m = MENTION.exec(rest)) {
		owners.unshift(m[1] ?? "");
		rest = rest.slice(0, m.index).trimEnd();
	}
	return owners.length === 0 || rest === "" ? null : { text: rest, owners };
}

/** Marks a cut; U+FFFF is a noncharacter, never in a note's text. */
const CUT = "\uFFFF";
const CUT_BEFORE_PUNCTUATION = /\s*\uFFFF[\s\uFFFF]*(?=[,.;:!?，。；：！？、）)\]】」》])/gu;

function tagNames(tags: readonly Tag[]): string[] {
	return [...new Set(tags.map((t) => `#${t.name}`))];
}

export function basename(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.replace(/\.md$/i, "");
}
