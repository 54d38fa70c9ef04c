import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote, splitLines } from "../../../src/core/parse/index.js";
import type { NoteFacts, Span } from "../../../src/core/parse/index.js";
import { DEFAULT_CONFIG, dimensionMatcher, indexNote, indexVault, mayHoldTask } from "../../../src/core/plan/index.js";

/** Pieces that have broken markdown readers before: structure, metadata, hiding, line endings. */
const FRAGMENTS = [
	"# ", "## ", "### ", "#", "- ", "* ", "+ ", "1. ", "2) ", "[ ] ", "[x] ", "[/] ", "[-] ", "[?] ", "[ ]",
	"#intl/strategy", "#intl/tech ", "#国际化/风险合规", "#INTL/Marketing", "#123", "#营销协同，",
	"[owner:: 李明]", "(due:: 2026-12-01)", "负责人:: 王芳", "::", "**owner**:: x",
	"📅 2026-12-01", "⏳ 2026-11-01", "⏫", "⏫️", "🔺", "✅ 2026-10-20", "^ck-a", "^id-1", " ^x",
	"`", "``", "```", "~~~", "%%", "<!--", "-->", "$", "$$", "> ", ">", "> [!note] ",
	"\t", "  ", "    ", "\r\n", "\n", "\n", "\n\n", "\uFEFF", "\u200B", "\u00A0",
	"战略决策", "技术赋能 Technology", "3. 风险合规 Risk & compliance", "数据中台", "，", "。", "Strategy", "marketing",
	"---", "===", "text", " ", "[[Plan#Goals|x]]", "[", "]", "(", ")", "**", "\\", "| a | b |", "|---|---|",
	"intl-plan: 1", "dimension: strategy", "tags: [intl/risk]", "tags: intl/tech, x", 'plan: "[[P]]"', "a: 'open",
];

const markdown = fc
	.tuple(fc.boolean(), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }))
	.map(([bom, parts]) => (bom ? "\uFEFF" : "") + parts.join(""));
// ~300 keeps the suite fast; FC_RUNS=20000 for a deeper search.
/** The same pieces, but many short lines: more chances for structure to span a line break. */
const INLINE = FRAGMENTS.filter((f) => !/[\r\n]/.test(f));
const markdownLines = fc
	.array(fc.tuple(fc.array(fc.constantFrom(...INLINE), { maxLength: 5 }), fc.constantFrom("\n", "\n", "\r\n", "\n\n")), { maxLength: 40 })
	.map((lines) => lines.map(([parts, eol]) => parts.join("") + eol).join(""));
const note = fc.oneof(markdown, markdownLines);
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

/** Every positioned fact in the note, with a label for the failure message. */
function spans(facts: NoteFacts): [string, Span][] {
	const out: [string, Span][] = [];
	const lineFacts = (label: string, f: Pick<NoteFacts["headings"][number], "tags" | "fields" | "links" | "blockId">) => {
		f.tags.forEach((t) => out.push([`${label} tag ${t.name}`, t]));
		f.fields.forEach((x) => out.push([`${label} field ${x.key}`, x]));
		f.links.forEach((l) => out.push([`${label} link ${l.target}`, l]));
		if (f.blockId) out.push([`${label} block id`, f.blockId]);
	};
	facts.tags.forEach((t) => out.push([`tag ${t.name}`, t]));
	facts.links.forEach((l) => out.push([`link ${l.target}`, l]));
	facts.headings.forEach((h, i) => lineFacts(`heading ${i}`, h));
	facts.listItems.forEach((item, i) => {
		lineFacts(`item ${i}`, item);
		item.emoji.forEach((e) => out.push([`item ${i} emoji ${e.kind}`, e]));
		out.push([`item ${i} text`, { line: item.line, from: item.textFrom, to: item.textFrom + item.text.length }]);
		if (item.task) out.push([`item ${i} status`, { line: item.line, from: item.task.at, to: item.task.at + 1 }]);
	});
	lineFacts("body", { ...facts.body, blockId: null });
	facts.body.blockIds.forEach((b) => out.push([`body block id ${b.id}`, b]));
	return out;
}

function lines(facts: NoteFacts): [string, number][] {
	const fm = facts.frontmatter;
	return [
		...spans(facts).map(([label, s]): [string, number] => [label, s.line]),
		...facts.headings.flatMap((h, i): [string, number][] => [[`heading ${i}`, h.line], [`heading ${i} end`, h.sectionEnd]]),
		...facts.listItems.flatMap((it, i): [string, number][] => [[`item ${i}`, it.line], [`item ${i} end`, it.endLine]]),
		...facts.problems.map((p): [string, number] => [`problem ${p.code}`, p.line]),
		...(fm ? [["frontmatter start", fm.startLine], ["frontmatter end", fm.endLine], ...Object.entries(fm.keyLines)] as [string, number][] : []),
	];
}

