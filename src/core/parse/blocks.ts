/**
 * The block structure of a note, from remark (remark-parse + remark-gfm + remark-frontmatter):
 * root-level headings, list items with nesting, lines that are code/HTML/frontmatter, and the
 * inline ranges (code spans, links, inline HTML) where no tag or field can start.
 *
 * We keep these small records, never the syntax tree. A long note is parsed in chunks cut at
 * safe lines (see `chunks.ts`) because micromark's cost grows quadratically with note length.
 */
import type { Nodes, Parent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { splitIntoChunks } from "./chunks.js";
import { lineAt, type Lines } from "./lines.js";
import { PLACEHOLDER } from "./mask.js";

const withGfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).freeze();
const withoutGfm = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).freeze();

/**
 * Characters that can start a GFM construct: tables, strikethrough, footnotes, autolink literals.
 * GFM's micromark extensions are about 40% of parse time, and on a piece without any of these they
 * cannot change the structure we read (task boxes we read ourselves), so such pieces skip them.
 * The equivalence is a property test (tests/core/parse/gfm-pieces.property.test.ts).
 */
const GFM_SYNTAX = /[|~@]|\[\^|www\.|[a-z]:\/\//i;

export type GfmMode = "auto" | "always";

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

const PHRASING_PARENTS = new Set([
	"paragraph",
	"heading",
	"tableCell",
	"emphasis",
	"strong",
	"delete",
	"link",
	"linkReference",
	"footnoteReference",
]);
const SKIPPED_INLINE = new Set(["inlineCode", "link", "linkReference", "image", "imageReference"]);

export function readBlocks(masked: string, lines: Lines, gfm: GfmMode = "auto"): Blocks {
	const headings: RawHeading[] = [];
	const listItems: RawListItem[] = [];
	const opaqueLines = new Set<number>();
	const inlineSkips = new Map<number, (readonly [number, number])[]>();

	const skipRange = (from: number, to: number): void => {
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
	};
	const opaque = (from: number, to: number): void => {
		const last = lineAt(lines, Math.max(from, to - 1));
		for (let line = lineAt(lines, from); line <= last; line++) opaqueLines.add(line);
	};

	for (const chunk of splitIntoChunks(masked, lines)) {
		const piece = masked.slice(chunk.from, chunk.to);
		const tree = (gfm === "always" || GFM_SYNTAX.test(piece) ? withGfm : withoutGfm).parse(piece);
		// micromark drops a U+FEFF that opens its input and counts offsets after it.
		walk(tree, chunk.from + (masked.charCodeAt(chunk.from) === 0xfeff ? 1 : 0), null, null);
	}
	return { headings, listItems, opaqueLines, inlineSkips };

	function walk(node: Nodes, base: number, parent: Parent | null, listParent: number | null): void {
		const pos = node.position;
		const from = (pos?.start.offset ?? 0) + base;
		const to = (pos?.end.offset ?? 0) + base;
		switch (node.type) {
			case "heading":
				if (parent?.type === "root") {
					headings.push({ line: lineAt(lines, from), depth: node.depth, text: headingText(node) });
				}
				break;
			case "listItem": {
				listItems.push({ line: lineAt(lines, from), endLine: lineAt(lines, Math.max(from, to - 1)), start: from, parent: listParent });
				listParent = listItems.length - 1;
				break;
			}
			case "code":
			case "yaml":
				opaque(from, to);
				return;
			case "html":
				if (parent && PHRASING_PARENTS.has(parent.type)) skipRange(from, to);
				else opaque(from, to);
				return;
			default:
				if (SKIPPED_INLINE.has(node.type)) {
					// Link text still holds wikilink-free prose, but tags there are not tags in Obsidian.
					skipRange(from, to);
					return;
				}
		}
		if ("children" in node) for (const child of node.children) walk(child, base, node, listParent);
	}
}

/** A setext heading can span lines: its text keeps LF between them, whatever the note's line endings. */
function headingText(node: Nodes): string {
	return toString(node).replaceAll(PLACEHOLDER, "").replace(/\r\n?/g, "\n").trim();
}

export type { Root };
