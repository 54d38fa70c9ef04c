/**
 * The block structure of a note, as remark (remark-parse + remark-gfm + remark-frontmatter) reads
 * it: root-level headings, list items with nesting, lines that are code/HTML/frontmatter, and the
 * inline ranges (code spans, links, inline HTML) where no tag or field can start.
 *
 * We keep these small records, never the syntax tree. A note is read in pieces cut at safe lines
 * (see `chunks.ts`): micromark's cost grows quadratically with note length, and a block the line
 * reader (`blocks-from-lines.ts`) follows needs no micromark at all. Each piece is read by the line
 * reader where it can, from micromark's events where those give exactly what the tree gives, from
 * the tree otherwise (see `blocks-from-events.ts`).
 */
import type { PieceRecords } from "./block-records.js";
import { readPieceEvents } from "./blocks-from-events.js";
import { readPieceLines } from "./blocks-from-lines.js";
import { readPieceTree } from "./blocks-from-tree.js";
import { CHUNK_SIZE, splitIntoChunksSteps, type Chunk } from "./chunks.js";
import { lineAt, type Lines } from "./lines.js";
import { endsInsideBlock } from "./open-block.js";
import { runSteps, type Steps } from "./steps.js";

/**
 * `fast` reads each block the line reader follows on its own, and the rest in pieces of about
 * `CHUNK_SIZE` from events where it can; `events` reads every piece from events where it can;
 * `tree` reads every piece from remark's tree; `whole-tree` reads the note as one piece, as remark
 * would (quadratic on long notes: the reference for tests).
 */
export type BlockReader = "fast" | "events" | "tree" | "whole-tree";

export interface RawHeading {
	readonly line: number;
	readonly depth: number;
	readonly text: string;
}

export interface RawListItem {
	readonly line: number;
	readonly endLine: number;
	/** Offset of the list marker. */
	readonly start: number;
	readonly parent: number | null;
}

export interface Blocks {
	readonly headings: readonly RawHeading[];
	/** In document order: a parent always comes before its children. */
	readonly listItems: readonly RawListItem[];
	/** Lines (1-based) inside code blocks, HTML blocks or frontmatter: nothing on them is metadata. */
	readonly opaqueLines: ReadonlySet<number>;
	/** Per line, column ranges inside code spans, links and inline HTML. */
	readonly inlineSkips: ReadonlyMap<number, (readonly [number, number])[]>;
}

export function readBlocks(masked: string, lines: Lines, reader: BlockReader = "fast"): Blocks {
	return runSteps(readBlocksSteps(masked, lines, reader));
}

