import { describe, expect, it } from "vitest";
import { readPieceTree } from "../../../src/core/parse/blocks-from-tree.js";

describe("readPieceTree", () => {
	it("should place the GFM autolink literals mdast finds after parsing, which carry no position", () => {
		const text = "- see [www.example.com/#x and *www.example.org* #intl/risk\n";
		const skips = readPieceTree(text).skips.map(([a, b]) => text.slice(a, b));
		expect(skips).toEqual(["www.example.com/#x", "www.example.org"]);
	});

	it("should count offsets after a U+FEFF that opens the piece", () => {
		const text = "\uFEFF- [www.example.com #intl/risk\n";
		const [[from, to]] = readPieceTree(text).skips as [[number, number]];
		expect(text.slice(from + 1, to + 1)).toBe("www.example.com");
	});
});
