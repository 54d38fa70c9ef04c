/**
 * Where a long note can be cut so that each piece parses on its own exactly as it would in the
 * whole: at a line that starts at column 0 after a blank line, outside fenced code and raw HTML
 * blocks, after the frontmatter. Such a line closes every open container (lists, quotes, tables),
 * so no list item, heading or code block spans the cut. Short notes are one chunk.
 *
 * The scan follows fences line by line without knowing list items, so it can misjudge a fence
 * inside one; `blocks.ts` checks each piece it reads (`open-block.ts`) and joins a piece that ends
 * inside a block to the next, so a misjudged cut costs time, never a wrong reading.
 */
import type { Lines } from "./lines.js";
import { inlineMarksOf } from "./budgets.js";
import { closesBlock, openedBlock, type LongBlock } from "./long-blocks.js";
import { runSteps, STEP_EVERY, type Steps } from "./steps.js";

/**
 * Notes below this size are parsed whole; above it, pieces of about this size. Small pieces are
 * cheaper per byte (micromark copies its event list each time a list or quote closes), and each
 * cut is exact by construction, so the size is a pure speed knob: on the 2.6 MB bench note, 2 KB
 * pieces parse ~6% faster than 4 KB and twice as fast as 24 KB; 1 KB gains nothing more.
 */
export const CHUNK_SIZE = 2 * 1024;

/**
 * Past this many characters without an exact cut, a piece is cut at the next line that starts at
 * column 0 anyway: one paragraph of 64 KB takes 0.7 s and 128 KB 2.4 s to parse, pieces of 32 KB
 * keep the whole linear (measured on a 2-core machine).
 */
export const BLOCK_BUDGET = 32 * 1024;

/**
 * The same budget counted in inline marks (`[`, `(`, `<`, `*`, `_`, `` ` ``, `!`): micromark merges
 * the text between them with array splices, quadratic in their number within one piece (32 KB of
 * `[a](` took 1.3 s). Where a piece holds this many, it is cut at the next line that allows it.
 */
export const INLINE_BUDGET = 1024;

export interface Chunk {
	readonly from: number;
	readonly to: number;
}

const LEAD = /^[ \t]*/;
/**
 * A list item that cannot interrupt a paragraph (an empty one, or an ordered one not starting at 1),
 * also after quote or list markers on its line (`- - `, `> - `). micromark reads one right after
 * indented code and blank lines as a paragraph, so a piece must not start with it: alone it would be
 * a list.
 */
const WEAK_LIST_ITEM = /^(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*?(?:(?:[-*+]|\d{1,9}[.)])[ \t]*$|0*(?:[02-9]|\d{2,9})[.)])/;
/** A line that opens or closes frontmatter, as micromark-extension-frontmatter reads it. */
export const FRONTMATTER_FENCE = /^---[ \t]*$/;

export function splitIntoChunks(text: string, lines: Lines, size = CHUNK_SIZE): Chunk[] {
	return runSteps(splitIntoChunksSteps(text, lines, size));
}

/**
 * `splitIntoChunks`, yielding every few hundred lines (see steps.ts). With `size` 0, the note is cut
 * at every safe line: each piece is one block (or a run the budgets cut).
 */
export function* splitIntoChunksSteps(text: string, lines: Lines, size = CHUNK_SIZE): Steps<Chunk[]> {
	if (text.length <= size) return [{ from: 0, to: text.length }];
	const chunks: Chunk[] = [];
	let chunkStart = 0;
	/** The fenced code or raw HTML block we are in, as the line scan sees it. */
	let open: LongBlock | null = null;
	let previousBlank = false;
	let chunkIsTable = false;
	/** Brackets and the like in the current piece: what micromark's inline resolution costs grows with. */
	let inlineMarks = 0;

	/**
	 * Follows fences and raw HTML blocks over one line as micromark sees lines. Fences at any
	 * indentation, as list items indent them; raw HTML only where it can open at the root, so
	 * that HTML shown in indented code does not stop every cut after it. (Closed comments are
	 * masked before this runs; one left open is an HTML block to the end of the note.)
	 */
	const advance = (line: string): void => {
		if (open) {
			if (closesBlock(open, line, Infinity)) open = null;
			return;
		}
		const lead = LEAD.exec(line)?.[0].length ?? 0;
		const block = openedBlock(line.slice(lead));
		open = block?.kind === "html" && lead > 3 ? null : block;
	};

	for (let n = firstLineAfterFrontmatter(text, lines); n < lines.content.length; n++) {
		if (n % STEP_EVERY === STEP_EVERY - 1) yield;
		const start = lines.starts[n] ?? 0;
		// The text as micromark reads it (hidden text masked).
		const first = text.slice(start, start + (lines.content[n]?.length ?? 0));
		// A `---` line could open frontmatter in the next piece; never cut there.
		const safe = !open && previousBlank && first.trim() !== "" && !/^\s/.test(first) && !FRONTMATTER_FENCE.test(first) && !WEAK_LIST_ITEM.test(first);
		if (safe) {
			const table = first.startsWith("|");
			// A table gets a piece of its own: GFM's table construct is tried at every line of a
			// piece that may hold one, so the pieces around it parse faster without it. (The blank
			// lines before the cut stay with the piece they end: white space after indented code is
			// read as part of it when indented enough.)
			if (start > chunkStart && (chunkIsTable || table || start - chunkStart >= size)) {
				chunks.push({ from: chunkStart, to: start });
				chunkStart = start;
				chunkIsTable = table;
			}
		} else if (!open && (start - chunkStart >= BLOCK_BUDGET || inlineMarks >= INLINE_BUDGET) && /^[^ \t=-]/.test(first)) {
			// The budget: a run this long without a place to cut (one paragraph, table or list of tens
			// of KB) costs micromark quadratic time; it is read in parts. A line continuing a paragraph
			// across the cut starts a new one there, which changes no task.
			chunks.push({ from: chunkStart, to: start });
			chunkStart = start;
			chunkIsTable = first.startsWith("|");
			inlineMarks = 0;
		}
		if (start === chunkStart) inlineMarks = 0;
		inlineMarks += inlineMarksOf(first);
		const inside = open !== null;
		advance(first);
		previousBlank = !inside && first.trim() === "";
	}
	chunks.push({ from: chunkStart, to: text.length });
	return chunks;
}

/**
 * The first line after the frontmatter as micromark sees it: in the masked text. Unclosed, there is
 * none to cut in.
 */
function firstLineAfterFrontmatter(text: string, lines: Lines): number {
	const line = (n: number): string => text.slice(lines.starts[n] ?? 0, (lines.starts[n] ?? 0) + (lines.content[n]?.length ?? 0));
	if (!FRONTMATTER_FENCE.test(line(0))) return 0;
	for (let n = 1; n < lines.content.length; n++) if (FRONTMATTER_FENCE.test(line(n))) return n + 1;
	return lines.content.length;
}
