/**
 * Reconcile on random plans (library items with the user's ticks, owners, dates, emoji, tags and
 * child lines, prose and tasks of their own between) after random library edits (add, reword,
 * remove) and profile changes. ~100 runs keep the suite fast; FC_RUNS=5000 for a deeper search.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applicableItems, applyEdits, readLibrary, reconcile, wording } from "../../../../src/core/checklist/index.js";
import { isInsert as isInsertForTest } from "../../../../src/core/checklist/sync/line-edit.js";
import { parseNote } from "../../../../src/core/parse/index.js";
import { DEFAULT_CONFIG, readProfile, type PlanLang } from "../../../../src/core/plan/index.js";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 100) };
const SLOW = 60_000;
const TODAY = "2026-05-01";
const DIMS = ["strategy", "technology", "marketing", "compliance"] as const;
const HEADINGS = { strategy: "## 战略决策 Strategy", technology: "## Technology", marketing: "## 营销协同", compliance: "## 风险合规 Compliance" };
const WHEN = ["always", "always", "size = small, micro", "size = large, medium", "market = emerging", "market = developed", "market = EU", "industry = trading"];
const WORDS = ["数据", "市场", "plan", "build", "合规", "品牌", "(A)", "v2", "e-commerce", "对比", "物流", "SKU", "评估", "first,", "再"];

interface Entry {
	readonly id: string;
	readonly dim: (typeof DIMS)[number];
	readonly zh: string;
	readonly en: string;
	readonly when: string;
	readonly source: string;
}

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const entry = (id: string): fc.Arbitrary<Entry> =>
	fc.record({ id: fc.constant(id), dim: fc.constantFrom(...DIMS), zh: words, en: words, when: fc.constantFrom(...WHEN), source: fc.constantFrom("§3.1", "§3.2, §4.1", "§4.3") });

function libraryText(entries: readonly Entry[]): string {
	const out = ["---", "intl-plan-library: 1", "---", "# Library", ""];
	for (const dim of DIMS) {
		out.push(HEADINGS[dim], "");
		for (const e of entries.filter((x) => x.dim === dim)) out.push(`- ${e.zh} ^${e.id}`, `    - en:: ${e.en}`, `    - when:: ${e.when}`, `    - source:: ${e.source}`);
		out.push("");
	}
	return out.join("\n");
}

const profile = fc.record({
	size: fc.constantFrom("small", "large", "micro", null),
	markets: fc.subarray(["DE", "VN", "EU", "US", "BR"]),
	industry: fc.constantFrom("trading", "manufacturing", null),
	lang: fc.constantFrom<PlanLang | null>("zh", "en", "both", null),
});
type ProfileSpec = typeof profile extends fc.Arbitrary<infer T> ? T : never;

function front(p: ProfileSpec, order: number): string {
	const keys = [
		"intl-plan: 1",
		p.size ? `size: ${p.size}` : "",
		p.markets.length ? `markets: [${p.markets.join(", ")}]` : "",
		p.industry ? `industry: ${p.industry}` : "",
		p.lang ? `lang: ${p.lang}` : "",
	].filter((k) => k !== "");
	const rotated = [...keys.slice(order % keys.length), ...keys.slice(0, order % keys.length)];
	return ["---", ...rotated, "---"].join("\n");
}

/** One checklist line as a person may have left it. */
interface CkLine {
	readonly entry: number;
	readonly status: " " | "x" | "/" | "-";
	readonly words: "zh" | "en" | "both" | "old";
	readonly tokens: readonly string[];
	readonly retired: boolean;
	readonly children: readonly string[];
	readonly indent: boolean;
}
const TOKENS = ["[owner:: 李明]", "(due:: 2026-09-01)", "[done-by:: 王芳]", "📅 2026-09-01", "✅ 2026-08-30", "⏫", "#重点", "[market:: VN]", "[source:: §9.9]", "[source:: §3.1]"];
const ckLine = (entries: number): fc.Arbitrary<CkLine> =>
	fc.record({
		entry: fc.nat({ max: entries - 1 }),
		status: fc.constantFrom<CkLine["status"]>(" ", " ", "x", "/", "-"),
		words: fc.constantFrom<CkLine["words"]>("zh", "en", "both", "old"),
		tokens: fc.shuffledSubarray(TOKENS, { maxLength: 4 }),
		retired: fc.boolean(),
		children: fc.array(fc.constantFrom("    - 供应商：A 公司", "    - [ ] 子任务 [owner:: 张三]", "    - [x] 已完成的子任务 ✅ 2026-01-02", "    > 引用"), { maxLength: 2 }),
		indent: fc.boolean(),
	});
const userLine = fc.constantFrom("普通段落，说明背景。", "- [x] 用户自己的任务 [owner:: 赵六] ✅ 2026-03-03", "- [ ] Our own task 📅 2026-07-01", "- 用户的项目", "", "### 笔记 Notes", "| a | b |", "%% intl-plan:checklist %%");

