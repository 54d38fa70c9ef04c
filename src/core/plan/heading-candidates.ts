/**
 * The text of every line that could be a root heading, found without parsing: ATX heading lines and
 * the paragraph lines above a setext underline (joined, as a setext heading's text spans them). The
 * prefilter asks only whether one of them names a dimension, so finding too many is harmless and
 * missing one is not. Linear in the note's length: each setext paragraph is walked back once.
 */
import { decodeString } from "micromark-util-decode-string";

const ATX = /^[ \t]{0,3}#{1,6}(?:[ \t][^\n]*)?$/gm;
const SETEXT_UNDERLINE = /^[ \t]{0,3}(?:=+|-+)[ \t]*\r?$/gm;
const BLANK = /^[ \t]*\r?$/;

export function* headingCandidates(text: string): Generator<string> {
	for (const m of text.matchAll(ATX)) yield m[0];
	let walkedTo = 0;
	for (const m of text.matchAll(SETEXT_UNDERLINE)) {
		const lines: string[] = [];
		// Back from the underline, line by line, to a blank line, an earlier underline or the start.
		let end = m.index - 1; // the "\n" ending the line above
		while (end > walkedTo) {
			const start = text.lastIndexOf("\n", end - 1) + 1;
			const line = text.slice(start, end);
			if (BLANK.test(line)) break;
			lines.push(line);
			end = start - 1;
		}
		walkedTo = m.index + m[0].length;
		if (lines.length > 0) yield lines.reverse().join(" ");
	}
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
