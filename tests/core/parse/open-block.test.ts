import { describe, expect, it } from "vitest";
import { readPieceEvents } from "../../../src/core/parse/blocks-from-events.js";
import { readPieceTree } from "../../../src/core/parse/blocks-from-tree.js";
import { endsInsideBlock } from "../../../src/core/parse/open-block.js";

/** Asks of a piece what `blocks.ts` asks, with the opaque spans of both readers: they must agree. */
function endsInside(piece: string): boolean {
	const fromTree = endsInsideBlock(piece, readPieceTree(piece).opaque);
	expect(endsInsideBlock(piece, readPieceEvents(piece)?.opaque ?? [])).toBe(fromTree);
	return fromTree;
}

describe("A piece that ends inside a fenced code block or raw HTML block", () => {
	it.each([
		["a fence left open", "Text\n\n```\ncode\n"],
		["a fence with only its opening", "Text\n\n~~~~\n"],
		["a fence closed by a shorter fence", "````\ncode\n```\n"],
		["a fence closed by the other character", "```\ncode\n~~~\n"],
		["a fence whose closing has words after it", "```\ncode\n``` x\n"],
		["a fence whose closing is indented four spaces", "```\ncode\n    ```\n"],
		["a fence in a list item, left open", "- a\n\n  ```\n  code\n"],
		["a fence after a list marker", "1. ```\n"],
		["a <pre> block not closed", "<pre>\n- [ ] a\n"],
		["a <style> block with text after its opening", "<style> p { }\nx\n"],
		["a fence left open over a blank line and text", "```\ncode\n\nText\n"],
		["an HTML comment left open", "<!--\n- [ ] a\n"],
		["a processing instruction left open", "<?php\necho 1;\n"],
		["a CDATA section left open", "<![CDATA[\nx\n"],
		["a fence left open, with CRLF", "```\r\ncode\r\n"],
	])("should be open: %s", (_what, piece) => {
		expect(endsInside(piece)).toBe(true);
	});

	it.each([
		["no block at all", "Text\n\n- [ ] a\n"],
		["a closed fence", "```\ncode\n```\n"],
		["a fence closed by a longer fence, indented", "```\ncode\n   `````\n"],
		["a closed fence, with CRLF", "~~~\r\ncode\r\n~~~\r\n"],
		["a <script> block closed, then a paragraph", "<script>\n</script> x\nmore\n"],
		["a fence in a list item, closed", "- a\n\n  ```\n  code\n  ```\n"],
		["a block that is not the last thing in the piece", "```\ncode\n```\n\nMore text\n"],
		["a <pre> block closed on its line", "<pre>x</pre>\n"],
		["a <pre> block closed later", "<pre>\nx\n</pre>\n"],
		["a <div> block, which a blank line ends", "<div>\nx\n"],
		["a doctype", "<!DOCTYPE html>\n"],
		["indented code", "Text\n\n    code\n"],
		["frontmatter", "---\na: 1\n---\n"],
	])("should not be open: %s", (_what, piece) => {
		expect(endsInside(piece)).toBe(false);
	});
});
