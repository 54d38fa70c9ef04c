import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBlocks } from "../../../src/core/parse/blocks.js";
import { splitLines } from "../../../src/core/parse/lines.js";
import { maskHiddenText } from "../../../src/core/parse/mask.js";

/**
 * blocks.ts skips remark-gfm's extensions on pieces holding no GFM syntax, for speed. That is only
 * sound if the structure we read is the same either way: this pins it on arbitrary markdown.
 */
const FRAGMENTS = [
	"# ", "## ", "- ", "* ", "1. ", "[ ] ", "[x] ", "[/] ", "#intl/strategy", "#国际化/风险合规", "[owner:: 李明]",
	"📅 2026-12-01", "⏫", "^ck-a", "`", "```", "~~~", "~", "~~x~~", "%%", "<!--", "-->", "$", "> ", "> [!note] ",
	"\t", "  ", "    ", "\n", "\n", "\n\n", "\r\n", "战略决策", "text", " ", "[[Plan#Goals|x]]", "[", "]", "(", ")",
	"| a | b |", "|---|---|", "|", "https://example.com/#x", "www.example.com", "a@b.co", "[^1]", "[^1]: note",
	"<div>", "</div>", "---", "===", "*", "_", "\\",
];

const markdown = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(""));

function structure(text: string, gfm: "auto" | "always") {
	const lines = splitLines(text);
	const blocks = readBlocks(maskHiddenText(lines), lines, gfm);
	return {
		headings: blocks.headings,
		listItems: blocks.listItems,
		opaque: [...blocks.opaqueLines].sort((a, b) => a - b),
	};
}

describe("GFM only where GFM syntax appears", () => {
	it("should read the same headings, list items and opaque lines as always using GFM", () => {
		fc.assert(
			fc.property(markdown, (text) => {
				expect(structure(text, "auto")).toEqual(structure(text, "always"));
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 400) },
		);
	});

	it("should use GFM for a note with a footnote holding a task", () => {
		const text = "Intro[^1]\n\n[^1]: note\n    - [ ] task #intl/risk\n";
		expect(structure(text, "auto")).toEqual(structure(text, "always"));
	});
});
