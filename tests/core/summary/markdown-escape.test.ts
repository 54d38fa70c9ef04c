import { describe, expect, it } from "vitest";
import { blockStart, codeSpan, headingText, inline, listItem, mermaidLabel, noteLink, tableCell } from "../../../src/core/summary/markdown-escape.js";
import { hasUnsafeLink, neutralizeUnsafeLinks } from "../../../src/core/summary/link-safety.js";

describe("note text in generated markdown", () => {
	it("should flatten every value to one line", () => {
		expect(inline("Bob\n## Hacked\r\n```mermaid\rgraph TD\u2028x")).toBe("Bob ## Hacked \\`\\`\\`mermaid graph TD x");
	});

	it("should keep the user's inline markdown: emphasis, links, wikilinks, code", () => {
		const text = "**Pick** the [first](https://example.com) market, see [[Market notes|notes]] and `npm start`";
		expect(inline(text)).toBe(text);
	});

	it("should escape raw HTML and autolinks, so no tag or script is opened", () => {
		expect(inline("<script>alert(1)</script> <b>x</b> <https://a.b>")).toBe("&lt;script>alert(1)&lt;/script> &lt;b>x&lt;/b> &lt;https://a.b>");
	});

	it("should break up Obsidian comment markers, so no text is hidden and no %%{init appears", () => {
		expect(inline("%% intl-plan:summary end %%")).toBe("%\\% intl-plan:summary end %\\%");
		expect(inline("%%%{init: {}}%%%")).toBe("%\\%\\%{init: {}}%\\%\\%");
		expect(inline("50% of 100%")).toBe("50% of 100%");
	});

	it("should keep code spans as written but escape unpaired backticks, which would pair with generated ones", () => {
		expect(inline("use `a<b|c` here")).toBe("use `a<b|c` here");
		expect(inline("one ` tick")).toBe("one \\` tick");
		expect(inline("```mermaid")).toBe("\\`\\`\\`mermaid");
		expect(inline("`` a ` b ``")).toBe("`` a ` b ``");
		expect(inline("\\`not code`")).toBe("\\`not code\\`");
	});

	it("should not keep a code span holding %% as code: its marker is escaped like any other", () => {
		expect(inline("`%%{init}%%`")).toBe("\\`%\\%{init}%\\%\\`");
	});

	it("should escape a [[ that no ]] closes, which would take the generator's own link into it", () => {
		expect(inline("see [[Other")).toBe("see \\[\\[Other");
		expect(inline("see [[Other]] and [[more")).toBe("see [[Other]] and \\[\\[more");
	});

	it("should make link schemes that run script inert in every link form", () => {
		expect(inline("[x](javascript:alert(1))")).toBe("[x](javascript :alert(1))");
		expect(inline('<a href="JavaScript:alert(1)">x</a>')).toBe('&lt;a href="JavaScript :alert(1)">x&lt;/a>');
		expect(inline("<javascript:alert(1)>")).toBe("&lt;javascript :alert(1)>");
		expect(inline("[x]: vbscript:msgbox")).toBe("[x]: vbscript :msgbox");
	});

	it("should escape | in table cells, also inside code and wikilinks, and not undo an escape the user wrote", () => {
		expect(tableCell("a | b `c|d` [[e|f]]")).toBe("a \\| b `c\\|d` [[e\\|f]]");
		expect(tableCell("a \\| b \\\\| c")).toBe("a \\| b \\\\\\| c");
		expect(tableCell("x\ny")).toBe("x y");
	});

	it("should escape a block marker the text would start a line with", () => {
		for (const [text, out] of [
			["# Hacked", "\\# Hacked"],
			["###### six", "\\###### six"],
			["> quote", "\\> quote"],
			["- item", "\\- item"],
			["+ item", "\\+ item"],
			["* item", "\\* item"],
			["1. one", "1\\. one"],
			["2) two", "2\\) two"],
			["***", "\\***"],
			["_ _ _", "\\_ _ _"],
			["~~~ fence", "\\~~~ fence"],
			["$$ math", "\\$$ math"],
			["[ ] task", "\\[ ] task"],
			["[x] done", "\\[x] done"],
			["[ref]: https://a.b", "\\[ref]: https://a.b"],
			["[^1]: note", "\\[^1]: note"],
			["```js", "\\`\\`\\`js"],
			["<div>", "&lt;div>"],
		] as const) {
			expect(listItem(text), text).toBe(out);
		}
	});

	it("should leave text that starts no block alone", () => {
		for (const text of ["#tag at start", "-5 °C", "1.5 kg", "*emphasis* first", "[[Link]] first", "[link](https://a.b) first", "2026 plan"]) {
			expect(listItem(text), text).toBe(inline(text));
		}
		expect(blockStart("plain")).toBe("plain");
	});

	it("should keep a heading's last word from being read as a closing sequence or block id", () => {
		expect(headingText("Plan summary: C #")).toBe("Plan summary: C \\#");
		expect(headingText("Plan summary: C# plan")).toBe("Plan summary: C# plan");
		expect(headingText("Plan summary: x ^abc")).toBe("Plan summary: x \\^abc");
	});

	it("should quote code in a fence longer than any backtick run inside", () => {
		expect(codeSpan("^ck-a")).toBe("`^ck-a`");
		expect(codeSpan("a``b")).toBe("```a``b```");
		expect(codeSpan("`x")).toBe("`` `x ``");
	});
});