/** `readBlocks`, yielding after each piece (a few milliseconds of micromark each; see steps.ts). */
export function* readBlocksSteps(masked: string, lines: Lines, reader: BlockReader = "fast"): Steps<Blocks> {
	const headings: RawHeading[] = [];
	const listItems: RawListItem[] = [];
	const opaqueLines = new Set<number>();
	const inlineSkips = new Map<number, (readonly [number, number])[]>();

	const pieces: readonly Piece[] =
		reader === "whole-tree"
			? [{ from: 0, to: masked.length, records: null }]
			: reader === "fast" && !masked.includes("]:")
				? yield* linePiecesSteps(masked, lines)
				: (yield* splitIntoChunksSteps(masked, lines)).map((chunk) => ({ ...chunk, records: null }));
	let sinceYield = 0;
	for (let k = 0; k < pieces.length; ) {
		const from = pieces[k]?.from ?? 0;
		// A piece that ends inside a fence or raw HTML block the chunker misjudged is read again with
		// the pieces after it, twice as many each time (so a misjudged note costs at most twice the reading).
		let take = 1;
		let piece: string;
		let records: PieceRecords;
		for (;;) {
			const to = pieces[Math.min(k + take, pieces.length) - 1]?.to ?? masked.length;
			piece = masked.slice(from, to);
			records = (take === 1 ? pieces[k]?.records : null) ?? (reader !== "tree" && reader !== "whole-tree" ? readPieceEvents(piece) : null) ?? readPieceTree(piece);
			if (k + take >= pieces.length || !endsInsideBlock(piece, records.opaque)) break;
			take *= 2;
		}
		// micromark drops a U+FEFF that opens its input and counts offsets after it.
		add(records, from + (masked.charCodeAt(from) === 0xfeff ? 1 : 0));
		k += take;
		sinceYield += piece.length;
		if (k < pieces.length && sinceYield >= CHUNK_SIZE) {
			sinceYield = 0;
			yield;
		}
	}
	return { headings, listItems, opaqueLines, inlineSkips };

	function add(records: PieceRecords, base: number): void {
		for (const h of records.headings) headings.push({ line: lineAt(lines, h.from + base), depth: h.depth, text: h.text });
		const first = listItems.length;
		for (const item of records.listItems) {
			const from = item.from + base;
			listItems.push({
				line: lineAt(lines, from),
				endLine: lineAt(lines, Math.max(from, item.to + base - 1)),
				start: from,
				parent: item.parent === null ? null : first + item.parent,
			});
		}
		for (const [from, to] of records.opaque) {
			const last = lineAt(lines, Math.max(from, to - 1) + base);
			for (let line = lineAt(lines, from + base); line <= last; line++) opaqueLines.add(line);
		}
		for (const [from, to] of records.skips) skipRange(from + base, to + base);
	}

	function skipRange(from: number, to: number): void {
		const first = lineAt(lines, from);
		const last = lineAt(lines, Math.max(from, to - 1));
		for (let line = first; line <= last; line++) {
			const start = lines.starts[line - 1] ?? 0;
			const a = Math.max(from, start) - start;
			const b = Math.min(to, start + (lines.content[line - 1]?.length ?? 0)) - start;
			const ranges = inlineSkips.get(line) ?? [];
			ranges.push([a, b]);
			inlineSkips.set(line, ranges);
		}
	}
}

/**
 * What one more call of micromark costs, in characters it could read in that time (~15 µs against
 * ~0.07 µs a character, measured on a 2-core machine): a block shorter than this that the line reader
 * accepts, between blocks it declines, is read by micromark with them (notes alternating quotes and
 * one-line paragraphs would otherwise cost a call per block).
 */
const MICROMARK_CALL = 256;

/** A piece to read, with its records where the line reader already read it. */
interface Piece extends Chunk {
	readonly records: PieceRecords | null;
}

/**
 * The note cut at every safe line (`chunks.ts`), each block read by the line reader where it can;
 * consecutive blocks it declines are joined again into pieces of about `CHUNK_SIZE` for micromark
 * (a table keeps a piece of its own, as the chunker gives it). Only for a note without a link
 * reference definition: one makes links of text in other blocks, which micromark sees only within
 * a piece (`]:` is a superset of them).
 */
function* linePiecesSteps(masked: string, lines: Lines): Steps<Piece[]> {
	const blocks = yield* splitIntoChunksSteps(masked, lines, 0);
	const read: (PieceRecords | null)[] = [];
	let sinceYield = 0;
	for (const block of blocks) {
		read.push(readPieceLines(masked.slice(block.from, block.to)));
		sinceYield += block.to - block.from;
		if (sinceYield >= 4 * CHUNK_SIZE) {
			sinceYield = 0;
			yield;
		}
	}
	const pieces: Piece[] = [];
	let pending: Chunk | null = null;
	for (const [k, block] of blocks.entries()) {
		const records = read[k] ?? null;
		const table = masked.charCodeAt(block.from) === 124; /* | */
		const joinable = pending !== null && pending.to - pending.from < CHUNK_SIZE && !table && masked.charCodeAt(pending.from) !== 124;
		// A short block between two that micromark reads is cheaper read along with them than with a call of its own.
		const sandwiched = joinable && block.to - block.from < MICROMARK_CALL && k + 1 < blocks.length && read[k + 1] === null;
		if (records && !sandwiched) {
			if (pending) pieces.push({ ...pending, records: null });
			pending = null;
			pieces.push({ ...block, records });
		} else if (pending && joinable) {
			pending = { from: pending.from, to: block.to };
		} else {
			if (pending) pieces.push({ ...pending, records: null });
			pending = block;
		}
	}
	if (pending) pieces.push({ ...pending, records: null });
	return pieces;
}
