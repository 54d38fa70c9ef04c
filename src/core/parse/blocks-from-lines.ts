/**
 * Block records read line by line, without micromark, for what most of a note is made of:
 * paragraphs, list items (bullets, numbers, tasks, nested by spaces or tabs), plain headings at the
 * root, frontmatter, tables at the root, quotes and callouts at the root (one level), and the spans no
 * metadata starts in that people write most (code spans, simple links and images, URI autolinks). A
 * piece holding anything else (fences, HTML, nested quotes, setext headings, thematic breaks,
 * indented code, definitions, a heading with markup, a link with a title…) is declined, and `blocks.ts` reads it from micromark's events as
 * before. The reader follows CommonMark for that subset: list items by their content column (tab
 * stops of 4), lazy continuation lines, which list items may interrupt a paragraph, code spans by
 * their backtick runs. Reading a piece costs a small fraction of micromark's tokenizing; that it
 * gives exactly the events reader's records for every piece it accepts is a property test
 * (tests/core/parse/blocks-from-lines.property.test.ts).
 */
import { autolinkLiteralsMatter } from "./autolink-literals.js";
import { cleanHeadingText, emptyPieceRecords, type PieceRecords } from "./block-records.js";
import { mayHoldTable } from "./blocks-from-events.js";
import { FRONTMATTER_FENCE } from "./chunks.js";
import { PLACEHOLDER } from "./mask.js";

