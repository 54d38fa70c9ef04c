/**
 * Note text placed in generated markdown (summary, roll-up, canvas cards), escaped for where it goes,
 * so a value can add no line, no block and no link the generator did not write. Every function takes
 * text from a note and gives back one line: `inline` for running text, `listItem` where the text
 * starts a list item or paragraph, `tableCell`, `noteLink`, `codeSpan`, `headingText`, `mermaidLabel`;
 * `blockStart` guards the start of a generated line that begins with such text.
 *
 * The user's inline markdown (emphasis, links, `[[wikilinks]]`, code spans) is kept; what could
 * reach past the text is escaped: raw HTML and autolinks (`<`), Obsidian comments (`%%`), unpaired
 * backticks and `[[`, unsafe link schemes, and in tables the cell's `|`.
 */
import { oneLine } from "../text/one-line.js";
import { neutralizeUnsafeLinks } from "./link-safety.js";

/** Where inline text goes: a table cell also needs its `|` escaped, even inside code and links. */
export type InlineContext = "text" | "table";

/** Running text on one line, its inline markdown kept and everything that could reach past it escaped. */
export function inline(text: string, context: InlineContext = "text"): string {
	return codeSegments(oneLine(text))
		.map((s) => (s.code ? (context === "table" ? escapePipes(s.text) : s.text) : plain(s.text, context)))
		.join("");
}

/** Text that starts a line (a list item, a paragraph): a leading block marker is escaped too. */
export function listItem(text: string): string {
	return blockStart(inline(text));
}

export function tableCell(text: string): string {
	return inline(text, "table");
}

/**
 * The text of a heading line (`# …`, already inline-escaped): a run of `#` at its end would be read
 * as the closing sequence, a ` ^name` at its end as a block id.
 */
