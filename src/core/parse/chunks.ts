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

/**
 * Notes below this size are parsed whole; above it, pieces of about this size. Small pieces are
 * cheaper per byte (micromark copies its event list each time a list or quote closes), and each
 * cut is exact by construction, so the size is a pure speed knob: on the 2.6 MB bench note, 2 KB
 * pieces parse ~6% faster than 4 KB and twice as fast as 24 KB; 1 KB gains nothing more.
 */
export const CHUNK_SIZE = 2 * 1024;

export interface Chunk {
	readonly from: number;
	readonly to: number;
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const RAW_HTML_OPEN = /^[ \t]{0,3}<(script|pre|style|textarea)(?:\s|>|$)/i;
/** Closed comments are masked before this runs; one left open is an HTML block to the end of the note. */
const COMMENT_OPEN = /^[ \t]{0,3}<!--/;
const FRONTMATTER_FENCE = /^---[ \t]*$/;

export function splitIntoChunks(text: string, lines: Lines): Chunk[] {
	if (text.length <= CHUNK_SIZE) return [{ from: 0, to: text.length }];
	const chunks: Chunk[] = [];
	let chunkStart = 0;
	let fence: { char: string; length: number } | null = null;
	/** The text that closes the raw HTML block we are in (`</pre>`, `-->`). */
	let rawHtml: string | null = null;
	let previousBlank = false;
	let chunkIsTable = false;
	/** Where the run of blank lines just before this line starts, if there is one. */
	let blankRunStart: number | null = null;

	/** Follows fences and raw HTML blocks over one line as micromark sees lines. */
	const advance = (line: string): void => {
		if (fence) {
			const m = FENCE.exec(line);
			if (m?.[1] && m[1][0] === fence.char && m[1].length >= fence.length && line.trim() === m[1]) fence = null;
		} else if (rawHtml) {
			if (line.toLowerCase().includes(rawHtml)) rawHtml = null;
		} else {
			const fenceOpen = FENCE.exec(line);
			// A backtick fence's info string holds no backtick ("```a```" is inline code).
			const opens = fenceOpen?.[1] && !(fenceOpen[1][0] === "`" && line.slice(fenceOpen[0].length).includes("`"));
			if (opens && fenceOpen[1]) fence = { char: fenceOpen[1][0] ?? "`", length: fenceOpen[1].length };
			const html = RAW_HTML_OPEN.exec(line);
			const htmlEnd = html?.[1] ? `</${html[1].toLowerCase()}>` : COMMENT_OPEN.test(line) ? "-->" : null;
			if (htmlEnd && !line.toLowerCase().slice(line.indexOf("<") + 4).includes(htmlEnd)) rawHtml = htmlEnd;
		}
	};

	for (let n = firstLineAfterFrontmatter(lines); n < lines.content.length; n++) {
		const start = lines.starts[n] ?? 0;
		// The text as micromark reads it (hidden text masked), and a lone CR ends a line there too.
		const line = text.slice(start, start + (lines.content[n]?.length ?? 0));
		const segments = line.includes("\r") ? line.split("\r") : [line];
		const first = segments[0] ?? "";
		// A `---` line could open frontmatter in the next piece; never cut there.
		const safe = !fence && !rawHtml && previousBlank && first.trim() !== "" && !/^\s/.test(first) && !FRONTMATTER_FENCE.test(first);
		if (safe) {
			const table = first.startsWith("|");
			// The blank lines before the cut open the next piece: a piece ending in them could read
			// them differently (a code block left open in a list item would run over them).
			const cut = blankRunStart ?? start;
			// A table gets a piece of its own: GFM's table construct is tried at every line of a
			// piece that may hold one, so the pieces around it parse faster without it.
			if (cut > chunkStart && (chunkIsTable || table || start - chunkStart >= CHUNK_SIZE)) {
				chunks.push({ from: chunkStart, to: cut });
				chunkStart = cut;
				chunkIsTable = table;
			}
		}
		const wasInside = fence !== null || rawHtml !== null;
		for (const segment of segments) {
			const inside = fence !== null || rawHtml !== null;
			advance(segment);
			previousBlank = !inside && segment.trim() === "";
		}
		const blankLine = !wasInside && line.trim() === "";
		blankRunStart = blankLine ? (blankRunStart ?? start) : null;
	}
	chunks.push({ from: chunkStart, to: text.length });
	return chunks;
}

function firstLineAfterFrontmatter(lines: Lines): number {
	if (!FRONTMATTER_FENCE.test(lines.content[0] ?? "")) return 0;
	for (let n = 1; n < lines.content.length; n++) if (FRONTMATTER_FENCE.test(lines.content[n] ?? "")) return n + 1;
	return lines.content.length; // unclosed: never cut
}
