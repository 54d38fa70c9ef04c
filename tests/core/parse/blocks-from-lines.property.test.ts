import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBlocks } from "../../../src/core/parse/blocks.js";
import { readPieceEvents } from "../../../src/core/parse/blocks-from-events.js";
import { readPieceLines } from "../../../src/core/parse/blocks-from-lines.js";
import { splitLines } from "../../../src/core/parse/lines.js";
import { maskHiddenText } from "../../../src/core/parse/mask.js";
import { parseNoteSteps } from "../../../src/core/parse/parse-note.js";
import { runSteps } from "../../../src/core/parse/steps.js";

/**
 * The line reader must give exactly micromark's records (the events reader's) for every piece it
 * accepts, and decline the rest. The fragments are weighted to what it accepts (list markers,
 * indentation, blank lines, headings, code spans) and to what sits at its edges (markers that cannot
 * interrupt a paragraph, lazy lines, tabs, setext and thematic lines, escapes, `<`, `](`, `]:`).
 */
const FRAGMENTS = [
	"- ", "- ", "* ", "+ ", "1. ", "1. ", "2. ", "1) ", "3) ", "10. ", "0. ", "01. ", "1234567890. ", "-", "1.", "-\t", "-     ", "[ ] ", "[x] ", "[/] ",
	"# ", "## ", "### ", "###### ", "####### ", "#", "#tag", " #", " ##", "#intl/risk",
	"\t", "\t", "  ", "  ", " ", "   ", "    ", "      ", "\n", "\n", "\n", "\n", "\n\n", "\n\n", "\r\n", "\r",
	"text", "text", "战略决策", "a b", "[owner:: 李明]", "📅 2026-12-01", "^ck-a", "\u2060", "[[Plan]]", "![[x.png]]", "(due:: 2026-01-01)",
	"`", "`", "``", "```", "`a`", "``a ` b``", "\\", "\\`", "\\\\", "\\#", "\\[", "*", "**", "_", "~", "~~", "~~~", "&amp;", "!",
	"---", "---", "===", "***", "- - -", ">", "> ", "<", "<b>", "](", "[a](b)", "[", "]", "]:", "[r]: /u", "|", "| a |", "|---|",
	"@", "@王芳", "www.x.com", "https://a.b/c", "a@b.co", "(https://a.b)",
	"[a](https://x.y/#intl/risk)", "![i](x.png)", "[t]()", "[a b](u v)", "[a](u \"t\")", "[a](<u>)", "[`a`](u)", "[a](b)c](d)", "\\[a](b)", "\\![a](b)",
	"[^1](u)", "](", "(", ")", "<https://a.b/c>", "<https://a b>", "<a@b.co>", "<x:y>", "<http://a.b/`c`>", "| a | `b|c` |", "|---|", "| --- | :-: |\n",
];
const piece = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(""));
/** Pieces the reader mostly accepts: lists, headings and text, with what can change their reading. */
const LISTY = [
	"- ", "- ", "* ", "1. ", "2. ", "1) ", "[ ] ", "[x] ", "# ", "## ", "#tag", "\t", "\t", "  ", "  ", " ", "   ", "    ",
	"\n", "\n", "\n", "\n\n", "text", "战略决策", "a b", "`a`", "``", "`", "\\`", "[owner:: 李明]", "**", "---\n", "\r\n",
	"[a](https://x.y)", "![i](x.png)", "<https://a.b>", "[[N]]", "| a | b |", "|---|---|\n", "| c | [[N\\|x]] |",
	"> ", "> ", ">", "> [!note] ", "> [!tip]- ", ">\t", "> > ", "  > ",
];
const listy = fc.array(fc.constantFrom(...LISTY), { maxLength: 80 }).map((parts) => parts.join(""));
/** Spans on lines and in tables: links, images, autolinks and code, with what makes them more than that. */
const SPANS = [
	"[a](u)", "[the listing](https://www.amazon.de/dp/B0X)", "![i](x.png)", "![[x.png]]", "[[N]]", "[[N|a]]", "<https://a.b/c>", "`c`", "``d``",
	"[a](u)", "[", "]", "(", ")", "!", "\\", "`", "<", "| ", " |", "|---|---|", "| :-: |", "text", " ", " ", "\t", "\n", "\n", "\n", "\n\n", "- ", "1. ",
	"#intl/risk", "www.a.com", "a@b.co", "https://a.b", "    ", "> ", ">",
];
const spans = fc.array(fc.constantFrom(...SPANS), { maxLength: 60 }).map((parts) => parts.join(""));
const FRONTMATTER = fc.constantFrom("", "---\na: 1\n---\n", "---\n---\n", "--- \ntags: [x]\n---  \n", "---\r\nb: 2\r\n---\r\n", "---\na: 1\n");

function agrees(text: string): boolean {
	const lines = readPieceLines(text);
	if (lines === null) return false;
	expect(lines).toEqual(readPieceEvents(text));
	return true;
}

