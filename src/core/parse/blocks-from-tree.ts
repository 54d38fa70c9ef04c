/**
 * Block records from remark's syntax tree (remark-parse + remark-gfm + remark-frontmatter).
 * The reference reader: `blocks-from-events.ts` must agree with it, and takes over only where it
 * provably can. Used as is for pieces holding GFM autolink literals (their mdast transform finds
 * links micromark leaves as text) and headings whose text needs mdast to assemble.
 */
import type { Nodes, Parent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { cleanHeadingText, emptyPieceRecords, type PieceRecords } from "./block-records.js";
import { PLACEHOLDER } from "./mask.js";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).freeze();

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

/** remark's syntax tree of one piece, as every tree reader in the parser sees it. */
export function pieceTree(piece: string): Root {
	return processor.parse(piece);
}

export function readPieceTree(piece: string): PieceRecords {
	const out = emptyPieceRecords();
	walk(pieceTree(piece), null, null, 0);
	return out;

	/** `after`: where in the piece the previous sibling ended, for nodes the tree gives no position. */
	function walk(node: Nodes, parent: Parent | null, listParent: number | null, after: number): void {
		const [from, to] = spanOf(node, after);
		switch (node.type) {
			case "heading":
				if (parent?.type === "root") {
					out.headings.push({ from, depth: node.depth, text: cleanHeadingText(toString(node), PLACEHOLDER) });
				}
				break;
			case "listItem":
				out.listItems.push({ from, to, parent: listParent });
				listParent = out.listItems.length - 1;
				break;
			case "code":
			case "yaml":
				out.opaque.push([from, to]);
				return;
			case "html":
				(parent && PHRASING_PARENTS.has(parent.type) ? out.skips : out.opaque).push([from, to]);
				return;
			default:
				if (SKIPPED_INLINE.has(node.type)) {
					// Link text still holds prose, but tags there are not tags in Obsidian.
					out.skips.push([from, to]);
					return;
				}
		}
		if ("children" in node) {
			let cursor = from;
			for (const child of node.children) {
				walk(child, node, listParent, cursor);
				cursor = spanOf(child, cursor)[1];
			}
		}
	}

	/**
	 * A node's [from, to] in the piece. Links that mdast-util-gfm-autolink-literal finds in text
	 * after parsing carry no position; their text is the literal URL, found after the sibling before.
	 */
	function spanOf(node: Nodes, after: number): [number, number] {
		if (node.position) return [node.position.start.offset ?? 0, node.position.end.offset ?? 0];
		// Offsets count from after a U+FEFF that opens the piece, as micromark drops it.
		const bom = piece.charCodeAt(0) === 0xfeff ? 1 : 0;
		const text = toString(node);
		const at = text ? piece.indexOf(text, after + bom) : -1;
		return at === -1 ? [after, after] : [at - bom, at - bom + text.length];
	}
}
