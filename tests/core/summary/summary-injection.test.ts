// @vitest-environment happy-dom
/**
 * Whatever a plan's profile, its notes' names and items and the library say, the summary holds the
 * blocks its generator wrote and no others: no second Mermaid block, no HTML, no definitions, no
 * `%%` comment or `%%{init`, no `javascript:` link, no control character, and the region markers
 * only where `writeRegion` put them.
 */
import fc from "fast-check";
import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { beforeAll, describe, expect, it } from "vitest";
import type { Library, LibraryItem } from "../../../src/core/checklist/index.js";
import type { Item } from "../../../src/core/plan/items.js";
import type { Plan } from "../../../src/core/plan/vault-index.js";
import { REGION_END, REGION_START, summarizeItems, summaryMarkdown, writeRegion, type PlanSummary } from "../../../src/core/summary/index.js";
import { controlsIn, urlAsRead } from "../../support/controls.js";
import { hostile } from "./hostile-text.js";

let parseMermaid: (text: string) => Promise<unknown>;
beforeAll(async () => {
	const mermaid = (await import("mermaid")).default;
	parseMermaid = (text) => mermaid.parse(text);
}, 60_000);

const markdown = unified().use(remarkParse).use(remarkGfm);
const DIMS = ["strategy", "technology", "marketing", "compliance"] as const;
const TODAY = "2026-11-25";

interface Input {
	readonly title: string;
	readonly profile: Record<"company" | "owner" | "horizon" | "market" | "platform", string>;
	readonly notes: readonly string[];
	readonly items: readonly { text: string; owner: string; due: string; market: string; note: number }[];
	readonly gap: { zh: string; en: string; source: string };
}

const input: fc.Arbitrary<Input> = fc.record({
	title: hostile,
	profile: fc.record({ company: hostile, owner: hostile, horizon: hostile, market: hostile, platform: hostile }),
	notes: fc.array(hostile, { minLength: 1, maxLength: 3 }),
	items: fc.array(
		fc.record({ text: hostile, owner: fc.oneof(hostile, fc.constant("")), due: fc.oneof(hostile, fc.constant("2020-01-01")), market: hostile, note: fc.nat(2) }),
		{ minLength: 1, maxLength: 6 },
	),
	gap: fc.record({ zh: hostile, en: hostile, source: hostile }),
});

function build({ title, profile, notes, items, gap }: Input): PlanSummary {
	const planPath = `Plans/${title}.md`;
	const plan: Plan = {
		path: planPath,
		title,
		profile: {
			company: profile.company, size: "small", industry: "trading", channel: "hybrid",
			platforms: [profile.platform], markets: [{ code: profile.market, type: "developed" }, { code: "DE", type: "developed" }],
			owner: profile.owner, horizon: profile.horizon, lang: null, entries: [],
		},
	};
	const planItems: Item[] = items.map((x, i) => ({
		path: `Plans/${notes[x.note % notes.length] ?? "n"}.md`, line: i + 1, dimension: DIMS[i % 4] ?? "strategy", kind: "task",
		status: "open", statusChar: " ", text: x.text, fields: { owner: x.owner, due: x.due, market: x.market, priority: "high" },
		tags: [], blockId: null, parentLine: null, plan: planPath,
	}));
	const libraryItem: LibraryItem = { id: "ck-x", dimension: "strategy", zh: gap.zh, en: gap.en, condition: [], when: "always", sources: [gap.source], line: 1 };
	const library: Pick<Library, "items"> = { items: [libraryItem] };
	return summarizeItems(plan, planItems, library, TODAY);
}

/** The same summary with every value from a note replaced by plain text: the blocks the generator writes. */
function tame(s: PlanSummary): PlanSummary {
	const item = (i: Item): Item => ({ ...i, path: "Plans/n.md", text: "x", fields: Object.fromEntries(Object.entries(i.fields).map(([k, v]) => [k, v ? "x" : v])) });
	const p = s.plan.profile;
	return {
		...s,
		plan: { path: "Plans/p.md", title: "p", profile: { ...p, company: p.company && "x", owner: p.owner && "x", horizon: p.horizon && "x", platforms: p.platforms.map(() => "x"), markets: p.markets.map((m) => ({ ...m, code: "X" })) } },
		overdue: s.overdue.map((o) => ({ ...o, item: item(o.item) })),
		urgent: { strategy: s.urgent.strategy.map(item), technology: s.urgent.technology.map(item), marketing: s.urgent.marketing.map(item), compliance: s.urgent.compliance.map(item) },
		withoutOwner: s.withoutOwner.map(item),
		risks: s.risks.map((r) => ({ ...r, markets: r.markets.map(() => "X"), open: r.open.map(item) })),
		gaps: s.gaps.map((g) => ({ ...g, zh: "x", en: "x", sources: g.sources.map(() => "x") })),
		next: s.next.map((n) => (n.kind === "overdue" || n.kind === "urgent" ? { ...n, item: item(n.item) } : n.kind === "gap" ? { ...n, gap: { ...n.gap, zh: "x", en: "x", sources: ["x"] } } : n)),
	};
}

/** Block structure: node types down to paragraphs, headings with their depth, code with its language. */
function shape(node: Root | RootContent): unknown {
	if (node.type === "heading") return `h${node.depth}`;
	if (node.type === "code") return `code:${node.lang ?? ""}`;
	if (node.type === "table") return `table:${node.children.length}`;
	if (node.type === "listItem") return { item: node.checked ?? null, children: node.children.map(shape) };
	if ("children" in node && node.type !== "paragraph") return { [node.type]: (node.children as RootContent[]).map(shape) };
	return node.type;
}

