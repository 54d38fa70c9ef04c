/**
 * Block records read straight from micromark's events, without building remark's syntax tree.
 * micromark is the tokenizer inside remark-parse; skipping the tree (and the GFM extensions a piece
 * cannot use) halves the cost of a long note. Where the tree would add something the events do not
 * say directly, this reader declines and `blocks-from-tree.ts` reads the piece instead:
 * - GFM autolink literals (`www.`, `https://`, e-mails) where the tree's links could change what a
 *   note says (`autolink-literals.ts`).
 * - a root heading whose text holds anything but plain text, emphasis, strikethrough, escapes or code
 *   spans (a link, an image, a character reference: their text is assembled by mdast).
 * That the two readers give the same note facts is a property test (tests/core/parse/block-readers.property.test.ts).
 */
import { parse, postprocess, preprocess } from "micromark";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import type { Event, Extension, ParseContext, Token } from "micromark-util-types";
import { autolinkLiteralsMatter } from "./autolink-literals.js";
import { cleanHeadingText, emptyPieceRecords, type PieceRecords } from "./block-records.js";
import { PLACEHOLDER } from "./mask.js";

/**
 * Each extension can only act on a piece holding its trigger, and most are tried at the start of
 * every block line (a table at every line; frontmatter at every `-`, which opens most list items),
 * so a piece gets only those it can use. Task list items are cheap (tried at `[` only), always on.
 */
const taskListItem = gfmTaskListItem();
const yaml = frontmatter();
const table = gfmTable();
const strikethrough = gfmStrikethrough();
const footnote = gfmFootnote();

/** Frontmatter opens a note; the chunker never starts a later piece with `---`. */
const FRONTMATTER_START = /^\uFEFF?---/;
/**
 * A table needs a delimiter row: cells of `-` with optional `:`, between pipes, under quote
 * markers. This matches a superset of them (any line of only those characters with a `-`).
 */
const DELIMITER_ROW = /^[ \t>|:-]*-[ \t>|:-]*\r?$/m;

/** Whether a piece may hold a GFM table (a superset: no table without this). */
export const mayHoldTable = (piece: string): boolean => piece.includes("|") && DELIMITER_ROW.test(piece);

function extensionsFor(piece: string): { readonly key: number; readonly extensions: Extension[] } {
	const extensions = [taskListItem];
	let key = 0;
	const add = (extension: Extension, bit: number): void => {
		extensions.push(extension);
		key |= bit;
	};
	if (FRONTMATTER_START.test(piece)) add(yaml, 1);
	if (mayHoldTable(piece)) add(table, 2);
	if (piece.includes("~")) add(strikethrough, 4);
	if (piece.includes("[^")) add(footnote, 8);
	return { key, extensions };
}

/** What micromark's parser learns while it reads a document: definitions seen, lazy lines, footnotes defined. */
type ParserState = ParseContext & { gfmFootnotes?: string[] };

/**
 * micromark's parser for each set of extensions, made once: `parse` combines the extensions with the
 * default constructs on every call, which cost more than reading a short piece. A parser also keeps
 * what it learns about the document it reads, so that is emptied before each piece (a definition in one
 * note must not make a link of another's text; a test holds it to the fields micromark keeps).
 */
const parsers = new Map<number, ParserState>();

function parserFor(piece: string): ParserState {
	const { key, extensions } = extensionsFor(piece);
	let parser = parsers.get(key);
	if (parser === undefined) parsers.set(key, (parser = parse({ extensions }) as ParserState));
	parser.defined = [];
	parser.lazy = {};
	parser.gfmFootnotes = undefined;
	return parser;
}

/** Containers a root heading cannot be inside. */
const CONTAINERS = new Set(["listOrdered", "listUnordered", "blockQuote", "gfmFootnoteDefinition"]);
/** Nothing on these lines is metadata. */
const OPAQUE = new Set(["codeFenced", "codeIndented", "htmlFlow", "yaml"]);
/** Inline spans no tag or field starts in; remark's `inlineCode`, links, images and inline `html`. */
const SKIPPED = new Set(["codeText", "link", "image", "autolink", "htmlText"]);
/** What mdast-util-from-markdown passes over when it looks for where a list item's content ends. */
const LINE_PREFIXES = new Set(["linePrefix", "blockQuotePrefix", "blockQuotePrefixWhitespace", "blockQuoteMarker", "listItemIndent"]);
/** Tokens whose text is a heading's text as mdast-util-to-string gives it. */
const HEADING_TEXT = new Set(["data", "characterEscapeValue", "lineEnding", "codeTextData"]);
/** Tokens in a heading's text that add nothing to it. */
const HEADING_MARKUP = new Set([
	"lineSuffix",
	"linePrefix",
	"characterEscape",
	"escapeMarker",
	"emphasis",
	"emphasisSequence",
	"emphasisText",
	"strong",
	"strongSequence",
	"strongText",
	"strikethrough",
	"strikethroughSequence",
	"strikethroughText",
	"codeTextSequence",
	"codeTextPadding",
]);