describe("reading blocks line by line", () => {
	/** Checks `agrees` on the generator's pieces and that it accepted more than `share` of them: not a vacuous pass. */
	const agreesOn = (pieces: fc.Arbitrary<string>, share: number): void => {
		let accepted = 0;
		const runs = Number(process.env.FC_RUNS ?? 1500);
		fc.assert(
			fc.property(pieces, (text) => void (accepted += agrees(text) ? 1 : 0)),
			{ numRuns: runs },
		);
		expect(accepted).toBeGreaterThan(runs * share);
	};

	it("should give micromark's records for every piece it accepts", () => agreesOn(piece, 0.03));

	it("should give micromark's records for lists, headings and text", () => agreesOn(fc.tuple(FRONTMATTER, listy).map(([head, text]) => head + text), 0.25));

	it("should give micromark's records for links, autolinks, code spans and tables", () => agreesOn(spans, 0.1));

	it.each([
		["a number that cannot interrupt a paragraph", "- a\n  2. b\n3. c"],
		["a lazy line and a blank line", "- a\nb\n\n  c\n\nd"],
		["tabs nesting items", "- a\n\t- b\n\t\t- c\n\t- d\n- e"],
		["a heading closing a list", "- a\n  - b\n## 战略决策 Strategy\n- c"],
		["code spans beside escapes", "- a \\`b` `c\\` ``d`e`` `f`"],
		["frontmatter, then a list", "---\ntags: [x]\n---\n- [ ] a #intl/risk\n"],
		["CRLF and lone CR", "- a\r\n\t- b\r- c\r\n"],
		["links, images and autolinks", "- [ ] see [the listing](https://www.amazon.de/dp/B0X) ![i](a.png) <https://docs.google.com/d/x/edit> #intl/risk"],
		["a callout holding tasks, a lazy line and a heading", "> [!note]- 待确认\n> - [ ] a #intl/risk\n>   - [x] b\nlazy\n> ## h\n> c\n\n- d"],
		["a table at the root", "Text\n\n| 市场 | Orders |\n| --- | ---: |\n| DE | [[Supplier call 483]] |\n- [ ] after #intl/tech"],
	])("should agree on %s", (_name, text) => {
		expect(agrees(text)).toBe(true);
	});

	it.each([
		["a quote in a list item", "- a\n  > b"],
		["a nested quote", "> > a"],
		["a quote opening on a list number, interrupting a paragraph", "a\n> 2. b"],
		["a fence", "```\ncode\n```"],
		["a link with a title", 'see [a](https://x.y "t")'],
		["a link holding a link", "[a [b](c)](d)"],
		["HTML", "a <b>c</b>"],
		["a definition", "[a]\n\n[a]: /u"],
		["a table cell holding code", "| a |\n|---|\n| `b` |"],
		["a table in a list item", "- a\n  | b |\n  |---|"],
		["a number after a table (a list there, no paragraph to continue)", "| a |\n|---|\n2. x"],
		["a setext heading", "a\n---"],
		["indented code", "    code"],
		["a code span closed on the next line", "a `b\nc` d"],
		["a heading with markup", "## **Plan**"],
		["an unclosed frontmatter", "---\na: 1\n"],
	])("should decline %s", (_name, text) => {
		expect(readPieceLines(text)).toBeNull();
	});
});

/** Notes read with the line reader and without it: the same blocks and note facts. */
describe("reading a note's blocks line by line where possible", () => {
	const BLOCKS = [
		"- a\n\t- [ ] b #intl/risk 📅 2026-12-01\n- c", "## 营销协同", "Text with `code` and [[Link]].", "> [!note] a\n> - [ ] b",
		"| a | b |\n|---|---|\n| `c` | d |", "```\n- [ ] not a task\n```", "1. one\n2. two\n   - [x] three", "see [a](b) #intl/tech",
		"---\ntitle: x\n---", "%% hidden %%\n- [ ] c", "Setext\n===", "<div>\n- [ ] in html\n</div>",
	];
	const note = fc.array(fc.oneof(fc.constantFrom(...BLOCKS), listy), { minLength: 1, maxLength: 40 }).map((blocks) => blocks.join("\n\n"));

	it("should give the same blocks and facts as the events reader", () => {
		fc.assert(
			fc.property(note, (text) => {
				const lines = splitLines(text);
				const masked = maskHiddenText(lines);
				let events: ReturnType<typeof readBlocks>;
				try {
					events = readBlocks(masked, lines, "events");
				} catch (error) {
					// Development builds of mdast utilities assert on shapes the shipped build reads (see block-readers.property.test.ts).
					if ((error as { code?: string }).code === "ERR_ASSERTION") return void fc.pre(false);
					throw error;
				}
				const fast = readBlocks(masked, lines, "fast");
				expect(fast.headings).toEqual(events.headings);
				expect(fast.listItems).toEqual(events.listItems);
				expect([...fast.opaqueLines].sort((a, b) => a - b)).toEqual([...events.opaqueLines].sort((a, b) => a - b));
				expect(runSteps(parseNoteSteps(text, "fast"))).toEqual(runSteps(parseNoteSteps(text, "events")));
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 300) },
		);
	});
});
