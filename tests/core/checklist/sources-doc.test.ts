import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checklistSourcesMarkdown } from "../../../src/core/checklist/index.js";
import { library } from "./support.js";

describe("docs/checklist-sources.md", () => {
	const written = checklistSourcesMarkdown(library);

	it("should be what `npm run docs:checklist` writes from the library today", () => {
		const committed = readFileSync("docs/checklist-sources.md", "utf8");
		expect(committed.split("\n"), "docs/checklist-sources.md is out of date: run npm run docs:checklist and commit it").toEqual(written.split("\n"));
	});

	it("should list every item once with its condition, sections and both wordings", () => {
		for (const item of library.items) {
			const rows = written.split("\n").filter((l) => l.startsWith(`| \`${item.id}\` |`));
			expect(rows, item.id).toHaveLength(1);
			expect(rows[0]).toContain(`\`${item.when}\``);
			expect(rows[0]).toContain(item.zh);
			expect(rows[0]).toContain(item.en);
			for (const s of item.sources) expect(rows[0]).toContain(s);
		}
	});

	it("should keep a table intact when a wording holds a pipe", () => {
		const doc = checklistSourcesMarkdown({ items: [{ ...library.items[0]!, en: "Platform | site" }] });
		expect(doc).toContain("Platform \\| site");
	});
});