/** The piece's records, or null where only the syntax tree gives them exactly. */
export function readPieceEvents(piece: string): PieceRecords | null {
	const tokenizer = parserFor(piece).document();
	// micromark's tokenizer, not DOM's document.write, which the lint rule takes it for.
	const tokenize = (chunks: ReturnType<ReturnType<typeof preprocess>>) => tokenizer.write(chunks);
	const records = readEvents(postprocess(tokenize(preprocess()(piece, undefined, true))), piece);
	return records && autolinkLiteralsMatter(piece, records) ? null : records;
}

interface OpenList {
	readonly parent: number | null;
	item: number;
}

function readEvents(events: readonly Event[], piece: string): PieceRecords | null {
	const out = emptyPieceRecords();
	const lists: OpenList[] = [];
	let containers = 0;
	for (let i = 0; i < events.length; i++) {
		const [kind, token] = events[i] as Event;
		const type = token.type as string;
		if (CONTAINERS.has(type)) {
			containers += kind === "enter" ? 1 : -1;
			if (type === "listOrdered" || type === "listUnordered") {
				if (kind === "enter") {
					const outer = lists[lists.length - 1];
					lists.push({ parent: outer && outer.item >= 0 ? outer.item : null, item: -1 });
				} else {
					const list = lists.pop();
					if (list) closeItem(out, list, events, i);
				}
			}
			continue;
		}
		if (kind === "exit") continue;
		if (type === "listItemPrefix") {
			const list = lists[lists.length - 1];
			if (!list) continue;
			closeItem(out, list, events, i);
			out.listItems.push({ from: token.start.offset, to: token.end.offset, parent: list.parent });
			list.item = out.listItems.length - 1;
		} else if (OPAQUE.has(type)) {
			out.opaque.push([token.start.offset, token.end.offset]);
			i = exitOf(events, i, token);
		} else if (SKIPPED.has(type)) {
			// The outermost span only, as remark's tree walk sees it: link text holds no tags either.
			out.skips.push([token.start.offset, token.end.offset]);
			i = exitOf(events, i, token);
		} else if (containers === 0 && (type === "atxHeading" || type === "setextHeading")) {
			const end = exitOf(events, i, token);
			const heading = readHeading(events, i, end, piece, out.skips);
			if (!heading) return null;
			out.headings.push(heading);
			i = end;
		}
	}
	return out;
}

function exitOf(events: readonly Event[], index: number, token: Token): number {
	let i = index + 1;
	while (i < events.length && events[i]?.[1] !== token) i++;
	return i;
}

/**
 * Ends the list's open item where mdast-util-from-markdown ends it: before the trailing run of
 * line endings and line prefixes that precedes the next item or the list's end, or else at the
 * closing event's own end.
 */
function closeItem(out: PieceRecords, list: OpenList, events: readonly Event[], index: number): void {
	const item = list.item >= 0 ? out.listItems[list.item] : undefined;
	if (!item) return;
	let lineEnding = -1;
	for (let t = index - 1; t >= 0; t--) {
		const [kind, token] = events[t] as Event;
		const type = token.type as string;
		if (type === "lineEnding" || type === "lineEndingBlank") {
			if (kind === "enter") lineEnding = t;
		} else if (!LINE_PREFIXES.has(type)) break;
	}
	const at = lineEnding > 0 ? events[lineEnding] : events[index];
	item.to = lineEnding > 0 ? (at?.[1].start.offset ?? item.to) : (at?.[1].end.offset ?? item.to);
	list.item = -1;
}

/**
 * The heading's depth and text, or null when its text holds more than plain text, emphasis and code
 * spans (a code span gives its text, as mdast's toString does, and is skipped like any other).
 */
function readHeading(events: readonly Event[], start: number, end: number, piece: string, skips: PieceRecords["skips"]): PieceRecords["headings"][number] | null {
	const heading = events[start]?.[1];
	if (!heading) return null;
	let depth = 0;
	let inText = false;
	let text = "";
	for (let i = start + 1; i < end; i++) {
		const [kind, token] = events[i] as Event;
		const type = token.type as string;
		if (type === "atxHeadingText" || type === "setextHeadingText") {
			inText = kind === "enter";
		} else if (type === "atxHeadingSequence") {
			if (depth === 0) depth = token.end.offset - token.start.offset;
		} else if (type === "setextHeadingLineSequence") {
			depth = piece.charCodeAt(token.start.offset) === 61 /* = */ ? 1 : 2;
		} else if (inText) {
			if (HEADING_TEXT.has(type)) {
				if (kind === "exit") text += piece.slice(token.start.offset, token.end.offset);
			} else if (type === "codeText") {
				if (kind === "enter") skips.push([token.start.offset, token.end.offset]);
			} else if (!HEADING_MARKUP.has(type)) return null;
		}
	}
	return { from: heading.start.offset, depth, text: cleanHeadingText(text, PLACEHOLDER) };
}