const scenario = fc
	.record({ base: fc.array(fc.nat(), { minLength: 3, maxLength: 10 }), bom: fc.boolean(), crlf: fc.boolean(), order: fc.nat() })
	.chain(({ base, bom, crlf, order }) => {
		const ids = base.map((_, i) => `ck-p-${i}`);
		return fc.record({
			entries: fc.tuple(...ids.map(entry)),
			body: fc.array(fc.oneof(ckLine(ids.length).map((c) => ({ ck: c })), userLine.map((u) => ({ user: u }))), { maxLength: 30 }),
			oldWords: words,
			removed: fc.subarray(ids),
			rewordedIds: fc.subarray(ids),
			newWords: fc.tuple(words, words),
			added: fc.array(fc.tuple(fc.nat({ max: ids.length }), entry("ck-new")), { maxLength: 3 }),
			// The profile the plan has now; its lines were written for whatever applied before, so some
			// items no longer apply (a profile change) and some retired ones apply again.
			after: profile,
			bom: fc.constant(bom),
			crlf: fc.constant(crlf),
			order: fc.constant(order),
		});
	});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

interface Built {
	readonly text: string;
	/** For each checklist line written: its line number, entry, the words it had and how it was written. */
	readonly lines: readonly { line: number; entry: Entry; words: string; spec: CkLine; head: string; rest: string }[];
}

function buildPlan(s: Scenario, order = s.order): Built {
	const out: string[] = [...front(s.after, order).split("\n"), "# Plan", ""];
	const lines: Built["lines"][number][] = [];
	for (const dim of DIMS) {
		out.push(HEADINGS[dim], "");
		for (const piece of s.body.filter((_, i) => DIMS[i % 4] === dim)) {
			if ("user" in piece) {
				out.push(piece.user);
				continue;
			}
			const c = piece.ck;
			const e = s.entries[c.entry];
			if (!e) continue;
			const w = c.words === "old" ? s.oldWords : c.words === "both" ? `${e.zh} / ${e.en}` : e[c.words];
			const status = c.retired ? "-" : c.status;
			const indent = c.indent ? "    " : "";
			if (c.indent) out.push("- 用户的项目");
			const head = `${indent}- [${status}] `;
			const rest = [...c.tokens, ...(c.retired ? ["[retired:: 2025-01-01]"] : []), `^${e.id}`].map((t) => ` ${t}`).join("");
			lines.push({ line: out.length + 1, entry: e, words: w, spec: c, head, rest });
			out.push(head + w + rest, ...c.children.map((ch) => indent + ch));
		}
		out.push("");
	}
	const text = out.join(s.crlf ? "\r\n" : "\n");
	return { text: (s.bom ? "\uFEFF" : "") + text, lines };
}

function editedLibrary(s: Scenario): Entry[] {
	const out = s.entries
		.filter((e) => !s.removed.includes(e.id))
		.map((e) => (s.rewordedIds.includes(e.id) ? { ...e, zh: `${s.newWords[0]} 新`, en: `${s.newWords[1]} new` } : e));
	s.added.forEach(([at, e], i) => out.splice(Math.min(at, out.length), 0, { ...e, id: `ck-new-${i}` }));
	return out;
}

const normalize = (rest: string): string =>
	rest
		.replace(/\[retired:: [^\]]*\] ?/g, "")
		.replace(/ ?\[retired:: [^\]]*\]$/, "")
		.replace(/\[market:: [^\]]*\] ?/g, "")
		.replace(/\[source:: [^\]]*\]/g, "[source::]");

function run(s: Scenario) {
	const built = buildPlan(s);
	const library = readLibrary(libraryText(editedLibrary(s)), DEFAULT_CONFIG);
	expect(library.problems.filter((p) => p.code !== "library-empty")).toEqual([]);
	const fm = parseNote(built.text).frontmatter;
	if (!fm) throw new Error("no frontmatter");
	const { profile: p } = readProfile(fm, DEFAULT_CONFIG);
	const result = reconcile(library, built.text, p, TODAY, { config: DEFAULT_CONFIG, defaultLang: "en" });
	return { built, library, profile: p, result, out: applyEdits(built.text, result.edits) };
}

const split = (text: string): string[] => text.replace(/^\uFEFF/, "").split(/\r?\n/);

