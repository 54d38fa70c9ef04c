/**
 * Whether a piece of a note ends inside a fenced code block or a raw HTML block (`<pre>`, `<!--`,
 * …) that is still open: one that, in the whole note, would go on over the lines after the piece.
 * Such blocks are the only ones a cut at a column-0 line after a blank line can split (every other
 * block and container ends there), and the chunker's line scan, which does not know list items,
 * can misjudge them. `blocks.ts` asks this of every piece and reads an open one together with the
 * next.
 *
 * Decided from the text of the block that ends last, as CommonMark closes these blocks: a fence by a
 * line of the same character, at least as long, indented at most three spaces, with nothing after
 * it; raw HTML by its end marker on its last line. A block inside a list item or quote that is left
 * open counts as open too: reading it with the next piece costs a little time and changes nothing.
 */
const FENCE_OPEN = /^[ \t]*(?:[-+*>]|\d{1,9}[.)])*[ \t]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*$/;
/** Raw HTML kinds 1–5 of CommonMark (the others end at a blank line) and what ends each. */
const RAW_HTML: readonly (readonly [RegExp, string])[] = [
	[/^[ \t]*<(?:script|pre|style|textarea)(?:[\s>]|$)/i, "</"],
	[/^[ \t]*<!--/, "-->"],
	[/^[ \t]*<\?/, "?>"],
	[/^[ \t]*<![a-z]/i, ">"],
	[/^[ \t]*<!\[CDATA\[/, "]]>"],
];
const TYPE_1_END = /<\/(?:script|pre|style|textarea)>/i;

export function endsInsideBlock(piece: string, opaque: readonly (readonly [number, number])[]): boolean {
	let last: readonly [number, number] | undefined;
	for (const span of opaque) if (!last || span[1] > last[1]) last = span;
	if (!last || piece.slice(last[1]).trim() !== "") return false;
	const lines = piece.slice(last[0], last[1]).replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
	const first = lines[0] ?? "";
	const fence = FENCE_OPEN.exec(first)?.[1];
	if (fence) {
		const close = lines.length > 1 ? FENCE_CLOSE.exec(lines[lines.length - 1] ?? "")?.[1] : undefined;
		return !(close && close[0] === fence[0] && close.length >= fence.length);
	}
	for (const [open, end] of RAW_HTML) {
		const opening = open.exec(first);
		if (!opening) continue;
		// The end marker may share the first line with the opening, after it.
		const lastLine = lines.length > 1 ? (lines[lines.length - 1] ?? "") : first.slice(opening.index + opening[0].length);
		return end === "</" ? !TYPE_1_END.test(lastLine) : !lastLine.includes(end);
	}
	return false;
}
