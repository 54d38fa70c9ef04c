/**
 * Obsidian hides some text from its reading of a note before markdown structure matters:
 * `%% comments %%`, HTML comments and math (`$$…$$`, `$…$`). remark knows none of these, so we
 * blank them out (spaces, same length, line endings kept) and hand remark the masked text: offsets
 * stay identical, and nothing inside a comment or formula becomes a task, tag or heading.
 * Hidden text that opens a line with visible text after it leaves a placeholder where it began:
 * blanks alone would indent that text and turn `%% note %% #tag` into an indented code block.
 * Code is left alone: `%%` or `$` inside a code span or fence is literal.
 */
import type { Lines } from "./lines.js";
import { closesBlock, openedBlock, type LongBlock } from "./long-blocks.js";

/** A fence, also inside callouts and quotes (`> ```) and on a list item's first line (`- ```). */
const FENCE_LEAD = /^((?:[ \t]*>)*)[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;
const QUOTE_MARKERS = /^(?:[ \t]*>)*/;
const QUOTED = /^[ \t]*>/;
/** Not white space, not markdown syntax, ends a tag: a line that starts with it is plain text. */
export const PLACEHOLDER = "\u2060";
const FRONTMATTER_FENCE = /^\uFEFF?---[ \t]*$/;

export function maskHiddenText(lines: Lines): string {
	const { text } = lines;
	// Fast path: most notes hold none of the markers.
	if (!text.includes("%%") && !text.includes("<!--") && !text.includes("$")) return text;

	// The character array is made only once something is hidden: `$` alone is usually a price.
	let out: string[] | null = null;
	const blank = (from: number, to: number): void => {
		out ??= text.split("");
		for (let i = from; i < to; i++) if (out[i] !== "\n" && out[i] !== "\r") out[i] = " ";
	};

	let fence: { block: LongBlock; quoted: boolean } | null = null;
	let i = 0;
	for (let n = 0; n < lines.content.length; n++) {
		const lineStart = lines.starts[n] ?? 0;
		const line = lines.content[n] ?? "";
		const lineEnd = lineStart + line.length;
		if (i > lineStart) {
			// A mask that began on an earlier line ran into this one: go on after it, mid-line.
			if (i < lineEnd) i = scanLine(text, i, lineEnd, blank);
			continue;
		}
		// A fence opened in a quote ends with the quote.
		if (fence?.quoted && !QUOTED.test(line)) fence = null;
		if (fence) {
			if (closesBlock(fence.block, line.slice(QUOTE_MARKERS.exec(line)?.[0].length ?? 0), Infinity)) fence = null;
			i = lineEnd;
			continue;
		}
		const lead = FENCE_LEAD.exec(line);
		const block = openedBlock(line.slice(lead?.[0].length ?? 0));
		if (block?.kind === "fence") {
			fence = { block, quoted: (lead?.[1] ?? "") !== "" };
			i = lineEnd;
			continue;
		}
		i = scanLine(text, lineStart, lineEnd, blank);
	}
	if (out === null) return text;
	keepVisibleTextUnindented(lines, out);
	keepFrontmatterAsWritten(lines, out);
	return (out as string[]).join("");
}

/**
 * Obsidian reads frontmatter only when the first line is `---` as written; `---%% note %%` is not,
 * though masked it would read so, and micromark would hide the lines down to the next `---`.
 */
function keepFrontmatterAsWritten(lines: Lines, out: string[]): void {
	const first = lines.content[0] ?? "";
	if (FRONTMATTER_FENCE.test(first)) return;
	const start = lines.starts[0] ?? 0;
	const masked = out.slice(start, start + first.length).join("");
	if (FRONTMATTER_FENCE.test(masked)) out[start + masked.indexOf("-") + 3] = PLACEHOLDER;
}

function keepVisibleTextUnindented(lines: Lines, out: string[]): void {
	lines.content.forEach((line, n) => {
		const first = (lines.starts[n] ?? 0) + (/^[ \t]*/.exec(line)?.[0].length ?? 0);
		const end = (lines.starts[n] ?? 0) + line.length;
		if (first >= end || out[first] !== " ") return;
		for (let i = first + 1; i < end; i++) {
			if (out[i] !== " " && out[i] !== "\t") {
				out[first] = PLACEHOLDER;
				return;
			}
		}
	});
}

/** Scans one line outside code; returns where scanning stopped (past the line, or past a mask that ran on). */
function scanLine(text: string, from: number, end: number, blank: (a: number, b: number) => void): number {
	let i = from;
	while (i < end) {
		const c = text[i];
		if (c === "\\") {
			i += 2;
		} else if (c === "`") {
			let run = 1;
			while (text[i + run] === "`") run++;
			const close = findBacktickRun(text, i + run, end, run);
			i = close === -1 ? i + run : close + run;
		} else if (c === "%" && text[i + 1] === "%") {
			const close = text.indexOf("%%", i + 2);
			// An unclosed %% hides the rest of the note in Obsidian.
			const stop = close === -1 ? text.length : close + 2;
			blank(i, stop);
			if (stop > end) return stop;
			i = stop;
		} else if (c === "<" && text.startsWith("<!--", i)) {
			const close = text.indexOf("-->", i + 4);
			if (close === -1) {
				i += 4; // unclosed: remark decides (an HTML block runs to the end)
				continue;
			}
			blank(i, close + 3);
			if (close + 3 > end) return close + 3;
			i = close + 3;
		} else if (c === "$" && text[i + 1] === "$") {
			const close = text.indexOf("$$", i + 2);
			if (close === -1) {
				i += 2;
				continue;
			}
			blank(i, close + 2);
			if (close + 2 > end) return close + 2;
			i = close + 2;
		} else if (c === "$") {
			const close = inlineMathEnd(text, i, end);
			if (close === -1) i++;
			else {
				blank(i, close + 1);
				i = close + 1;
			}
		} else {
			i++;
		}
	}
	return end;
}

function findBacktickRun(text: string, from: number, end: number, length: number): number {
	let i = text.indexOf("`", from);
	while (i !== -1 && i < end) {
		let run = 1;
		while (text[i + run] === "`") run++;
		if (run === length) return i;
		i = text.indexOf("`", i + run);
	}
	return -1;
}

/**
 * Inline `$…$` as Obsidian reads it: the opening `$` is followed by a non-space, the closing one is
 * preceded by a non-space and not followed by a digit ("$5 and $10" is prose, not math).
 */
function inlineMathEnd(text: string, open: number, end: number): number {
	const first = text[open + 1];
	if (first === undefined || open + 1 >= end || /\s|\$/.test(first)) return -1;
	for (let j = open + 2; j < end; j++) {
		if (text[j] === "\\") {
			j++;
			continue;
		}
		if (text[j] !== "$") continue;
		if (/\s/.test(text[j - 1] ?? "")) continue;
		if (/[0-9]/.test(text[j + 1] ?? "")) continue;
		return j;
	}
	return -1;
}
