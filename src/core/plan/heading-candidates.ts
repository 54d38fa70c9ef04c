/**
 * What the prefilter needs of a note's headings without parsing it (dimension-of.ts finds the heading
 * lines in its one pass): a setext heading's text spans the paragraph above its underline, and a
 * heading's text reads as remark reads it once inline markup is gone. Finding too much is harmless to
 * the prefilter; missing something is not.
 */
import { decodeString } from "micromark-util-decode-string";

const BLANK = /^[ \t]*\r?$/;

/**
 * The text of the paragraph above a setext underline at `underlineAt`: its lines joined, walked back
 * to a blank line, an earlier underline (ending at `walkedTo`) or the start; null when there is none.
 */
export function setextParagraph(text: string, underlineAt: number, walkedTo: number): string | null {
	const lines: string[] = [];
	let end = underlineAt - 1; // the "\n" ending the line above
	while (end > walkedTo) {
		const start = text.lastIndexOf("\n", end - 1) + 1;
		const line = text.slice(start, end);
		if (BLANK.test(line)) break;
		lines.push(line);
		end = start - 1;
	}
	return lines.length > 0 ? lines.reverse().join(" ") : null;
}

const INLINE_MARKUP = /[*_~`\\]|&#?[0-9a-z]+;/i;

/**
 * A heading's text as remark reads it, near enough for the prefilter: emphasis, strikethrough and
 * code marks gone, backslash escapes and character references decoded ("## *Str*ategy",
 * "## Strat&#101;gy" both read "Strategy"). Null when the heading holds no such markup.
 */
export function withoutInlineMarkup(heading: string): string | null {
	return INLINE_MARKUP.test(heading) ? decodeString(heading.replace(/[*_~`]+/g, "")) : null;
}
