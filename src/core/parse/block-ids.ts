/** An Obsidian block id: `^id` (letters, digits, dashes) at the end of a line, after white space. */
import type { BlockId } from "./types.js";

const BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;

export function scanBlockId(line: string, lineNo: number): BlockId | null {
	if (!line.includes("^")) return null;
	const m = BLOCK_ID.exec(line);
	if (!m) return null;
	const id = m[1] ?? "";
	const from = line.lastIndexOf("^" + id);
	return { id, line: lineNo, from, to: from + 1 + id.length };
}