export function headingText(markdown: string): string {
	return markdown.replace(/(^|[ \t])#(#*[ \t]*)$/, "$1\\#$2").replace(/(^|[ \t])\^([\w-]+[ \t]*)$/, "$1\\^$2");
}

/** Code the generator quotes (`^ck-id`), in a fence longer than any backtick run inside it. */
export function codeSpan(text: string, context: InlineContext = "text"): string {
	const flat = oneLine(text);
	const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
	const fence = "`".repeat(longest + 1);
	const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
	const span = `${fence}${pad}${flat}${pad}${fence}`;
	return context === "table" ? escapePipes(span) : span;
}

/**
 * A link to a note: a wikilink when the path can be one, else a markdown link to the percent-encoded
 * path (Obsidian opens both); `#`, `^`, `|`, `[`, `]` and other characters that end or redirect a
 * wikilink can be in a file name, never in a wikilink's target.
 */
/** @param blockId a block of the note to link to (`^id`); ignored unless made of letters, digits and `-` */
export function noteLink(path: string, label?: string, context: InlineContext = "text", blockId?: string | null): string {
	const target = path.replace(/\.md$/i, "");
	const alias = label === undefined ? undefined : oneLine(label);
	const block = blockId && /^[A-Za-z0-9-]+$/.test(blockId) ? `#^${blockId}` : "";
	if (wikilinkSafe(target) && (alias === undefined || wikilinkSafe(alias))) {
		return alias === undefined ? `[[${target}${block}]]` : `[[${target}${block}${context === "table" ? "\\|" : "|"}${alias}]]`;
	}
	const text = escapeUnescaped(inline(alias || target.slice(target.lastIndexOf("/") + 1) || path, context), /[[\]]/);
	return `[${evenBackslashes(text)}](${encodedPath(path)}${block})`;
}

/**
 * A label Mermaid's parser takes inside double quotes, whatever the user wrote: one line, and what
 * would end the label, start an entity, a tag or a comment or directive (`%%{init`) written as
 * Mermaid's entity codes (`#quot;`, `#35;`, `#37;`), which its renderer shows as the characters.
 */
export function mermaidLabel(text: string): string {
	const entity: Readonly<Record<string, string>> = { "#": "#35;", '"': "#quot;", "%": "#37;", "<": "#lt;", ">": "#gt;" };
	const clean = oneLine(text)
		.replace(/#(?=\w+;)|["<>]|%(?=%)/g, (c) => entity[c] ?? c)
		.replace(/\s+/g, " ");
	return `"${clean || "-"}"`;
}

interface Segment {
	readonly code: boolean;
	/** A code span with its backtick fences, or plain text. */
	readonly text: string;
}

/**
 * Code spans as CommonMark finds them: a backtick run opens one, the next run of the same length
 * closes it; an unpaired run is literal. Backslash escapes count outside code only. A span holding
 * `%%` is taken as plain text, so its comment marker is escaped like any other; so is a span fenced
 * by three or more backticks, which a line starting with it would open as a fenced block in some readers.
 */
function codeSegments(text: string): Segment[] {
	const closers = closingRuns(text);
	const out: Segment[] = [];
	let plainFrom = 0;
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		if (c === "\\") {
			i += 2;
			continue;
		}
		if (c !== "`") {
			i++;
			continue;
		}
		let run = 1;
		while (text[i + run] === "`") run++;
		const close = closers(run, i + run);
		if (close === -1 || run >= 3 || text.slice(i, close).includes("%%")) {
			i += run;
			continue;
		}
		if (i > plainFrom) out.push({ code: false, text: text.slice(plainFrom, i) });
		out.push({ code: true, text: text.slice(i, close + run) });
		i = close + run;
		plainFrom = i;
	}
	if (plainFrom < text.length) out.push({ code: false, text: text.slice(plainFrom) });
	return out;
}

/**
 * Where a code span of a given fence length closes: the first backtick run of exactly that length at
 * or after a position (backslashes count for nothing inside code). Openers only move forward, so one
 * cursor per length keeps the whole scan linear.
 */
function closingRuns(text: string): (length: number, from: number) => number {
	const byLength = new Map<number, number[]>();
	for (const m of text.matchAll(/`+/g)) {
		const list = byLength.get(m[0].length);
		if (list) list.push(m.index);
		else byLength.set(m[0].length, [m.index]);
	}
	const cursor = new Map<number, number>();
	return (length, from) => {
		const list = byLength.get(length) ?? [];
		let k = cursor.get(length) ?? 0;
		while (k < list.length && (list[k] ?? 0) < from) k++;
		cursor.set(length, k);
		return list[k] ?? -1;
	};
}

/** Plain (non-code) text: nothing in it may open HTML, a comment, a code span or an unclosed wikilink. */
function plain(text: string, context: InlineContext): string {
	let s = escapeUnescaped(neutralizeUnsafeLinks(text), /`/)
		.replace(/</g, "&lt;")
		.replace(/%%+/g, (run) => `%${"\\%".repeat(run.length - 1)}`);
	s = escapeUnclosedWikilinks(s);
	return context === "table" ? escapePipes(s) : s;
}

/** `[[` with no `]]` after it would take the generator's own link into it. */
function escapeUnclosedWikilinks(s: string): string {
	const lastClose = s.lastIndexOf("]]");
	return s.replace(/\[\[/g, (open, at: number) => (at < lastClose ? open : "\\[\\["));
}

/** A `|` preceded by an even number of backslashes would end a table cell: one more escapes it. */
function escapePipes(s: string): string {
	return escapeUnescaped(s, /\|/);
}

/** Each character matching `char` that no backslash escapes yet (an even run before it) gets one. */
function escapeUnescaped(s: string, char: RegExp): string {
	const re = new RegExp(`(\\\\*)(${char.source})`, "g");
	return s.replace(re, (_, slashes: string, c: string) => `${slashes}${slashes.length % 2 === 0 ? "\\" : ""}${c}`);
}

/** Text followed by syntax of ours (`]`): a trailing odd backslash would escape it. */
function evenBackslashes(s: string): string {
	const trailing = /\\*$/.exec(s)?.[0].length ?? 0;
	return trailing % 2 === 1 ? `${s}\\` : s;
}

/**
 * Markers that open a block when a line starts with them: ATX heading, block quote, list item,
 * thematic break, fence, math block, task box, reference or footnote definition.
 */
const BLOCK_START = /^(?:#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|(?:[-*_][ \t]*){3,}$|~{3,}|`{3,}|\$\$|\[(?:[^\]]\](?=[ \t]|$)|[^\]]*\]:|\^))/;

/** A generated line whose start comes from a note: a block marker there is escaped. */
export function blockStart(s: string): string {
	const ordered = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(s);
	if (ordered) return `${ordered[1]}\\${s.slice(ordered[1]?.length ?? 0)}`;
	return BLOCK_START.test(s) ? `\\${s}` : s;
}

/** Characters that end or redirect a wikilink, or that markdown around it could pair with. */
function wikilinkSafe(s: string): boolean {
	return s !== "" && s === s.trim() && !/[[\]|#^`<>$\\]|%%/.test(s) && s === oneLine(s);
}

function encodedPath(path: string): string {
	return path
		.split("/")
		.map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29")))
		.join("/");
}
