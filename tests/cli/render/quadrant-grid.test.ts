import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import stringWidth from "fast-string-width";
import { describe, expect, it } from "vitest";
import { renderPlan, type RenderOptions, type ShowInput } from "../../../src/cli/render/quadrant-grid.js";
import { t, type Lang } from "../../../src/core/i18n/index.js";
import { item, profile, quadrant, samplePlan, TODAY } from "./fixtures.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ESC = "\u001b";
// Built from a string: an ANSI escape starts with a control character, which a regex literal may not hold.
const ANSI = new RegExp(`${ESC}\\[[0-9;]*m`, "g");
/** Any C0/C1 control but the line feed, and the right-to-left override. */
const hasControl = (s: string): boolean => [...s].some((ch) => {
	const c = ch.codePointAt(0) ?? 0;
	return (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || c === 0x202e;
});
const BOX_START = /^[┌│├└]/;
const DIMENSIONS = ["strategy", "technology", "marketing", "compliance"] as const;

const render = (input: ShowInput, options: Partial<RenderOptions> & { lang: Lang; width: number }): string =>
	renderPlan(input, { color: false, ...options });
const linesOf = (out: string): string[] => out.replace(/\n$/, "").split("\n");
const boxLines = (out: string): string[] => linesOf(out).filter((l) => BOX_START.test(l));
/** Display column where `needle` starts on `line`. */
const columnOf = (line: string, needle: string): number => stringWidth(line.slice(0, line.indexOf(needle)));
const title = (lang: Lang, d: (typeof DIMENSIONS)[number]): string => t(lang, `dimension.${d}`);

/** Every line fits; box lines are exactly the box width; nothing trails; the text ends with one newline. */
function expectWellFormed(out: string, boxWidth: number): void {
	expect(out.endsWith("\n")).toBe(true);
	expect(out.endsWith("\n\n")).toBe(false);
	const lines = linesOf(out);
	for (const line of lines) {
		expect(line, JSON.stringify(line)).not.toMatch(/\s$/);
		expect(stringWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(boxWidth);
	}
	const boxes = boxLines(out);
	expect(boxes.length).toBeGreaterThan(0);
	for (const line of boxes) expect(stringWidth(line), JSON.stringify(line)).toBe(boxWidth);
}

describe.each(["en", "zh"] as const)("renderPlan (%s)", (lang) => {
	const input = samplePlan(lang);

	it.each([200, 160, 120, 81, 80, 79, 60, 40, 21, 20])("width %i: every box line is exactly as wide as the box", (width) => {
		const out = render(input, { lang, width });
		expectWellFormed(out, Math.min(width, 160));
	});

	it.each([19, 5, 0, -3])("width %i is drawn at the minimum, 20", (width) => {
		expectWellFormed(render(input, { lang, width }), 20);
	});

	it("wide: a 2×2 grid, strategy left of technology, marketing left of compliance, below them", () => {
		for (const width of [80, 120]) {
			const lines = linesOf(render(input, { lang, width }));
			const row = (d: (typeof DIMENSIONS)[number]): number => lines.findIndex((l) => l.includes(title(lang, d)));
			expect(row("strategy")).toBe(row("technology"));
			expect(row("marketing")).toBe(row("compliance"));
			expect(row("marketing")).toBeGreaterThan(row("strategy"));
			const top = lines[row("strategy")]!;
			const bottom = lines[row("marketing")]!;
			expect(columnOf(top, title(lang, "strategy"))).toBe(2);
			expect(columnOf(top, title(lang, "technology"))).toBeGreaterThan(width / 2 - 2);
			expect(columnOf(bottom, title(lang, "marketing"))).toBe(2);
			expect(columnOf(bottom, title(lang, "compliance"))).toBe(columnOf(top, title(lang, "technology")));
			const borders = lines.filter((l) => /^[┌├└]/.test(l));
			expect(borders.map((l) => l[0])).toEqual(["┌", "├", "└"]);
			const middle = stringWidth(top.slice(0, top.indexOf("│", 1)));
			expect(borders.map((l) => l.search(/[┬┼┴]/))).toEqual([middle, middle, middle]);
		}
	});

	it("narrow: four full-width boxes stacked in quadrant order", () => {
		for (const width of [79, 40, 20]) {
			const out = render(input, { lang, width });
			const lines = linesOf(out);
			// At 20 columns the English titles wrap: look for their first word.
			const rows = DIMENSIONS.map((d) => lines.findIndex((l) => l.startsWith(`│ ${title(lang, d).split(" ")[0]!}`)));
			expect(rows.every((r) => r > 0)).toBe(true);
			expect([...rows].sort((a, b) => a - b)).toEqual(rows);
			expect(lines.filter((l) => l.startsWith("┌"))).toHaveLength(4);
			expect(out).not.toMatch(/[┬┼┴]/);
			for (const r of rows) expect(lines[r - 1]!.startsWith("┌")).toBe(true);
		}
	});

	it("header: title, profile words in the language, overall progress", () => {
		const lines = linesOf(render(input, { lang, width: 160 }));
		expect(lines[0]).toBe(input.title);
		const profileLine = lines[1]!;
		const words =
			lang === "en"
				? ["Acme Tools Co.", "medium", "manufacturing", "hybrid model", "US, DE (developed)", "VN (emerging)", "Amazon, Shopee", "owner Li Ming", "horizon 2026-12-31"]
				: ["Acme Tools Co.", "中型", "制造型", "混合模式", "US、DE（发达市场）", "VN（新兴市场）", "Amazon、Shopee", "负责人 Li Ming", "期限 2026-12-31"];
		expect(profileLine).toBe(words.join(" · "));
		expect(lines[2]).toContain(t(lang, "show.progress", { done: 2, total: 18 }));
		expect(lines[2]).toMatch(/█+░+ 11%$/);
		expect(lines[3]).toBe("");
	});

	it("header without a profile (all plans) and with a partial one", () => {
		const all = render({ ...input, title: t(lang, "show.allPlans"), profile: null }, { lang, width: 80 });
		const lines = linesOf(all);
		expect(lines[0]).toBe(t(lang, "show.allPlans"));
		expect(lines[1]).toContain(t(lang, "show.progress", { done: 2, total: 18 }));
		const partial = { ...profile, company: null, size: null, industry: null, channel: "platform" as const, platforms: [], markets: [], owner: null, horizon: null };
		expect(linesOf(render({ ...input, profile: partial }, { lang, width: 80 }))[1]).toBe(t(lang, "channel.platform"));
	});

	it("each box: progress with a bar, counts by status; total 0 shows — and no percentage", () => {
		const out = render(input, { lang, width: 120 });
		expect(out).toContain(`${t(lang, "show.progress", { done: 1, total: 3 })} `);
		const strategy = boxLines(out).find((l) => l.includes(t(lang, "show.progress", { done: 1, total: 3 })))!;
		expect(strategy).toMatch(/█+░+ 33%/);
		const empty = boxLines(out).find((l) => l.includes(t(lang, "show.progress", { done: 0, total: 0 })))!;
		expect(empty).toMatch(/░+ —/);
		expect(empty.slice(empty.lastIndexOf("│", empty.length - 2))).not.toContain("%");
		expect(out).toContain(t(lang, "show.statusCount", { count: 1, status: t(lang, "status.in-progress") }));
		expect(out).toContain(t(lang, "show.statusCount", { count: 11, status: t(lang, "status.open") }));
		expect(out).toContain(t(lang, "show.noItems"));
	});

	it("lists open and in-progress tasks by priority then due date, then initiatives; not done or cancelled", () => {
		const out = render(input, { lang, width: 160 });
		const at = (s: string): number => out.indexOf(s);
		const zh = lang === "zh";
		const high = zh ? "○ 评估东南亚平台入驻成本" : "○ Estimate marketplace fees";
		const none = zh ? "◐ 确定首批目标市场" : "◐ Pick the first target markets";
		const initiative = zh ? "▸ 渠道组合" : "▸ Channel mix";
		expect(at(high)).toBeGreaterThan(0);
		expect(at(high)).toBeLessThan(at(none));
		expect(at(none)).toBeLessThan(at(initiative));
		expect(out).not.toContain(zh ? "完成出海可行性报告" : "Write the feasibility report");
		expect(out).not.toContain(zh ? "自建海外仓" : "Own overseas warehouse");
		// Dated tasks before undated ones at the same priority.
		const batch = (n: number): number => at(zh ? `TikTok 达人合作第 ${n} 批` : `TikTok creator batch ${n} `);
		expect(batch(10)).toBeLessThan(batch(2));
		expect(batch(1)).toBeLessThan(batch(4));
	});

	it("chips: each of several owners as @name", () => {
		const owned = { ...input, quadrants: [quadrant("strategy", [item("strategy", "Book the booth", { fields: { owner: "王芳, Anna Li" } })]), ...input.quadrants.slice(1)] };
		expect(render(owned, { lang, width: 160 })).toContain("Book the booth @王芳 @Anna Li");
	});

	it("chips: owner, due (overdue marked with !), market", () => {
		const out = render(input, { lang, width: 160 });
		const owner = lang === "zh" ? "@李明" : "@Li Ming";
		expect(out).toContain(`${owner} 📅 03-01! 🌐 US, DE`);
		expect(out).toContain("📅 05-20 ");
		expect(out).not.toContain("05-20!");
		expect(out).toContain("📅 2027-01-10"); // another year: the whole date
		const colored = renderPlan(input, { lang, width: 160, color: true });
		expect(colored).toContain(`${ESC}[31m📅 03-01!${ESC}[0m`);
		expect(colored).toContain(`${ESC}[2m⏫ 📅 05-20 🌐 Southeast Asia${ESC}[0m`); // neighbouring chips share a run, priority first
	});

	it("at most maxItemsPerQuadrant items, then the `more` line", () => {
		expect(render(input, { lang, width: 80 })).toContain(t(lang, "show.more", { count: 3 }));
		expect(render(input, { lang, width: 80, maxItemsPerQuadrant: 2 })).toContain(t(lang, "show.more", { count: 9 }));
		const none = render(input, { lang, width: 80, maxItemsPerQuadrant: 0 });
		expect(none).toContain(t(lang, "show.more", { count: 11 }));
		expect(none).not.toContain("TikTok");
		expect(render(input, { lang, width: 80, maxItemsPerQuadrant: 100 })).not.toContain(t(lang, "show.more", { count: 3 }).slice(0, 3));
	});

	it("the unsorted tray under the grid: its count, open tasks by priority with their note, capped, and the hint; nothing when empty", () => {
		const tasks = [
			item("strategy", "book the room", { path: "Plans/Meetings/weekly.md" }),
			item("strategy", "urgent call", { path: "Plans/Notes.md", fields: { priority: "high" } }),
			item("strategy", "old", { status: "done" }),
		].map(({ dimension: _, ...rest }) => rest);
		const out = render({ ...input, unsorted: tasks }, { lang, width: 80 });
		const after = linesOf(out.slice(out.lastIndexOf("┘") + 1)).filter((l) => l !== "");
		expect(after.slice(0, 3)).toEqual([t(lang, "unsorted.title", { count: 3 }), "○ urgent call ⏫ · Notes", "○ book the room · weekly"]);
		expect(after.join(" ")).toContain(t(lang, "unsorted.hint").slice(0, 12));
		expect(render({ ...input, unsorted: tasks }, { lang, width: 80, maxItemsPerQuadrant: 1 })).toContain(t(lang, "show.more", { count: 1 }));
		expect(render({ ...input, unsorted: [] }, { lang, width: 80 })).toBe(render(input, { lang, width: 80 }));
		expectWellFormed(render({ ...input, unsorted: tasks }, { lang, width: 30 }), 30);
	});

	it("a quadrant with only done and cancelled tasks says so", () => {
		const finished = [item("compliance", "a", { status: "done" }), item("compliance", "b", { status: "cancelled" })];
		const out = render({ ...input, quadrants: [...input.quadrants.slice(0, 3), quadrant("compliance", finished)] }, { lang, width: 80 });
		expect(out).toContain(t(lang, "show.allDone"));
		expect(out).not.toContain(t(lang, "show.noItems"));
	});

	it("Chinese text is never split inside a grapheme and stays on one line when it fits", () => {
		for (const width of [160, 80, 79, 60]) {
			const out = render(samplePlan("zh"), { lang, width });
			expect(out).toContain("确定首批目标市场（美国、德国）");
			expect(out).toContain("上线多语言独立站（Shopify）");
		}
		const narrow = render(samplePlan("zh"), { lang, width: 20 });
		expect(narrow.replace(/[\s│]/g, "")).toContain("确定首批目标市场（美国、德国）");
	});

	it("no escape codes without colour; with colour the visible text is the same", () => {
		for (const width of [120, 80, 79, 20]) {
			const plain = render(input, { lang, width });
			expect(plain).not.toContain(ESC);
			const colored = renderPlan(input, { lang, width, color: true });
			if (width >= 79) expect(colored).toContain(`${ESC}[1m${title(lang, "strategy")}${ESC}[0m`);
			expect(colored).toContain(`${ESC}[32m█`);
			expect(colored.replace(ANSI, "")).toBe(plain);
			for (const line of boxLines(colored)) expect(stringWidth(line)).toBe(Math.min(width, 160));
		}
	});

	it("is pure: the same output twice, input untouched", () => {
		const frozen = JSON.parse(JSON.stringify(input)) as ShowInput;
		const a = render(input, { lang, width: 80 });
		const b = render(input, { lang, width: 80 });
		expect(a).toBe(b);
		expect(JSON.parse(JSON.stringify(input))).toEqual(frozen);
	});
});

describe("odd input", () => {
	const odd = (texts: readonly string[], fields: Record<string, string> = {}): ShowInput => ({
		title: "Odd\tplan\u0007 \u001b[31mred\u001b[0m",
		profile: null,
		quadrants: [
			quadrant("strategy", texts.map((text) => item("strategy", text, { fields }))),
			quadrant("technology", texts.map((text) => item("technology", text, { status: "in-progress", fields }))),
			quadrant("marketing", []),
			quadrant("compliance", texts.map((text) => item("compliance", text, { kind: "note", fields }))),
		],
		today: TODAY,
	});
	const texts = [
		"",
		"   ",
		"https://example.com/" + "x".repeat(300),
		"tab\there\tand\u0000nul\u0008bs\u001b[2Jesc\u007fdel\u009bcsi",
		"emoji 👨‍👩‍👧‍👦 family 🇨🇳 flag ⚠️ sign e\u0301 combining",
		"中文标点，测试。「引号」很长很长很长很长很长很长很长很长很长很长很长很长很长很长",
		"混合 mixed 中英文 text with 一些 words",
		"line\nbreak\r\nand\u2028separator",
		"rtl \u202eevil\u202c text \u200b zero-width",
		"x",
	];
	const fields = { owner: "\t[[Someone Very Long Name Indeed]]\u0000", due: "2026-13-45", market: "North America, Southeast Asia", priority: "bogus" };

	it.each([20, 21, 40, 79, 80, 81, 123])("width %i: never throws, never ragged, no control characters", (width) => {
		for (const lang of ["en", "zh"] as const) {
			for (const color of [false, true]) {
				const out = renderPlan(odd(texts, fields), { lang, width, color });
				const visible = out.replace(ANSI, "");
				expectWellFormed(visible, width);
				expect(hasControl(visible), "no control character got through").toBe(false);
				if (!color) expect(out).not.toContain(ESC);
			}
		}
	});

	it("tabs become spaces; an empty item names its note and line", () => {
		const out = render(odd(texts), { lang: "en", width: 120 });
		expect(out).toContain("Odd plan red");
		expect(out).toContain("tab here and");
		expect(out).toMatch(/○ Acme:\d+/);
	});

	it("a due date that is not a date is shown as written, not as overdue", () => {
		const out = render(odd(["x"], { due: "soon-ish" }), { lang: "en", width: 120 });
		expect(out).toContain("📅 soon-ish");
		expect(out).not.toContain("soon-ish!");
	});

	it("missing, extra or shuffled quadrants, nonsense numbers and an invalid today do not throw", () => {
		const base = samplePlan("en");
		const shuffled = [...base.quadrants].reverse();
		expect(render({ ...base, quadrants: shuffled }, { lang: "en", width: 80 })).toBe(render(base, { lang: "en", width: 80 }));
		const broken = { ...base.quadrants[0]!, done: Number.NaN, total: -4 };
		for (const quadrants of [[], [broken], base.quadrants.slice(0, 2)]) {
			const out = render({ ...base, quadrants, today: "yesterday" }, { lang: "zh", width: 80 });
			expectWellFormed(out, 80);
			expect(out).not.toContain("!");
		}
		expectWellFormed(render(base, { lang: "en", width: Number.NaN }), 80);
		expectWellFormed(render(base, { lang: "en", width: 80.7 }), 80);
	});

	it("any text at any width: box lines exact, nothing trailing (property)", () => {
		const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 60 }), fc.string({ unit: "binary", maxLength: 40 }));
		fc.assert(
			fc.property(
				fc.array(text, { maxLength: 12 }),
				text,
				fc.integer({ min: 20, max: 200 }),
				fc.constantFrom<Lang>("en", "zh"),
				fc.boolean(),
				(items, owner, width, lang, color) => {
					const input = odd(items, owner ? { owner, due: "2026-01-01" } : {});
					const out = renderPlan(input, { lang, width, color, maxItemsPerQuadrant: 5 });
					expectWellFormed(out.replace(ANSI, ""), Math.min(width, 160));
				},
			),
			{ numRuns: Number(process.env.FUZZ_RUNS) || 150 },
		);
	}, 600_000);
});

describe("approved renderings", () => {
	const cases: [string, Lang, number][] = [
		["en-wide-80.txt", "en", 80],
		["zh-narrow-60.txt", "zh", 60],
	];
	it.each(cases)("%s", (file, lang, width) => {
		const out = render(samplePlan(lang), { lang, width });
		const path = join(HERE, "__approved__", file);
		if (process.env.UPDATE_APPROVALS === "1") {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, out);
		}
		expect(existsSync(path), `${path} is missing: run with UPDATE_APPROVALS=1 and review it`).toBe(true);
		expect(out).toBe(readFileSync(path, "utf8"));
	});
});