function walk(node: Root | RootContent, visit: (n: Root | RootContent) => void): void {
	visit(node);
	if ("children" in node) for (const child of node.children as RootContent[]) walk(child, visit);
}

/** The markdown with its inline code spans blanked: code shows text literally, so it is the one place raw text may stay. */
function outsideCode(md: string, tree: Root): string {
	let out = md;
	walk(tree, (n) => {
		if (n.type === "inlineCode" && n.position) {
			const { start, end } = n.position;
			out = out.slice(0, start.offset) + " ".repeat((end.offset ?? 0) - (start.offset ?? 0)) + out.slice(end.offset);
		}
	});
	return out;
}

const UNSAFE_URL = /^(?:javascript|vbscript|data(?!:image\/(?:png|gif|jpe?g|webp)))[\t\n\r]*:/i;

/** @param charts the Mermaid blocks the generator writes: the completion chart, and the roadmap when a task has a date */
async function checkSummary(md: string, plainMd: string, charts: number): Promise<void> {
	const tree = markdown.parse(md);
	const plainTree = markdown.parse(plainMd);
	expect(md.split("\n")).toHaveLength(plainMd.split("\n").length);
	expect(shape(tree)).toEqual(shape(plainTree));
	expect(controlsIn(md)).toEqual([]);
	expect(md).not.toContain("%%");
	const mermaidBlocks: string[] = [];
	walk(tree, (n) => {
		expect(["html", "definition", "footnoteDefinition", "blockquote", "thematicBreak"]).not.toContain(n.type);
		if (n.type === "link" || n.type === "image") expect(urlAsRead(n.url)).not.toMatch(UNSAFE_URL);
		if (n.type === "code" && n.lang === "mermaid") mermaidBlocks.push(n.value);
	});
	expect(mermaidBlocks).toHaveLength(charts);
	for (const block of mermaidBlocks) await expect(parseMermaid(block)).resolves.toBeTruthy();
	const text = outsideCode(md, tree).toLowerCase();
	expect(text).not.toContain("<script");
	expect(text).not.toContain("<a ");
	expect(text).not.toMatch(/(?<![a-z0-9+.-])(?:javascript|vbscript):/);
}

describe("a summary of hostile notes", () => {
	it("should hold exactly the blocks the generator wrote, whatever the notes say (property)", async () => {
		await fc.assert(
			fc.asyncProperty(input, fc.constantFrom("en", "zh" as const), async (x, lang) => {
				const s = build(x);
				await checkSummary(summaryMarkdown(s, lang), summaryMarkdown(tame(s), lang), s.dated.length > 0 ? 2 : 1);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 150) },
		);
	}, 120_000);

	it("should leave the region markers only where writeRegion put them, through a regeneration (property)", () => {
		fc.assert(
			fc.property(input, input, hostile, (first, second, userText) => {
				// A note with markers of its own is refused, never guessed at (marker-region.test.ts).
				// (Lines end at LF, CRLF or a lone CR, as CommonMark and writeRegion read them.)
				fc.pre(!userText.split(/\r\n|\r|\n/).some((l) => [REGION_START, REGION_END].includes(l.trim())));
				const note = `---\nintl-plan: 1\n---\n${userText}\n`;
				const once = writeRegion(note, summaryMarkdown(build(first), "en"));
				if (!once.ok) throw new Error("markers refused on a note without markers");
				const twice = writeRegion(once.text, summaryMarkdown(build(second), "en"));
				if (!twice.ok) throw new Error(`markers refused on regeneration`);
				const lines = twice.text.split(/\r\n|\r|\n/).map((l) => l.trim());
				expect(lines.filter((l) => l === REGION_START)).toHaveLength(1);
				expect(lines.filter((l) => l === REGION_END)).toHaveLength(1);
				expect(lines.at(-2)).toBe(REGION_END);
				expect(twice.text.startsWith(note)).toBe(true);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 150) },
		);
	});

	it("should keep a profile value's line breaks, fences and markers out of the summary (the issue's example)", () => {
		const s = build({
			title: "Evil ]] | plan",
			profile: {
				company: "ACME\n```mermaid\ngraph TD\nclick B href \"javascript:alert(1)\"\n```\n%%{init: {}}%%\n<script>alert(1)</script>\n%% intl-plan:summary end %%\n| a | b |",
				owner: "Bob\n## Hacked",
				horizon: "2027-01-01",
				market: "SG",
				platform: "Shopee",
			},
			notes: ["note"],
			items: [{ text: "item", owner: "", due: "", market: "", note: 0 }],
			gap: { zh: "缺口", en: "gap", source: "§1" },
		});
		const md = summaryMarkdown(s, "en");
		const profile = md.split("\n")[6] ?? "";
		expect(profile).toBe(
			"ACME \\`\\`\\`mermaid graph TD click B href \"javascript :alert(1)\" \\`\\`\\` %\\%{init: {}}%\\% &lt;script>alert(1)&lt;/script> %\\% intl-plan:summary end %\\% | a | b | · small · trading · hybrid model · SG (developed), DE (developed) · Shopee · owner Bob ## Hacked · horizon 2027-01-01 — [Evil \\]\\] | plan](Plans/Evil%20%5D%5D%20%7C%20plan.md)",
		);
		expect(md.match(/```/g)).toHaveLength(2);
	});
});
