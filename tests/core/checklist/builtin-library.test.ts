import { describe, expect, it } from "vitest";
import { PAPER_SECTIONS as SECTIONS } from "../../../src/core/checklist/paper-sections.js";
import { DIMENSIONS } from "../../../src/core/plan/index.js";
import { library } from "./support.js";

/** Sections of the paper that carry management implications (§2.1 names RCEP, §2.2 the DSA/GDPR load). */
const PAPER_SECTIONS = SECTIONS.map((s) => s.id);

describe("the built-in checklist library", () => {
	it("should read without a single problem", () => {
		expect(library.problems).toEqual([]);
	});

	it("should hold 40 to 90 items, at least ten per dimension", () => {
		expect(library.items.length).toBeGreaterThanOrEqual(40);
		expect(library.items.length).toBeLessThanOrEqual(90);
		for (const d of DIMENSIONS) expect(library.items.filter((i) => i.dimension === d).length).toBeGreaterThanOrEqual(10);
	});

	it("should give every item Chinese and English text and a paper section that exists", () => {
		for (const item of library.items) {
			expect(item.zh, item.id).toMatch(/[\u4e00-\u9fff]/);
			expect(item.en, item.id).toMatch(/^[A-Z]/);
			for (const source of item.sources) expect(PAPER_SECTIONS, `${item.id} ${source}`).toContain(source);
		}
	});

	it("should cite every section of the paper with implications", () => {
		const cited = new Set(library.items.flatMap((i) => i.sources));
		for (const section of PAPER_SECTIONS) expect(cited, section).toContain(section);
	});

	it("should use unique ids named after their dimension", () => {
		const ids = library.items.map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		const prefix = { strategy: "ck-strategy-", technology: "ck-tech-", marketing: "ck-marketing-", compliance: "ck-compliance-" };
		for (const item of library.items) expect(item.id.startsWith(prefix[item.dimension]), item.id).toBe(true);
	});

	it("should cover each differentiated path of §4 with at least one item conditioned on it", () => {
		const whens = library.items.map((i) => i.when);
		for (const needle of ["size = large", "size = small", "industry = manufacturing", "industry = trading", "market = developed", "market = emerging"]) {
			expect(whens.some((w) => w.includes(needle)), needle).toBe(true);
		}
	});
});
