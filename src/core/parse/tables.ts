/**
 * A note's GFM tables, as Obsidian shows them: hidden text (`%% %%`, HTML comments) and code left
 * out, each cell's plain text (markup removed, `\|` read as `|`), each row with its line. Only
 * tables whose header a caller asks for are read, and only the pieces of the note (`chunks.ts`) that
 * could hold such a header go through remark's tree, so reading a long note's tables stays cheap;
 * the note parser itself keeps no table cells (`parse-note.ts` needs none).
 */
import type { Nodes, Table as MdastTable } from "mdast";
import { toString } from "mdast-util-to-string";
import { pieceTree } from "./blocks-from-tree.js";
import { applyBudgetsSteps } from "./budgets.js";
import { splitIntoChunksSteps } from "./chunks.js";
import { lineAt, splitLines } from "./lines.js";
import { maskHiddenText, PLACEHOLDER } from "./mask.js";
import { endsInsideBlock } from "./open-block.js";
import type { Steps } from "./steps.js";

export interface TableRow {
	/** 1-based line of the row. */
	readonly line: number;
	/** Each cell's plain text, trimmed; as many as the row has (GFM pads or cuts only when rendering). */
	readonly cells: readonly string[];
}

export interface NoteTable {
	readonly header: TableRow;
	readonly rows: readonly TableRow[];
}

/**
 * Tables whose header `wanted` accepts. `mayHold` is a cheap test on raw text: a piece where it does
 * not match is not read at all (it must match wherever an accepted header could be written).
 */
export function* readTablesSteps(raw: string, mayHold: RegExp, wanted: (header: readonly string[]) => boolean): Steps<NoteTable[]> {
	if (!mayHold.test(raw)) return [];
	const lines = splitLines(raw);
	yield;
	const masked = (yield* applyBudgetsSteps(maskHiddenText(lines), lines)).text;
	const chunks = yield* splitIntoChunksSteps(masked, lines);
	const tables: NoteTable[] = [];
	for (let k = 0; k < chunks.length; ) {
		const from = chunks[k]?.from ?? 0;
		let take = 1;
		let piece = "";
		for (;;) {
			piece = masked.slice(from, chunks[Math.min(k + take, chunks.length) - 1]?.to ?? masked.length);
			if (!mayHold.test(piece)) break;
			const found = readPiece(piece);
			// A piece that ends inside a fence the chunker misjudged is read with the pieces after it (as blocks.ts does).
			if (k + take >= chunks.length || !endsInsideBlock(piece, found.opaque)) {
				// micromark drops a U+FEFF that opens its input and counts offsets after it.
				const base = from + (masked.charCodeAt(from) === 0xfeff ? 1 : 0);
				const row = (r: { from: number; cells: string[] }): TableRow => ({ line: lineAt(lines, base + r.from), cells: r.cells });
				for (const t of found.tables) {
					const [header, ...rows] = t;
					if (header && wanted(header.cells)) tables.push({ header: row(header), rows: rows.map(row) });
				}
				break;
			}
			take *= 2;
		}
		k += take;
		if (k < chunks.length) yield;
	}
	return tables;
}

interface PieceTables {
	readonly tables: { from: number; cells: string[] }[][];
	readonly opaque: [number, number][];
}

function readPiece(piece: string): PieceTables {
	const out: PieceTables = { tables: [], opaque: [] };
	const walk = (node: Nodes): void => {
		if (node.type === "code" || node.type === "html" || node.type === "yaml") {
			out.opaque.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
			return;
		}
		if (node.type === "table") {
			out.tables.push(rowsOf(node));
			return;
		}
		if ("children" in node) for (const child of node.children) walk(child);
	};
	walk(pieceTree(piece));
	return out;
}

function rowsOf(table: MdastTable): { from: number; cells: string[] }[] {
	return table.children.map((row) => ({
		from: row.position?.start.offset ?? 0,
		cells: row.children.map((cell) => toString(cell).replaceAll(PLACEHOLDER, "").trim()),
	}));
}
