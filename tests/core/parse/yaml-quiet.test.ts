import { afterEach, describe, expect, it, vi } from "vitest";
import { parseNote } from "../../../src/core/parse/index.js";

describe("frontmatter problems are returned, never printed", () => {
	afterEach(() => vi.restoreAllMocks());

	it("should not write to the console or emit process warnings for an unfilled template", () => {
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		const emit = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
		const facts = parseNote("---\ncreated: {{date}}\ntitle: {{title}}\n---\n# x\n");
		expect(facts.frontmatter).not.toBeNull();
		expect(warn).not.toHaveBeenCalled();
		expect(emit).not.toHaveBeenCalled();
	});
});
