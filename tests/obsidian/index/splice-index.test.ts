// @vitest-environment happy-dom
/** Putting one changed note into the index must give exactly what assembling the whole index gives. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleIndex, DEFAULT_CONFIG, dimensionMatcher, indexNote, type NoteIndex } from "../../../src/core/index.js";
import { spliceNote } from "../../../src/obsidian/index/splice-index.js";
import { exampleVault } from "./live-harness.js";

const matcher = dimensionMatcher(DEFAULT_CONFIG);
const files = exampleVault();
const paths = Object.keys(files).sort();
const index = (path: string, text: string): NoteIndex | null => indexNote(path, text, matcher, DEFAULT_CONFIG);
const notes = new Map(paths.map((p) => [p, index(p, files[p] ?? "")] as const));
const assemble = (m: ReadonlyMap<string, NoteIndex | null>) => assembleIndex([...m.values()].filter((n): n is NoteIndex => n !== null), paths);
const indexed = paths.filter((p) => notes.get(p));

/** Edits people make: a task added, ticked or removed, a field or a date that does not parse, a size changed. */
const EDITS: readonly ((text: string, k: number) => string)[] = [
	(t, k) => `${t}\n- [ ] Follow-up ${k} [owner:: 王芳] 📅 2026-12-0${(k % 9) + 1}\n`,
	(t) => t.replace("- [ ]", "- [x]"),
	(t) => t.replace(/^- \[.\].*\n/m, ""),
	(t, k) => `${t}\n- [ ] Broken date ${k} [due:: 2026-13-45] #intl/risk\n`,
	(t) => t.replace(/^size: \w+/m, "size: giant"),
	(t) => t.replace(/^size: \w+/m, "size: medium"),
	(t, k) => `${t}\n## 营销协同 Marketing ${k}\n\n- Launch note ${k}\n`,
	(t) => t.replace(/#intl\/\w+/, ""),
	// A task under a heading that names no dimension: the plan's unsorted tray, and its count as a problem.
	(t, k) => `${t}\n## Misc ${k}\n\n- [ ] Chore ${k}\n`,
];

const counts = { plan: 0, problems: 0, note: 0, declined: 0, unsorted: 0 };
describe("splicing one changed note into the index", () => {
	it("should give what assembling gives, whenever it does not decline", () => {
		fc.assert(
			fc.property(fc.constantFrom(...indexed), fc.array(fc.nat({ max: EDITS.length - 1 }), { minLength: 1, maxLength: 3 }), (path, edits) => {
				const before = notes.get(path);
				if (!before) return;
				let text = files[path] ?? "";
				edits.forEach((e, k) => (text = EDITS[e]?.(text, k) ?? text));
				const after = index(path, text);
				if (!after) return;
				const spliced = spliceNote(assemble(notes), before, after);
				if (spliced) expect(spliced).toEqual(assemble(new Map(notes).set(path, after)));
				counts[spliced ? (after.profile ? "plan" : after.problems.length > 0 ? "problems" : "note") : "declined"]++;
				if (spliced && after.unsorted.length > 0) counts.unsorted++;
			}),
			{ numRuns: 200, seed: 7 },
		);
		// The property means something only if every kind of splice happened.
		expect(counts.plan).toBeGreaterThan(0);
		expect(counts.problems).toBeGreaterThan(0);
		expect(counts.note).toBeGreaterThan(50);
		expect(counts.unsorted).toBeGreaterThan(10);
	});

	it("should splice the everyday edit, and decline when a note joins or leaves the plans", () => {
		const path = indexed.find((p) => !notes.get(p)?.profile && (notes.get(p)?.items.length ?? 0) > 0) ?? "";
		const before = notes.get(path);
		if (!before) throw new Error("no note with items");
		const edited = index(path, `${files[path] ?? ""}\n- [ ] One more #intl/strategy\n`);
		if (!edited) throw new Error("not indexed");
		expect(spliceNote(assemble(notes), before, edited)).not.toBeNull();

		const plan = indexed.find((p) => notes.get(p)?.profile) ?? "";
		const planBefore = notes.get(plan);
		const noLongerPlan = index(plan, (files[plan] ?? "").replace(/^intl-plan: 1$/m, "intl-plan-draft: 1"));
		if (!planBefore || !noLongerPlan) throw new Error("plan not indexed");
		expect(spliceNote(assemble(notes), planBefore, noLongerPlan)).toBeNull();

		const relinked = index(path, `---\nplan: "[[灵犀贸易 国际化规划]]"\n---\n${files[path] ?? ""}`);
		if (relinked && before.planLink?.target !== relinked.planLink?.target) expect(spliceNote(assemble(notes), before, relinked)).toBeNull();
	});
});