describe("parseNote on arbitrary markdown", () => {
	it("should never throw", () => {
		fc.assert(
			fc.property(note, (text) => {
				parseNote(text);
			}),
			RUNS,
		);
	});

	it("should report every line between 1 and the line count", () => {
		fc.assert(
			fc.property(note, (text) => {
				const facts = parseNote(text);
				const outside = lines(facts).filter(([, line]) => !(Number.isInteger(line) && line >= 1 && line <= facts.lineCount));
				expect(outside).toEqual([]);
			}),
			RUNS,
		);
	});

	it("should keep every span inside its line: 0 ≤ from ≤ to ≤ length", () => {
		fc.assert(
			fc.property(note, (text) => {
				const content = splitLines(text).content;
				const bad = spans(parseNote(text)).filter(([, s]) => {
					const length = content[s.line - 1]?.length ?? -1;
					return !(s.from >= 0 && s.from <= s.to && s.to <= length);
				});
				expect(bad).toEqual([]);
			}),
			RUNS,
		);
	});

	it("should point each list item's parent to an earlier item whose lines hold the child", () => {
		fc.assert(
			fc.property(note, (text) => {
				const items = parseNote(text).listItems;
				items.forEach((child, i) => {
					if (child.parent === null) return;
					const parent = items[child.parent];
					expect(child.parent).toBeLessThan(i);
					expect(parent?.line).toBeLessThanOrEqual(child.line);
					expect(parent?.endLine).toBeGreaterThanOrEqual(child.endLine);
				});
			}),
			RUNS,
		);
	});

	it("should read a CRLF note exactly as its LF twin", () => {
		fc.assert(
			fc.property(note, (text) => {
				const lf = text.replace(/\r\n/g, "\n");
				expect(parseNote(lf.replace(/\n/g, "\r\n"))).toEqual(parseNote(lf));
			}),
			RUNS,
		);
	});

	it("should read a lone-CR note exactly as its LF twin (CommonMark: a lone CR ends a line)", () => {
		fc.assert(
			fc.property(note, (text) => {
				const lf = text.replace(/\r\n/g, "\n");
				expect(parseNote(lf.replace(/\n/g, "\r"))).toEqual(parseNote(lf));
			}),
			RUNS,
		);
	});

	it("should read two tasks on two lines when a lone CR ends the first", () => {
		const facts = parseNote("- [ ] one\r- [ ] two\r");
		expect(facts.listItems.map((i) => [i.line, i.text])).toEqual([
			[1, "one"],
			[2, "two"],
		]);
	});
});

/** `line`-like fields moved up by `shift` lines, everything else as is. */
function shiftLines(value: unknown, shift: number): unknown {
	if (Array.isArray(value)) return value.map((v) => shiftLines(v, shift));
	if (value === null || typeof value !== "object") return value;
	return Object.fromEntries(
		Object.entries(value).map(([k, v]) => [k, ["line", "endLine", "sectionEnd"].includes(k) && typeof v === "number" ? v - shift : shiftLines(v, shift)]),
	);
}

describe("parseNote on long notes, read in pieces", () => {
	// One paragraph with no place to cut, so the first cut falls somewhere inside the arbitrary text.
	const filler = (length: number) => "Filler words for a long note.\n".repeat(Math.ceil(length / 30));

	it("should read arbitrary markdown after 24 KB of prose as it reads it alone", () => {
		fc.assert(
			fc.property(note, fc.integer({ min: 0, max: 40 }), (text, slack) => {
				const intro = "Intro.\n\n";
				const body = intro + text.replace(/^\uFEFF/, "");
				const before = filler(24 * 1024 - 20 - slack) + "\n";
				const { lineCount: _long, ...long } = parseNote(before + body);
				const { lineCount: _alone, ...alone } = parseNote(body);
				expect(shiftLines(long, before.split("\n").length - 1)).toEqual(alone);
			}),
			{ numRuns: Math.ceil(RUNS.numRuns / 3) },
		);
		// Each run parses a 24 KB paragraph with no place to cut; on a busy 2-core machine that passes 5 s.
	}, 30_000);
});

