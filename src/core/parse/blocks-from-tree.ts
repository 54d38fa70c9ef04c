/**
 * Block records from remark's syntax tree (remark-parse + remark-gfm + remark-frontmatter).
 * The reference reader: `blocks-from-events.ts` must agree with it, and takes over only where it
 * provably can. Used as is for pieces holding GFM autolink literals (their mdast transform finds
 * links micromark leaves as text) and headings whose text needs mdast to assemble.
 */
import type { Nodes, Parent } from "mdast";
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

export function readPieceTree(piece: string): PieceRecords {
	const out = emptyPieceRecords();
	walk(processor.parse(piece), null, null);
	return out;

	function walk(node: Nodes, parent: Parent | null, listParent: number | null): void {
		const from = node.position?.start.offset ?? 0;
		const to = node.position?.end.offset ?? 0;
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
		if ("children" in node) for (const child of node.children) walk(child, node, listParent);
	}
}
