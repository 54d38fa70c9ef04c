/**
 * Whether a piece of a note ends inside a fenced code block or a raw HTML block (`<pre>`, `<!--`,
 * …) that is still open: one that, in the whole note, would go on over the lines after the piece.
 * Such blocks are the only ones a cut at a column-0 line after a blank line can split (every other
 * block and container ends there), and the chunker's line scan, which does not know list items,
 * can misjudge them. `blocks.ts` asks this of every piece and reads an open one together with the
 * next.
 *
 * Decided from the text of the block that ends last, by CommonMark's closing lines
 * (`long-blocks.ts`): the block is closed if its last line closes what its first line opened. A
 * block inside a list item or quote that is left open counts as open too (its lines carry the
 * container's markers): reading it with the next piece costs a little time and changes nothing.
 */
import { closesBlock, openedBlock } from "./long-blocks.js";

/** What may stand before a block's opening on its first line: indentation and list or quote markers. */
const LEAD = /^[ \t]*(?:(?:[-+*>]|\d{1,9}[.)])[ \t]*)*/;

export function endsInsideBlock(piece: string, opaque: readonly (readonly [number, number])[]): boolean {
	let last: readonly [number, number] | undefined;
	for (const span of opaque) if (!last || span[1] > last[1]) last = span;
	if (!last || piece.slice(last[1]).trim() !== "") return false;
	const lines = piece.slice(last[0], last[1]).replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
	const first = lines[0] ?? "";
	const block = openedBlock(first.slice(LEAD.exec(first)?.[0].length ?? 0));
	if (!block) return false;
	return lines.length === 1 || !closesBlock(block, lines[lines.length - 1] ?? "");
}