describe("links to notes", () => {
	it("should be wikilinks when the path can be one", () => {
		expect(noteLink("Plans/Acme plan.md", "Acme plan:12")).toBe("[[Plans/Acme plan|Acme plan:12]]");
		expect(noteLink("Plans/Acme plan.md", "Acme plan", "table")).toBe("[[Plans/Acme plan\\|Acme plan]]");
		expect(noteLink("Plans/Acme plan.md")).toBe("[[Plans/Acme plan]]");
	});

	it("should be markdown links to the encoded path when the name holds ]], |, #, ^ or a line break", () => {
		expect(noteLink("Plans/Evil ]] | plan.md", "Evil ]] | plan:3")).toBe("[Evil \\]\\] | plan:3](Plans/Evil%20%5D%5D%20%7C%20plan.md)");
		expect(noteLink("Plans/a#b^c (1).md")).toBe("[a#b^c (1)](Plans/a%23b%5Ec%20%281%29.md)");
		expect(noteLink("Plans/x|y.md", "x|y", "table")).toBe("[x\\|y](Plans/x%7Cy.md)");
		expect(noteLink("Plans/two\nlines.md", "two\nlines")).toBe("[two lines](Plans/two%0Alines.md)");
		expect(noteLink("Plans/back\\.md", "back\\")).toBe("[back\\\\](Plans/back%5C.md)");
	});

	it("should go straight to an item's block when it has an id, and never take a block id that could break the link", () => {
		expect(noteLink("Plans/Acme plan.md", "Acme plan", "text", "ck-tech-data")).toBe("[[Plans/Acme plan#^ck-tech-data|Acme plan]]");
		expect(noteLink("Plans/a#b.md", "a#b", "text", "x1")).toBe("[a#b](Plans/a%23b.md#^x1)");
		expect(noteLink("Plans/Acme plan.md", "Acme plan", "text", "bad]]|id")).toBe("[[Plans/Acme plan|Acme plan]]");
	});
});

describe("Mermaid labels", () => {
	it("should be quoted, on one line, with quotes, entities, tags and comment markers as entity codes", () => {
		expect(mermaidLabel('a "b"\nc')).toBe('"a #quot;b#quot; c"');
		expect(mermaidLabel("%%{init: {}}%% #amp; <b>")).toBe('"#37;%{init: {}}#37;% #35;amp; #lt;b#gt;"');
		expect(mermaidLabel("Completion (%)")).toBe('"Completion (%)"');
		expect(mermaidLabel("")).toBe('"-"');
	});
});

describe("unsafe link schemes", () => {
	const unsafe = [
		"javascript:alert(1)",
		"JAVASCRIPT:alert(1)",
		"java\tscript:alert(1)",
		"java\nscript:alert(1)",
		"&#106;avascript:alert(1)",
		"&#x6A;avascript:alert(1)",
		"&#0000106avascript:alert(1)",
		"javascript&colon;alert(1)",
		"javascript&#58;alert(1)",
		"java&Tab;script:alert(1)",
		"jav&#x09;ascript:alert(1)",
		"vbscript:msgbox(1)",
		"data:text/html;base64,PHNjcmlwdD4=",
		"data:image/svg+xml,<svg onload=alert(1)>",
		"data:&#32;text/html,x",
	];

	it("should be found however they are spelled, and made inert", () => {
		for (const u of unsafe) {
			expect(hasUnsafeLink(u), u).toBe(true);
			expect(hasUnsafeLink(neutralizeUnsafeLinks(u)), u).toBe(false);
		}
	});

	it("should leave safe links and ordinary words alone", () => {
		for (const s of ["https://example.com", "data:image/png;base64,iVBOR", "metadata:x", "Customer data: pseudonymise", "see the javascript docs", "myjavascript:x", "mailto:a@b.c"]) {
			expect(hasUnsafeLink(s), s).toBe(false);
			expect(neutralizeUnsafeLinks(s)).toBe(s);
		}
	});
});
