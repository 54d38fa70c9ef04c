import fc from "fast-check";
import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { runSteps } from "../../../src/core/parse/steps.js";
import { readTablesSteps, type NoteTable } from "../../../src/core/parse/tables.js";
import { maskHiddenText } from "../../../src/core/parse/mask.js";
import { splitLines } from "../../../src/core/parse/lines.js";

const ANY = /\|/;
const all = (text: string, mayHold = ANY): NoteTable[] => runSteps(readTablesSteps(text, mayHold, () => true));

/** The reference: remark's tree of the whole (masked) note, as Obsidian would show its tables. */
function wholeNote(text: string): { line: number; cells: string[] }[][] {
	const lines = splitLines(text);
	const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).parse(maskHiddenText(lines));
	const out: { line: number; cells: string[] }[][] = [];
	const walk = (node: Nodes): void => {
		if (node.type === "table") {
			out.push(node.children.map((row) => ({ line: row.position?.start.line ?? 0, cells: row.children.map((c) => toString(c).replaceAll("\u2060", "").trim()) })));
			return;
		}
		if ("children" in node) for (const child of node.children) walk(child);
	};
	walk(tree);
	return out;
}

describe("a note's tables", () => {
	it("should give each row's cells as plain text, with its line", () => {
		const text = "# Plan\n\n| Market | **Entry date** |\n|---|---|\n| DE | 2027-03-01 |\n| `US` \\| CA | [[US note\\|US]] |\n";
		expect(all(text)).toEqual([
			{
				header: { line: 3, cells: ["Market", "Entry date"] },
				rows: [
					{ line: 5, cells: ["DE", "2027-03-01"] },
					{ line: 6, cells: ["US | CA", "[[US note|US]]"] },
				],
			},
		]);
	});

	it("should not read a table in code, a comment or an HTML comment", () => {
		const table = "| a | b |\n|---|---|\n| 1 | 2 |\n";
		expect(all(`\`\`\`\n${table}\`\`\`\n`)).toEqual([]);
		expect(all(`%%\n${table}%%\n`)).toEqual([]);
		expect(all(`<!--\n${table}-->\n`)).toEqual([]);
		expect(all(`    | a | b |\n    |---|---|\n`)).toEqual([]);
	});

	it("should read only tables whose header the caller wants, and no piece the cheap test rules out", () => {
		const text = "| x | y |\n|---|---|\n| 1 | 2 |\n\n| Market | Entry date |\n|---|---|\n| DE | 2027-03-01 |\n";
		const wanted = runSteps(readTablesSteps(text, /entry/i, (h) => h.includes("Entry date")));
		expect(wanted.map((t) => t.header.line)).toEqual([5]);
		expect(runSteps(readTablesSteps(text, /nothing here/, () => true))).toEqual([]);
	});

	it("should find a table's lines in a long note, read in pieces, with CRLF endings and a BOM", () => {
		const filler = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} with some words in it.\n`).join("\n");
		const text = `\uFEFF${filler}\n| Market | Entry date |\r\n|---|---|\r\n| DE | 2027-03-01 |\r\n\n${filler}`;
		const [table] = all(text);
		const lines = text.slice(1).split(/\r?\n/);
		expect(lines[(table?.rows[0]?.line ?? 0) - 1]).toBe("| DE | 2027-03-01 |");
	});

	it("should read the same tables as remark reading the whole note (property)", () => {
		const fragment = fc.constantFrom(
			"| a | b |\n|---|---|\n| 1 | 2 |\n",
			"| Market | Entry date |\n| :-- | --: |\n| DE | 2027-03-01 |\n| FR |\n",
			"```\n| in | code |\n|---|---|\n```\n",
			"%% | hidden | table |\n|---|---| %%\n",
			"- item\n\n  | in | list |\n  |---|---|\n  | x | y |\n",
			"> | quoted | table |\n> |---|---|\n> | q | r |\n",
			"Some prose with a | pipe in it.\n",
			"~~~\nopen fence with | a | b |\n",
			"## Heading\n",
			"",
		);
		const filler = fc.integer({ min: 0, max: 40 }).map((n) => "Words and more words in a paragraph.\n".repeat(n));
		fc.assert(
			fc.property(fc.array(fc.tuple(fragment, filler), { maxLength: 12 }), fc.constantFrom("\n", "\r\n"), (parts, eol) => {
				const text = parts.map(([f, p]) => `${f}\n${p}\n`).join("").replace(/\n/g, eol);
				const got = all(text).map((t) => [t.header, ...t.rows]);
				expect(got).toEqual(wholeNote(text));
			}),
			{ numRuns: 80 },
		);
	}, 60_000);
});