/** What micromark may open at a line's first character that this reader does not follow. */
const DECLINED_START = /^(?:>|```|~~~|[-*_=][-*_= \t]*$)/;
const BULLET = /^[-*+](?=[ \t]|$)/;
const ORDERED = /^(\d{1,9})[.)](?=[ \t]|$)/;
const ATX = /^#{1,6}(?=[ \t]|$)/;
/** In a heading's text: what micromark reads as more than plain text (the events reader's tree cases). */
const HEADING_MARKUP = /[`<[\]\\&*_~]/;
const CLOSING_SEQUENCE = /[ \t]+#+[ \t]*$/;
const ONLY_CLOSING_SEQUENCE = /^[ \t]*#+[ \t]*$/;
const LINE_ENDING = /\r\n?|\n/g;
/** A URI autolink (`<https://…>`): a scheme of 2–32 characters, then no space, control character or angle bracket. */
const AUTOLINK = /^<[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>\p{Cc}]*>/u;
/** A link's destination as far as this reader follows it: no space, parenthesis, escape, backtick or control character, then `)`. */
const LINK_DESTINATION = /^[^\s()\\`<>\p{Cc}]*(?=\))/u;
/** What makes a link's text more than this reader follows: nested brackets, code, escapes, HTML. */
const LINK_TEXT_DECLINED = /[[\]`\\<^]/;
/** In a piece that may hold a table: a line with a `|` and a span its cells could cut. */
const TABLE_LINE_DECLINED = /[`<]|\]\(/;

interface OpenItem {
	readonly index: number;
	readonly contentColumn: number;
}

/** The piece's records, or null where it holds what only micromark reads exactly. */
export function readPieceLines(piece: string): PieceRecords | null {
	// A definition (`[a]: /u`, `[^1]: note`) makes links of other text.
	if (piece.charCodeAt(0) === 0xfeff || piece.includes("]:")) return null;
	const tables = mayHoldTable(piece);
	const out = emptyPieceRecords();
	const items: OpenItem[] = [];
	/** A paragraph is open in the innermost open item (or at the root): the next line may continue it. */
	let paragraph = false;
	/** A quote is open at the root; every open item is inside it. */
	let quoted = false;
	let lineNumber = 0;
	let frontmatter = piece.startsWith("---");

	const crlf = piece.includes("\r");
	LINE_ENDING.lastIndex = 0;
	for (let start = 0; start <= piece.length; lineNumber++) {
		let end: number;
		let next: number;
		if (crlf) {
			const m = LINE_ENDING.exec(piece);
			end = m ? m.index : piece.length;
			next = m ? m.index + m[0].length : piece.length + 1;
		} else {
			const nl = piece.indexOf("\n", start);
			end = nl < 0 ? piece.length : nl;
			next = end + 1;
		}
		const line = piece.slice(start, end);
		const lineStart = start;
		start = next;

		if (frontmatter) {
			// Opened on the first line, closed by the next fence; unclosed, micromark reads no frontmatter.
			if (lineNumber === 0) {
				if (!FRONTMATTER_FENCE.test(line)) return null;
			} else if (FRONTMATTER_FENCE.test(line)) {
				out.opaque.push([0, end]);
				frontmatter = false;
			}
			if (start > piece.length && frontmatter) return null;
			continue;
		}

		// Leading white space, in columns (tab stops of 4).
		let [column, first] = whiteSpace(line, 0, 0);
		if (first === line.length) {
			// A blank line ends a quote, and every item in it.
			if (quoted) items.length = 0;
			quoted = false;
			paragraph = false;
			continue;
		}
		if (!inlineSpans(line, lineStart, out.skips)) return null;

		/** Where the quote's content starts on this line (after `>` and one space), or -1. */
		let quote = -1;
		/** micromark still reads a list item opening a quote that interrupts a paragraph as interrupting it. */
		let interrupting = false;
		if (column < 4 && line.charCodeAt(first) === 62 /* > */) {
			if (!quoted) {
				interrupting = paragraph;
				// A quote opens at the root, closing every item; one inside an item is left to micromark.
				if (items.length > 0 && column >= (items[0]?.contentColumn ?? 0)) return null;
				items.length = 0;
				paragraph = false;
				quoted = true;
			}
			// A tab after the marker counts partly as the space it may hold: left to micromark.
			if (line.charCodeAt(first + 1) === 9) return null;
			const space = line.charCodeAt(first + 1) === 32 ? 1 : 0;
			quote = column + 1 + space;
			[column, first] = whiteSpace(line, first + 1 + space, quote);
			if (first === line.length) {
				paragraph = false;
				continue;
			}
		} else if (quoted) {
			// A line without the marker continues the quote's paragraph lazily, if it would be text; else the quote ends.
			if (paragraph && !(column < 4 && opensBlock(line.slice(first)))) {
				if (tables && line.includes("|")) return null;
				extend(out, items, end);
				continue;
			}
			items.length = 0;
			quoted = false;
			paragraph = false;
		}

		// The open items this line continues: those whose content column it reaches.
		let matched = 0;
		while (matched < items.length && column >= (items[matched]?.contentColumn ?? 0)) matched++;
		const indent = column - (matched > 0 ? (items[matched - 1]?.contentColumn ?? 0) : Math.max(quote, 0));
		const text = line.slice(first);
		// A table's rows read as paragraph text here: the same records, where its cells hold no spans
		// (a cell ends a code span or link at its `|`), it stands at the root (an item's or a quote's
		// table takes no lazy lines) and no line after it is indented code.
		if (tables && (indent >= 4 || (line.includes("|") && (matched > 0 || quoted || (paragraph && items.length > 0) || TABLE_LINE_DECLINED.test(line))))) return null;

		if (indent >= 4) {
			// Indented code, unless it continues a paragraph (lazily, if not all items match).
			if (!paragraph) return null;
		} else if (DECLINED_START.test(text)) {
			return null;
		} else if (ATX.test(text)) {
			// A heading inside a list item is left to micromark; one in a quote is no root heading, and closes its items.
			if (matched > 0) return null;
			if (quote >= 0) {
				items.length = 0;
				paragraph = false;
				continue;
			}
			const heading = headingOf(text, lineStart + first);
			if (!heading) return null;
			out.headings.push(heading);
			items.length = 0;
			paragraph = false;
			continue;
		} else {
			const marker = BULLET.exec(text) ?? ORDERED.exec(text);
			// A list item interrupts a paragraph only as a bullet or a list starting at 1; else the line continues it.
			const interrupts = marker !== null && (!paragraph || matched < items.length || marker[0].length === 1 || marker[1] === "1");
			// After a table no paragraph is open, but this reader does not tell its rows from one's lines.
			if (marker && !interrupts && tables) return null;
			if (marker && interrupting && marker[0].length > 1 && marker[1] !== "1") return null;
			if (marker && interrupts) {
				const content = itemContent(text, marker[0].length);
				if (content === null) return null;
				items.length = matched;
				out.listItems.push({ from: lineStart + first, to: end, parent: matched > 0 ? (items[matched - 1]?.index ?? null) : null });
				items.push({ index: out.listItems.length - 1, contentColumn: column + marker[0].length + content });
				paragraph = true;
				extend(out, items, end);
				continue;
			}
		}
		// Paragraph text: it continues an open paragraph (keeping every item open), or starts one in the items it matches.
		if (!paragraph) items.length = matched;
		paragraph = true;
		extend(out, items, end);
	}
	if (frontmatter) return null;
	return autolinkLiteralsMatter(piece, out) ? null : out;
}

/** From `from` at `column`: the column and index of the first character that is not a space or tab (tab stops of 4). */
function whiteSpace(line: string, from: number, column: number): [number, number] {
	let i = from;
	for (; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 32) column++;
		else if (c === 9) column += 4 - (column % 4);
		else break;
	}
	return [column, i];
}

/** Every open item goes on to the end of this line. */
function extend(out: PieceRecords, items: readonly OpenItem[], end: number): void {
	for (const item of items) {
		const record = out.listItems[item.index];
		if (record) record.to = end;
	}
}

/**
 * The spaces between a list marker and its content, or null for what this reader leaves to
 * micromark: an empty item, a tab, five spaces or more (indented code), content that opens another
 * block on the same line (`- - a`, `- # a`, `- > a`).
 */
function itemContent(text: string, markerLength: number): number | null {
	let spaces = 0;
	while (text.charCodeAt(markerLength + spaces) === 32) spaces++;
	const rest = text.slice(markerLength + spaces);
	if (spaces === 0 || spaces > 4 || rest === "" || rest.charCodeAt(0) === 9 || rest.trim() === "") return null;
	if (opensBlock(rest)) return null;
	return spaces;
}

/** Whether text at a line's (or an item's) first column opens a block other than a paragraph. */
function opensBlock(text: string): boolean {
	return DECLINED_START.test(text) || ATX.test(text) || BULLET.test(text) || ORDERED.test(text);
}

/** An ATX heading's depth and text, or null when its text holds markup. */
function headingOf(text: string, from: number): PieceRecords["headings"][number] | null {
	const depth = ATX.exec(text)?.[0].length ?? 0;
	let rest = text.slice(depth);
	rest = ONLY_CLOSING_SEQUENCE.test(rest) ? "" : rest.replace(CLOSING_SEQUENCE, "");
	if (HEADING_MARKUP.test(rest)) return null;
	return { from, depth, text: cleanHeadingText(rest, PLACEHOLDER) };
}

/**
 * Adds the line's inline spans no metadata starts in (code spans, links, images, autolinks) to
 * `skips`; false where the line holds what this reader leaves to micromark: `<` that opens no URI
 * autolink (HTML, e-mail autolinks), `](` that closes no simple link (text without brackets,
 * backticks or escapes; a destination without spaces, parentheses, escapes or a title), a backtick
 * run no run of the same length closes on the line (it may close on a later line of the paragraph).
 * Backslash escapes apply outside code spans only; spans are found left to right, as micromark's
 * precedence has it for these.
 */
function inlineSpans(line: string, base: number, skips: [number, number][]): boolean {
	/** Where the last span ended: a link's `[` must come after it. */
	let after = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 92 /* \ */) {
			if (isAsciiPunctuation(line.charCodeAt(i + 1))) i++;
		} else if (c === 96 /* ` */) {
			let length = 1;
			while (line.charCodeAt(i + length) === 96) length++;
			const close = closingRun(line, i + length, length);
			if (close < 0) return false;
			skips.push([base + i, base + close + length]);
			i = close + length - 1;
			after = i + 1;
		} else if (c === 60 /* < */) {
			const end = AUTOLINK.exec(line.slice(i))?.[0].length;
			if (end === undefined) return false;
			skips.push([base + i, base + i + end]);
			i += end - 1;
			after = i + 1;
		} else if (c === 93 /* ] */ && line.charCodeAt(i + 1) === 40 /* ( */) {
			const open = line.lastIndexOf("[", i);
			const destination = LINK_DESTINATION.exec(line.slice(i + 2))?.[0].length;
			if (open < after || destination === undefined || LINK_TEXT_DECLINED.test(line.slice(open + 1, i)) || line.charCodeAt(open - 1) === 92) return false;
			// An image's `!` is its start, unless escaped.
			const bang = line.charCodeAt(open - 1) === 33 /* ! */;
			if (bang && line.charCodeAt(open - 2) === 92) return false;
			const end = i + 2 + destination + 1;
			skips.push([base + open - (bang ? 1 : 0), base + end]);
			i = end - 1;
			after = end;
		}
	}
	return true;
}

/** Where the next run of exactly `length` backticks starts, or -1. */
function closingRun(line: string, from: number, length: number): number {
	for (let i = line.indexOf("`", from); i >= 0; i = line.indexOf("`", i)) {
		let run = 1;
		while (line.charCodeAt(i + run) === 96) run++;
		if (run === length) return i;
		i += run;
	}
	return -1;
}

function isAsciiPunctuation(c: number): boolean {
	return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}
