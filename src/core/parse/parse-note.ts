/**
 * One note's text → its facts (see types.ts). Pure and total: any string in, a result out; problems
 * are reported, never thrown.
 */
import { scanBlockId } from "./block-ids.js";
import { readBlocksSteps, type BlockReader, type RawListItem } from "./blocks.js";
import { readFrontmatter } from "./frontmatter.js";
import { scanBracketedFields, scanWholeLineField } from "./inline-fields.js";
import { splitLines } from "./lines.js";
import { maskHiddenText } from "./mask.js";
import { applyBudgetsSteps } from "./budgets.js";
import { runSteps, STEP_EVERY, type Steps } from "./steps.js";
import { scanTags } from "./tags.js";
import { scanTaskEmoji } from "./task-emoji.js";
import type { BlockId, Heading, InlineField, ListItem, NoteFacts, Tag, TaskBox, WikiLink } from "./types.js";
import { scanWikiLinks } from "./wikilinks.js";

/** `- `, `* `, `+ `, `1. `, `1) ` then an optional `[c]` checkbox followed by white space or the end. */
const MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)(?:\[([^\]])\](?=[ \t]|$)[ \t]?)?/u;

interface Bucket {
	tags: Tag[];
	fields: InlineField[];
	links: WikiLink[];
	blockIds: BlockId[];
}

const emptyBucket = (): Bucket => ({ tags: [], fields: [], links: [], blockIds: [] });

export function parseNote(raw: string): NoteFacts {
	return runSteps(parseNoteSteps(raw));
}

/**
 * `parseNote` in steps (see steps.ts): a long note can be read a few milliseconds at a time.
 * `reader` is for tests, which hold the fast block reader to remark's tree (blocks.ts).
 */
export function* parseNoteSteps(raw: string, reader: BlockReader = "fast"): Steps<NoteFacts> {
	const lines = splitLines(raw);
	const front = readFrontmatter(lines);
	yield;
	const budgeted = yield* applyBudgetsSteps(maskHiddenText(lines), lines);
	const masked = budgeted.text;
	const maskedLines = masked === lines.text ? lines.content : splitMasked(masked, lines.starts, lines.content);
	const blocks = yield* readBlocksSteps(masked, lines, reader);
	const lineCount = lines.content.length;

	// Who owns each line: a list item (innermost), a heading, or the body.
	const owner = new Int32Array(lineCount + 2).fill(-1);
	blocks.listItems.forEach((item, i) => owner.fill(i, item.line, item.endLine + 1));
	const headingByLine = new Map<number, number>();
	blocks.headings.forEach((h, i) => headingByLine.set(h.line, i));

	const itemBuckets = blocks.listItems.map(emptyBucket);
	const headingBuckets = blocks.headings.map(emptyBucket);
	const body = emptyBucket();
	const allTags: Tag[] = [...front.tags];
	const allLinks: WikiLink[] = [];
	const frontEnd = front.frontmatter?.endLine ?? 0;
	const itemStarts = new Map<number, number>();
	blocks.listItems.forEach((item, i) => itemStarts.set(item.line, i));

	for (let line = frontEnd + 1; line <= lineCount; line++) {
		if (line % STEP_EVERY === 0) yield;
		if (blocks.opaqueLines.has(line)) continue;
		const text = maskedLines[line - 1] ?? "";
		if (!mayHoldMetadata(text)) continue;
		const skips = blocks.inlineSkips.get(line) ?? [];
		const links = scanWikiLinks(text, line, skips);
		const linkSkips = links.length ? [...skips, ...links.map((l) => [l.from, l.to] as const)] : skips;
		const tags = scanTags(text, linkSkips).map((t): Tag => ({ ...t, name: t.name, line, source: "inline" }));
		const fields = scanBracketedFields(text, line, skips);
		const startsItem = itemStarts.has(line);
		const heading = headingByLine.get(line);
		if (!startsItem && heading === undefined && fields.length === 0) {
			const whole = scanWholeLineField(text, line);
			if (whole) fields.push(whole);
		}
		const blockId = scanBlockId(text, line);

		const bucket =
			heading !== undefined ? headingBuckets[heading] : (owner[line] ?? -1) >= 0 ? itemBuckets[owner[line] ?? 0] : body;
		if (!bucket) continue;
		bucket.tags.push(...tags);
		bucket.fields.push(...fields);
		bucket.links.push(...links);
		if (blockId) bucket.blockIds.push(blockId);
		allTags.push(...tags);
		allLinks.push(...links);
	}

	const headings = buildHeadings(blocks.headings, headingBuckets, lineCount);
	// Items come in line order, so the innermost heading above each one is found in one pass.
	let h = -1;
	const listItems: ListItem[] = [];
	for (const [i, item] of blocks.listItems.entries()) {
		if (i % STEP_EVERY === STEP_EVERY - 1) yield;
		while (h + 1 < headings.length && (headings[h + 1]?.line ?? Infinity) < item.line) h++;
		const context = { original: lines.content, masked: maskedLines, lineStart: lines.starts[item.line - 1] ?? 0 };
		listItems.push(buildListItem(item, itemBuckets[i] ?? emptyBucket(), context, h >= 0 ? h : null));
	}
	return {
		lineCount,
		frontmatter: front.frontmatter,
		tags: allTags,
		headings,
		listItems,
		body: { tags: body.tags, fields: body.fields, links: body.links, blockId: null, blockIds: body.blockIds },
		links: allLinks,
		problems: budgeted.problems.length > 0 ? [...front.problems, ...budgeted.problems] : front.problems,
	};
}