/** Notes made of lines that come close to naming a dimension: the prefilter's hard cases. */
const nearlyPlanNote = fc
	.tuple(
		fc.constantFrom("", "\uFEFF"),
		fc.constantFrom("", "---\ntags: [x]\n---\n", "---\ntitle: a\n---\n", "---\ndimension: strategy\n---\n", "---\nDimension: 营销协同\n...\n", "---\ndimension: tech\n", "---\rdimension: risk\r---\r", '---\nPlan: "[[P]]"\n---\n', "---\nDIMENSION: tech\n---\n"),
		fc.array(
			fc.tuple(
				fc.constantFrom("", "# ", "## ", "### ", "- [ ] ", "- ", "  - [x] ", "> ", "1. ", "   ", "   ## ", "    ## ", "\t# ", "#\t"),
				fc.constantFrom(
					"Strategy", "STRATEGY", "Strategic decisions", "战略决策", "战略", "技术赋能 Technology", "3. 风险合规 Risk & compliance",
					"Risk and Compliance", "履约与回款风险", "系统对接 技术赋能", "营销", "Tech stack", "#intl/tech", "#Intl/Risk",
					"#国际化/营销协同", "intl-plan: 1", "dimension: marketing", "Notes", "数据中台", "任务", "Review", "",
					"**战略**决策", "*Str*ategy", "Strat&#101;gy", "`Risk` & compliance", "Mark\\eting",
					"A new dimension", "Strategyx", "Technologies", "Marketing-plan", "战略决策x",
					"Notes #intl/tech", "####### Strategy", "#Strategy", "Risk\u2028compliance", "INTL-PLAN: 1",
					// Names with words beside them, closing sequences and spacing: decided exactly on a plain heading line.
					"Marketing site", "Tax compliance", "税务合规", "品牌营销", "Marketing strategy", "营销策略", "技术与数据", "Data", "Security and risk",
					"Strategy ##", "Strategy #", "Strategy#", "C# Strategy", "Marketing\tplan", "  Strategy  ", "Strategy\t#\t", "1. Strategy", "一 战略决策",
				),
				fc.constantFrom("", " #x", " 📅 2026-01-01", " ^id"),
			),
			{ maxLength: 5 },
		),
		fc.constantFrom("\n", "\r\n", "\r"),
		fc.constantFrom("", "===", "---", "  = ", "-- \t"),
		fc.constantFrom(1, 2, 3),
	)
	.map(([bom, front, parts, eol, underline, at]) => {
		const body = parts.map(([a, b, c]) => a + b + c);
		if (underline && body.length) body.splice(Math.min(at, body.length), 0, underline);
		return bom + front + body.join(eol);
	});

describe("The prefilter (dimensionMatcher.mightMatter) on arbitrary markdown", () => {
	const matcher = dimensionMatcher(DEFAULT_CONFIG);
	// indexVault itself skips what the prefilter rejects, so judge the note with the prefilter off.
	const unfiltered = { ...matcher, mightMatter: () => true };
	const neverSkipsWhatMatters = (text: string): void => {
		if (matcher.mightMatter(text)) return;
		const note = indexNote("n.md", text, unfiltered, DEFAULT_CONFIG);
		expect(note?.items ?? []).toEqual([]);
		expect(note?.profile ?? null).toBeNull();
		// A `plan` link puts a note in a plan, where even its tasks with no dimension are listed.
		expect(note?.planLink ?? null).toBeNull();
		const index = indexVault([{ path: "n.md", text }]);
		expect(index.items).toEqual([]);
		expect(index.plans).toEqual([]);
	};

	it("should never skip a note that holds an item or a plan", () => {
		fc.assert(fc.property(note, neverSkipsWhatMatters), RUNS);
	});

	it("should never skip a note whose headings name a dimension", () => {
		fc.assert(fc.property(nearlyPlanNote, neverSkipsWhatMatters), RUNS);
	});
});

describe("mayHoldTask (which skipped notes a plan's folder reads again) on arbitrary markdown", () => {
	const noTask = (text: string): void => {
		if (mayHoldTask(text)) return;
		expect(parseNote(text).listItems.filter((i) => i.task !== null)).toEqual([]);
	};

	it("should never say no where the parser finds a task", () => {
		fc.assert(fc.property(note, noTask), RUNS);
	});

	it("should never say no on task-like lines in any container, with any line ending", () => {
		const line = fc
			.tuple(
				fc.constantFrom("", "  ", "\t", "> ", ">", "> > ", "- ", "1. ", "- > ", "   "),
				fc.constantFrom("-", "*", "+", "1.", "12)", "3."),
				fc.constantFrom(" ", "  ", "\t", "    "),
				fc.constantFrom("[ ]", "[x]", "[/]", "[-]", "[>]", "[🔥]", "[ ]x", "[]", "[  ]"),
				fc.constantFrom("", " task", "\ttask", " "),
			)
			.map((parts) => parts.join(""));
		const text = fc.tuple(fc.array(fc.tuple(line, fc.constantFrom("\n", "\r\n", "\r")), { maxLength: 6 }), fc.constantFrom("", "text\n")).map(([lines, lead]) => lead + lines.map(([l, eol]) => l + eol).join(""));
		fc.assert(fc.property(text, noTask), RUNS);
	});
});
