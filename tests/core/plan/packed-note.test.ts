import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, dimensionMatcher, indexNote, type NoteIndex } from "../../../src/core/index.js";
import { packNote, unpackNote } from "../../../src/core/plan/packed-note.js";
import { exampleFiles } from "../../obsidian/view/example-vault.js";
import { shapes } from "../../support/v8-shape.js";

const matcher = dimensionMatcher(DEFAULT_CONFIG);
/** Through the CLI's cache file and back: packed, written as JSON, read, unpacked. */
const roundTrip = (note: NoteIndex): NoteIndex | null | undefined => unpackNote(JSON.parse(JSON.stringify(packNote(note))), note.path);
/** Through IndexedDB and back, as the plugin saves it: a structured clone of the packed record. */
const cloneTrip = (note: NoteIndex): NoteIndex | null | undefined => unpackNote(structuredClone(packNote(note)), note.path);

describe("a note's record as the CLI's cache and the plugin's saved index keep it", () => {
	it("should come back exactly as the core made it, for every note of the example vault", () => {
		const notes = Object.entries(exampleFiles()).flatMap(([path, text]) => indexNote(path, text, matcher, DEFAULT_CONFIG, { whole: true }) ?? []);
		expect(notes.reduce((n, note) => n + note.items.length + note.unsorted.length, 0)).toBeGreaterThan(50);
		for (const note of notes) {
			expect(roundTrip(note)).toEqual(note);
			expect(cloneTrip(note)).toEqual(note);
		}
	});

	it("should come back exactly for any note's tasks: fields, tags, block ids, nesting, no dimension (property)", () => {
		const part = fc.constantFrom("Ship it", "发货 [owner:: 李明]", "#intl/tech", "#intl/risk", "📅 2026-12-01", "⏫", "[market:: DE]", "^ck-1", "[[Link]]", "✅ 2026-11-02", "\"quoted\"", "\\\\");
		const line = fc.tuple(fc.constantFrom("", "  ", "    "), fc.constantFrom("- [ ] ", "- [x] ", "- [/] ", "- "), fc.array(part, { maxLength: 5 })).map(([indent, box, parts]) => `${indent}${box}${parts.join(" ")}`);
		fc.assert(
			fc.property(fc.constantFrom("", "## 营销协同\n", "---\ndimension: compliance\n---\n"), fc.array(line, { minLength: 1, maxLength: 12 }), (head, lines) => {
				const note = indexNote("P/n.md", head + lines.join("\n"), matcher, DEFAULT_CONFIG, { whole: true });
				if (note) expect(roundTrip(note)).toEqual(note);
			}),
			{ numRuns: 300 },
		);
	});

	it("should give items the class the core gives them (assembly and printing read their fields)", () => {
		const note = indexNote("P/n.md", "## Strategy\n- [ ] a [owner:: 李明]\n  - [x] b #intl/tech\n- c\n", matcher, DEFAULT_CONFIG);
		const back = note && roundTrip(note);
		if (!note || !back) throw new Error("no record");
		for (const i of [...note.items, ...back.items]) void i.parentLine;
		expect(shapes([...note.items, ...back.items])).toBe(1);
	});

	it("should say a damaged record is none (the note is then read again), never make items of it", () => {
		const note = indexNote("P/n.md", "## Strategy\n- [ ] a\n", matcher, DEFAULT_CONFIG);
		if (!note) throw new Error("no record");
		const packed = packNote(note);
		expect(unpackNote({ ...packed, items: [[1, "strategy"]] }, "P/n.md")).toBeUndefined();
		expect(unpackNote({ ...packed, unsorted: "x" }, "P/n.md")).toBeUndefined();
		expect(unpackNote("note", "P/n.md")).toBeUndefined();
		expect(unpackNote(null, "P/n.md")).toBeNull();
	});
});
