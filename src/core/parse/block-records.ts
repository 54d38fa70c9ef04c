/**
 * What a block reader yields for one piece of a note: offsets into that piece, nothing else.
 * `blocks.ts` turns them into line numbers; the two readers (`blocks-from-events.ts`,
 * `blocks-from-tree.ts`) only have to agree on these.
 */
export interface PieceHeading {
	readonly from: number;
	readonly depth: number;
	readonly text: string;
}

export interface PieceListItem {
	/** Offset of the list marker. */
	readonly from: number;
	/** End of the item's last content (trailing blank lines excluded). */
	to: number;
	/** Index of the enclosing list item in the same piece. */
	readonly parent: number | null;
}

export interface PieceRecords {
	/** Root-level headings only (not inside lists, quotes or footnotes). */
	readonly headings: PieceHeading[];
	/** In document order: a parent always comes before its children. */
	readonly listItems: PieceListItem[];
	/** Spans of code blocks, HTML blocks and frontmatter, as [from, to] pairs. */
	readonly opaque: [number, number][];
	/** Spans of code spans, links, images, autolinks and inline HTML. */
	readonly skips: [number, number][];
}

export const emptyPieceRecords = (): PieceRecords => ({ headings: [], listItems: [], opaque: [], skips: [] });

/** A heading's text as Obsidian matches it: one line per source line, hidden text and padding gone. */
export function cleanHeadingText(text: string, placeholder: string): string {
	return text.replaceAll(placeholder, "").replace(/\r\n?/g, "\n").trim();
}
