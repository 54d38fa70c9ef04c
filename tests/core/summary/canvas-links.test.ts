/**
 * Canvas cards are markdown Obsidian renders: a card must not carry a link that runs script, in any
 * form or spelling, and no node may have a `url` that is not http(s). Checked with a markdown parser
 * (what a link is) and against the JSON Canvas schema.
 */
import { Ajv } from "ajv";
import fc from "fast-check";
import type { Root, RootContent } from "mdast";
import { readFileSync } from "node:fs";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { indexVault } from "../../../src/core/plan/index.js";
import { planCanvas } from "../../../src/core/summary/index.js";
import { urlAsRead } from "../../support/controls.js";
import { hostile } from "./hostile-text.js";

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync("tests/fixtures/jsoncanvas-1.0.schema.json", "utf8")) as object);
const markdown = unified().use(remarkParse).use(remarkGfm);

const LINKS = [
	"[click](javascript:alert(1))",
	"[click](JaVaScRiPt:alert(1))",
	"[click](java\tscript:alert(1))",
	"[click](&#106;avascript:alert(1))",
	"[click](&#x6A;avascript&#x3A;alert(1))",
	"[click](javascript&colon;alert(1))",
	"[click](vbscript:msgbox(1))",
	"[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
	"[click](<javascript:alert(1)>)",
	"[click][ref] and [ref]: javascript:alert(1)",
	'<a href="javascript:alert(1)">click</a>',
	"<a href='&#106;avascript:alert(1)'>click</a>",
	"<javascript:alert(1)>",
	"![img](javascript:alert(1))",
];

function cardTexts(itemTexts: readonly string[], path = "Plans/p.md"): string[] {
	const note = `---\nintl-plan: 1\n---\n## Strategy\n${itemTexts.map((t) => `- [ ] ${t}`).join("\n")}\n`;
	const index = indexVault([{ path, text: note }]);
	const canvas = planCanvas(index, index.plans[0]!, "en");
	expect(validate(JSON.parse(JSON.stringify(canvas))), JSON.stringify(validate.errors)).toBe(true);
	for (const node of canvas.nodes) expect(node).not.toHaveProperty("url");
	return canvas.nodes.flatMap((n) => (n.text === undefined ? [] : [n.text]));
}

function walk(node: Root | RootContent, visit: (n: Root | RootContent) => void): void {
	visit(node);
	if ("children" in node) for (const child of node.children as RootContent[]) walk(child, visit);
}

/** What a renderer would follow: link, image and definition URLs (entities decoded), and raw HTML. */
function dangers(card: string): string[] {
	const found: string[] = [];
	walk(markdown.parse(card), (n) => {
		if (n.type === "html") found.push(`html: ${n.value}`);
		if ((n.type === "link" || n.type === "image" || n.type === "definition") && /^(?:javascript|vbscript|data(?!:image\/(?:png|gif|jpe?g|webp)))[\t\n\r]*:/i.test(urlAsRead(n.url))) {
			found.push(`${n.type}: ${n.url}`);
		}
	});
	return found;
}

describe("links on canvas cards", () => {
	it("should carry no script link in any form or spelling", () => {
		const cards = cardTexts(LINKS);
		for (const card of cards) expect(dangers(card), card).toEqual([]);
		expect(cards.join("\n")).not.toMatch(/(?<![a-z0-9+.-])(?:javascript|vbscript):/i);
	});

	it("should keep safe links working: web links, wikilinks, raster data images", () => {
		const cards = cardTexts(["[site](https://example.com) and [[Other note]] and ![x](data:image/png;base64,iVBORw0KGgo=)"]).join("\n");
		expect(cards).toContain("[site](https://example.com)");
		expect(cards).toContain("[[Other note]]");
		expect(cards).toContain("![x](data:image/png;base64,iVBORw0KGgo=)");
	});

	it("should show a note whose name cannot be a wikilink through a markdown link, in valid JSON Canvas", () => {
		const [card] = cardTexts(["x"], "Plans/a ]] | b #c.md");
		expect(card).toMatch(/^\*\*\[a \\\]\\\] \| b #c\]\(Plans\/a%20%5D%5D%20%7C%20b%20%23c\.md\)\*\*/);
	});

	it("should carry no script link and no raw HTML whatever the items say (property)", () => {
		fc.assert(
			fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (texts) => {
				for (const card of cardTexts(texts.map((t) => t.replace(/[\r\n]+/g, " ")))) expect(dangers(card), card).toEqual([]);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 200) },
		);
	});
});