describe("reconcile on random plans, library edits and profile changes", () => {
	it("should change checklist lines only in their wording, status, source value, market field and retired field, and keep every other line", () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const { built, library, profile: p, result, out } = run(s);
				const before = split(built.text);
				const after = split(out);
				const replaced = new Map(result.edits.flatMap((e) => (isInsertForTest(e) ? [] : [[e.line, e] as const])));
				const inserted = result.edits.flatMap((e) => (isInsertForTest(e) ? e.lines : []));
				expect(after.length).toBe(before.length + inserted.length);
				// Every line that was not edited is there, in order; the rest of the output is what was inserted.
				let at = 0;
				before.forEach((line, i) => {
					const edit = replaced.get(i + 1);
					const want = edit && edit.kind === "replace" ? edit.after : line;
					while (at < after.length && after[at] !== want) at++;
					expect(at, `line ${i + 1} kept: ${line}`).toBeLessThan(after.length);
					at++;
				});
				for (const l of inserted) expect(l === "" || /^(## .+|\s*- \[ \] .+ \^ck-[\w-]+)$/.test(l), l).toBe(true);

				const byId = new Map(library.items.map((i) => [i.id, i]));
				const applicable = applicableItems(library, p);
				const applies = new Set(applicable.map((a) => a.item.id));
				const marketsOf = new Map(applicable.map((a) => [a.item.id, a.markets]));
				const counts = new Map<string, number>();
				for (const l of built.lines) counts.set(l.entry.id, (counts.get(l.entry.id) ?? 0) + 1);
				for (const l of built.lines) {
					const edit = replaced.get(l.line);
					const was = l.head + l.words + l.rest;
					expect(before[l.line - 1]).toBe(was);
					const now = edit && edit.kind === "replace" ? edit.after : was;
					if ((counts.get(l.entry.id) ?? 0) > 1) {
						expect(edit, "duplicates are left alone").toBeUndefined();
						continue;
					}
					const entry = byId.get(l.entry.id);
					const live = entry !== undefined && applies.has(l.entry.id);
					const statusAt = l.head.length - 3;
					const oldStatus = was[statusAt];
					const status = now[statusAt];
					const words = live ? wording(entry, result.lang) : l.words;
					expect(now.slice(0, statusAt)).toBe(was.slice(0, statusAt));
					expect(now.slice(statusAt + 1, statusAt + 3 + words.length)).toBe(`] ${words}`);
					expect(normalize(now.slice(statusAt + 3 + words.length))).toBe(normalize(l.rest));
					const retiredNow = /\[retired:: /.test(now);
					if (live) {
						expect(retiredNow).toBe(false);
						expect(status, "ticks kept").toBe(l.spec.retired ? (/✅|done-by/.test(l.rest) ? "x" : " ") : oldStatus);
						if (/\[source:: /.test(now)) expect(now).toContain(`[source:: ${entry.sources.join(", ")}]`);
						// A market item's field follows the profile: the plan's markets it is for.
						const markets = marketsOf.get(l.entry.id);
						if (markets && entry.condition.some((c) => c.key === "market")) expect(now).toContain(`[market:: ${markets.join(", ")}]`);
					} else if (l.spec.retired || oldStatus === "-") expect(edit).toBeUndefined();
					else expect([status, retiredNow]).toEqual(["-", true]);
				}
			}),
			RUNS,
		);
	}, SLOW);

	it("should find nothing left to do on its output", () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const { library, profile: p, out } = run(s);
				expect(reconcile(library, out, p, TODAY, { config: DEFAULT_CONFIG, defaultLang: "en" }).edits).toEqual([]);
			}),
			RUNS,
		);
	}, SLOW);

	it("should not depend on the order of frontmatter keys, the library's line numbers or the order edits are applied in", () => {
		fc.assert(
			fc.property(scenario, fc.nat(), (s, seed) => {
				const { built, result, out } = run(s);
				const again = run(s);
				expect(again.result).toEqual(result);
				const moved = readLibrary(libraryText(editedLibrary(s)).replace("# Library\n", "# Library\n\nSome words.\n\n"), DEFAULT_CONFIG);
				expect(reconcile(moved, built.text, again.profile, TODAY, { config: DEFAULT_CONFIG, defaultLang: "en" }).edits).toEqual(result.edits);
				const other = buildPlan(s, s.order + 1 + (seed % 3));
				const body = (t: string): string => t.slice(t.indexOf("# Plan"));
				const { profile: p2 } = readProfile(parseNote(other.text).frontmatter ?? fail(), DEFAULT_CONFIG);
				expect(body(applyEdits(other.text, reconcile(again.library, other.text, p2, TODAY, { config: DEFAULT_CONFIG, defaultLang: "en" }).edits))).toBe(body(out));
				const replaces = result.edits.filter((e) => !isInsertForTest(e));
				const shuffled = [...replaces].sort((a, b) => (((a as { line: number }).line * 7919 + seed) % 101) - (((b as { line: number }).line * 7919 + seed) % 101));
				expect(applyEdits(built.text, [...shuffled, ...result.edits.filter(isInsertForTest)])).toBe(out);
			}),
			RUNS,
		);
	}, SLOW);
});

function fail(): never {
	throw new Error("no frontmatter");
}