function mayHoldMetadata(line: string): boolean {
	return /[#:[^\u2190-\u2BFF\uD83C-\uD83E]/.test(line);
}

function splitMasked(masked: string, starts: readonly number[], content: readonly string[]): string[] {
	return content.map((c, i) => masked.slice(starts[i] ?? 0, (starts[i] ?? 0) + c.length));
}

function buildHeadings(raw: readonly { line: number; depth: number; text: string }[], buckets: Bucket[], lineCount: number): Heading[] {
	const stack: number[] = [];
	return raw.map((h, i) => {
		while (stack.length && (raw[stack[stack.length - 1] ?? 0]?.depth ?? 0) >= h.depth) stack.pop();
		const parent = stack.length ? (stack[stack.length - 1] ?? null) : null;
		stack.push(i);
		let sectionEnd = lineCount;
		for (let j = i + 1; j < raw.length; j++) {
			const next = raw[j];
			if (next && next.depth <= h.depth) {
				sectionEnd = next.line - 1;
				break;
			}
		}
		const b = buckets[i] ?? emptyBucket();
		return { line: h.line, sectionEnd, depth: h.depth, text: h.text, parent, tags: b.tags, fields: b.fields, links: b.links, blockId: lastOf(b.blockIds) };
	});
}

interface LineContext {
	readonly original: readonly string[];
	readonly masked: readonly string[];
	readonly lineStart: number;
}

function buildListItem(item: RawListItem, bucket: Bucket, ctx: LineContext, heading: number | null): ListItem {
	const lineText = ctx.masked[item.line - 1] ?? "";
	const indent = item.start - ctx.lineStart;
	const m = MARKER.exec(lineText.slice(indent));
	const markerLength = m ? m[0].length : 0;
	const task: TaskBox | null = m?.[3] !== undefined ? { status: m[3], at: indent + lineText.slice(indent).indexOf("[") + 1 } : null;
	const textFrom = indent + markerLength;
	const firstLine = bucket.blockIds.filter((b) => b.line === item.line);
	const skippable = [
		...bucket.tags.filter((t) => t.line === item.line).map((t) => [t.from, t.to] as const),
		...bucket.fields.filter((f) => f.line === item.line).map((f) => [f.from, f.to] as const),
		...firstLine.map((b) => [b.from, b.to] as const),
	].sort((a, b) => a[0] - b[0]);
	return {
		line: item.line,
		endLine: item.endLine,
		indent,
		parent: item.parent,
		heading,
		task,
		text: (ctx.original[item.line - 1] ?? "").slice(textFrom),
		textFrom,
		emoji: scanTaskEmoji(lineText, item.line, textFrom, skippable),
		tags: bucket.tags,
		fields: bucket.fields,
		links: bucket.links,
		blockId: firstLine[0] ?? lastOf(bucket.blockIds),
	};
}

function lastOf<T>(xs: readonly T[]): T | null {
	return xs.length ? (xs[xs.length - 1] ?? null) : null;
}
