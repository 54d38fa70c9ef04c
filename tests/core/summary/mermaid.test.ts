// @vitest-environment happy-dom
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { completionChart, mermaidLabel, summarizePlan, summaryMarkdown } from "../../../src/core/summary/index.js";
import { exampleIndex, library, planPath, TODAY } from "./support.js";

// Mermaid's own parser, the one Obsidian's renderer runs (it needs a DOM for DOMPurify: happy-dom).
let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
	const mermaid = (await import("mermaid")).default;
	parse = (text) => mermaid.parse(text);
}, 60_000);

const body = (block: string): string => block.replace(/^```mermaid\n/, "").replace(/\n```$/, "");

describe("the summary's Mermaid chart", () => {
	it("should parse for both example plans in both languages", async () => {
		for (const plan of ["Hengtai", "Lingxi"]) {
			for (const lang of ["en", "zh"] as const) {
				const md = summaryMarkdown(summarizePlan(exampleIndex, planPath(plan), library, TODAY)!, lang);
				const block = /```mermaid\n[\s\S]*?\n```/.exec(md)?.[0] ?? "";
				await expect(parse(body(block))).resolves.toBeTruthy();
			}
		}
	});

	it("should parse whatever text a label holds: CJK, quotes, punctuation, entities, comments (property)", async () => {
		const risky = fc.constantFrom('"', "'", "#", "#quot;", "%%", ";", ":", "[", "]", "(", ")", "{", "}", ",", "<b>", "&", "\\", "\n", "\t", "-->", "战略决策", "，", "。", "（", "）", "📅", " ");
		const label = fc.array(fc.oneof(risky, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(""));
		await fc.assert(
			fc.asyncProperty(label, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }), async (title, values) => {
				const progress = (["strategy", "technology", "marketing", "compliance"] as const).map((dimension, i) => ({
					dimension,
					counts: { open: 0, "in-progress": 0, done: 0, cancelled: 0 },
					completion: values[i] ?? null,
				}));
				await expect(parse(body(completionChart(progress, "zh", title)))).resolves.toBeTruthy();
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 150) },
		);
	}, 120_000);

	it("should be checked by a parser that does reject a bad label (the test has teeth)", async () => {
		await expect(parse('xychart-beta\n    title "say "hi""\n    x-axis ["a"]\n    bar [1]')).rejects.toThrow();
	});

	it("should keep labels quoted and on one line, a quote as Mermaid's entity code", () => {
		expect(mermaidLabel('a "b"\nc')).toBe(`"a #quot;b#quot; c"`);
		expect(mermaidLabel("")).toBe('"-"');
	});
});
