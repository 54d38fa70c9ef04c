// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { noteParser } from "../../../src/obsidian/index/note-parser.js";
import { loadIndexed, itemTexts } from "./live-harness.js";

const PLAN = "---\nintl-plan: 1\ncompany: Acme\n---\n## 营销协同 Marketing\n- [ ] Localize the listings\n";
const BAD = "---\nplan: \"[[Plan]]\"\ndimension: compliance\n---\n- [ ] Register for VAT\n";

afterEach(() => vi.restoreAllMocks());

describe("a note the parser fails on", () => {
	it("should become a problem in the index while the rest of the vault is read", async () => {
		const parse = noteParser.parse.bind(noteParser);
		vi.spyOn(console, "error").mockImplementation(() => undefined);
		vi.spyOn(noteParser, "parse").mockImplementation((path, ...rest) => {
			if (path === "Acme/Bad.md") throw new RangeError("Maximum call stack size exceeded");
			return parse(path, ...rest);
		});
		const h = await loadIndexed({ "Acme/Plan.md": PLAN, "Acme/Bad.md": BAD });
		expect(h.plugin.index.isReady()).toBe(true);
		expect(itemTexts(h)).toEqual(["Localize the listings"]);
		const problems = h.plugin.index.current().problems.filter((p) => p.path === "Acme/Bad.md");
		expect(problems.map((p) => [p.code, p.args?.detail])).toEqual([["file-unreadable", "Maximum call stack size exceeded"]]);
	});
});
