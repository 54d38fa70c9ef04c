/**
 * The parser in steps (parse/steps.ts): the plugin runs a note a few milliseconds at a time and may
 * read two notes at once (an edit while the vault is read), so steps must hold no shared state and
 * must come often enough on a long note.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote, parseNoteSteps, runSteps, splitLines, type Steps } from "../../../src/core/parse/index.js";
import { CHUNK_SIZE, splitIntoChunks } from "../../../src/core/parse/chunks.js";
import { ITEMS_PER_STEP } from "../../../src/core/parse/steps.js";
import { assembleIndex, assembleIndexSteps, DEFAULT_CONFIG, dimensionMatcher, indexNote, indexNoteSteps, type NoteIndex } from "../../../src/core/plan/index.js";

const matcher = dimensionMatcher(DEFAULT_CONFIG);

const PIECES = [
	"# 战略决策\n", "## Marketing #intl/marketing\n", "- [ ] Task [owner:: 王芳] 📅 2027-01-05\n", "- [x] Done #intl/risk ^id-1\n",
	"  - [ ] nested\n", "```\n- [ ] in code\n", "```\n", "%%\n", "<!--\n", "-->\n", "> - [ ] quoted #intl/tech\n", "| a | b |\n|---|---|\n",
	"Prose with a [[Link]] and https://example.com.\n", "\n", "\n\n", "---\ndimension: strategy\n---\n", "1. [ ] ordered\n", "\r\n",
];
const longish = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 400 }).map((parts) => parts.join(""));

/** Yields until done, counting them. */
function countSteps<T>(steps: Steps<T>): { value: T; yields: number } {
	let yields = 0;
	for (;;) {
		const next = steps.next();
		if (next.done) return { value: next.value, yields };
		yields++;
	}
}

describe("the parser in steps", () => {
	it("should give what the one-go parse gives, however the steps of several notes are interleaved", () => {
		fc.assert(
			fc.property(fc.array(longish, { minLength: 2, maxLength: 4 }), fc.array(fc.nat(3), { minLength: 1, maxLength: 50 }), (notes, order) => {
				const running = notes.map((text, i) => indexNoteSteps(`n${i}.md`, text, matcher, DEFAULT_CONFIG, { whole: true }));
				const results: unknown[] = notes.map(() => undefined);
				const done = notes.map(() => false);
				// Advance the notes in a random order, as an edit's read and the vault's first read take turns.
				for (let k = 0; done.includes(false); k++) {
					const i = (order[k % order.length] ?? 0) % notes.length;
					const at = done[i] ? done.indexOf(false) : i;
					const next = running[at]?.next();
					if (next?.done) {
						done[at] = true;
						results[at] = next.value;
					}
				}
				notes.forEach((text, i) => expect(results[i]).toEqual(indexNote(`n${i}.md`, text, matcher, DEFAULT_CONFIG, { whole: true })));
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 100) },
		);
	});

	it("should stop between the pieces of a long note and every few dozen of its tasks", () => {
		const lines: string[] = [];
		for (let i = 0; i < 4000; i++) lines.push(i % 40 === 0 ? `\n## Part ${i} #intl/strategy\n` : `- [ ] Task ${i} [owner:: 李娜] 📅 2027-02-0${(i % 9) + 1}`);
		const text = lines.join("\n") + "\n";
		expect(text.length).toBeGreaterThan(50 * CHUNK_SIZE);
		const pieces = splitIntoChunks(text, splitLines(text)).length;
		const parsed = countSteps(parseNoteSteps(text));
		expect(parsed.value).toEqual(parseNote(text));
		expect(parsed.yields).toBeGreaterThanOrEqual(pieces - 1);
		const indexed = countSteps(indexNoteSteps("long.md", text, matcher, DEFAULT_CONFIG));
		expect(indexed.value?.items.length).toBeGreaterThan(3900);
		expect(indexed.yields - parsed.yields).toBeGreaterThanOrEqual(3900 / ITEMS_PER_STEP);
		expect(indexed.value).toEqual(runSteps(indexNoteSteps("long.md", text, matcher, DEFAULT_CONFIG)));
	});

	it("should stop every few hundred lines before the pieces are read (chunking, budgets)", () => {
		// One huge code block: a single piece for micromark, but 60,000 lines for the scans before it.
		const text = "```\n" + "x\n".repeat(60_000) + "```\n- [ ] after #intl/tech\n";
		const { yields, value } = countSteps(parseNoteSteps(text));
		expect(value.listItems).toHaveLength(1);
		expect(yields).toBeGreaterThanOrEqual((2 * 60_000) / 512);
	});

	it("should assemble a vault's index in steps: every thousand or so items, and through membership", () => {
		const notes: NoteIndex[] = [];
		const paths: string[] = [];
		for (let p = 0; p < 10; p++) {
			const plan = `Plans/P${p}/Plan.md`;
			paths.push(plan);
			notes.push(indexNote(plan, "---\nintl-plan: 1\ncompany: C\n---\n", matcher, DEFAULT_CONFIG) as NoteIndex);
			for (let n = 0; n < 300; n++) {
				const path = `Plans/P${p}/${n}.md`;
				paths.push(path);
				const link = n % 3 === 0 ? `---\nplan: "[[Plans/P${(p + 1) % 10}/Plan]]"\n---\n` : "";
				notes.push(indexNote(path, `${link}- [ ] a #intl/strategy\n- [ ] b #intl/risk\n- [ ] c\n`, matcher, DEFAULT_CONFIG) as NoteIndex);
			}
		}
		const { value, yields } = countSteps(assembleIndexSteps(notes, paths));
		expect(value).toEqual(assembleIndex(notes, paths));
		expect(value.items.length).toBe(6000);
		// Membership (3,010 notes, the link resolver over every path) and the items (9,000 records) each take several.
		expect(yields).toBeGreaterThanOrEqual(3010 / 512 + 3010 / 512 + 9000 / 1024);
	});
});
