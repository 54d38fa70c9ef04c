/**
 * The block structure of a note, as remark (remark-parse + remark-gfm + remark-frontmatter) reads
 * it: root-level headings, list items with nesting, lines that are code/HTML/frontmatter, and the
 * inline ranges (code spans, links, inline HTML) where no tag or field can start.
 *
 * We keep these small records, never the syntax tree. A long note is read in pieces cut at safe
 * lines (see `chunks.ts`) because micromark's cost grows quadratically with note length. Each piece
 * is read from micromark's events where that gives exactly what the tree gives, from the tree
 * otherwise (see `blocks-from-events.ts`).
 */
import type { PieceRecords } from "./block-records.js";
import { readPieceEvents } from "./blocks-from-events.js";
import { readPieceTree } from "./blocks-from-tree.js";
import { splitIntoChunksSteps } from "./chunks.js";
import { lineAt, type Lines } from "./lines.js";
import { endsInsideBlock } from "./open-block.js";
import { runSteps, type Steps } from "./steps.js";

/**
 * `fast` reads events where it can; `tree` reads every piece from remark's tree; `whole-tree` reads
 * the note as one piece, as remark would (quadratic on long notes: the reference for tests).
 */
export type BlockReader = "fast" | "tree" | "whole-tree";

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

	const chunks = reader === "whole-tree" ? [{ from: 0, to: masked.length }] : yield* splitIntoChunksSteps(masked, lines);
	for (let k = 0; k < chunks.length; ) {
		const from = chunks[k]?.from ?? 0;
		// A piece that ends inside a fence or raw HTML block the chunker misjudged is read again with
		// the pieces after it, twice as many each time (so a misjudged note costs at most twice the reading).
		let take = 1;
		let piece: string;
		let records: PieceRecords;
		for (;;) {
			piece = masked.slice(from, chunks[Math.min(k + take, chunks.length) - 1]?.to ?? masked.length);
			records = (reader === "fast" ? readPieceEvents(piece) : null) ?? readPieceTree(piece);
			if (k + take >= chunks.length || !endsInsideBlock(piece, records.opaque)) break;
			take *= 2;
		}
		// micromark drops a U+FEFF that opens its input and counts offsets after it.
		add(records, from + (masked.charCodeAt(from) === 0xfeff ? 1 : 0));
		k += take;
		if (k < chunks.length) yield;
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
