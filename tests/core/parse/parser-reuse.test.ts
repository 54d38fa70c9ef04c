import { parse, postprocess, preprocess } from "micromark";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/parse-note.js";

const tags = (text: string): string[] => parseNote(text).listItems.flatMap((i) => i.tags.map((t) => t.name));

describe("micromark's parser, made once per set of extensions and used for every piece", () => {
	it("should forget what one note defined before it reads the next", () => {
		// With the definition, `[VAT #intl/risk]` is a link (no tag in it); in a note without it, it is text.
		expect(tags("[vat #intl/risk]: https://example.com\n\n- [ ] file [VAT #intl/risk]\n")).toEqual([]);
		expect(tags("- [ ] file [VAT #intl/risk]\n")).toEqual(["intl/risk"]);
		expect(tags("[^#intl/risk]: a footnote\n\n- [ ] VAT [^#intl/risk] ~done~\n")).toEqual(tags("- [ ] VAT [^#intl/risk] ~done~\n"));
	});

	it("should keep no document state beyond the fields it empties (a new micromark or extension that adds one fails here)", () => {
		const parser = parse({ extensions: [gfmTaskListItem(), frontmatter(), gfmTable(), gfmStrikethrough(), gfmFootnote()] });
		const before = new Set(Object.keys(parser));
		const text = "---\na: 1\n---\n[x]: https://a\n\n[^1]: note\n\n| a |\n| - |\n| b |\n\n- [ ] c [x] [^1] ~d~\n> lazy\ncontinued\n";
		// micromark's tokenizer, not DOM's document.write, which the lint rule takes it for.
		const tokenizer = parser.document();
		const tokenize = (chunks: ReturnType<ReturnType<typeof preprocess>>) => tokenizer.write(chunks);
		postprocess(tokenize(preprocess()(text, undefined, true)));
		const added = Object.keys(parser).filter((k) => !before.has(k));
		expect(added).toEqual(["gfmFootnotes"]);
		expect(Object.keys(parser).filter((k) => k !== "gfmFootnotes").sort()).toEqual(["constructs", "content", "defined", "document", "flow", "lazy", "string", "text"]);
	});
});
