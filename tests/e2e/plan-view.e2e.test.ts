/**
 * The quadrants in a real browser: headless Chromium (Debian's, /usr/bin/chromium) driven by
 * playwright-core, on a page holding the real renderer, the real styles.css and Obsidian's CSS
 * variables, light and dark, wide and narrow. Layout, overflow and Chinese text are measured in the
 * page; screenshots go to test-artifacts/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleFiles, HENGTAI } from "../obsidian/view/example-vault.js";
import { CHROMIUM, haveChromium, launch, ROOT, SHOTS } from "./browser.js";
import type { PageRequest } from "./harness.js";

const DOCS_SHOT = join(ROOT, "docs/images/plan-view.png");
/** An item whose text is Chinese, in the strategy quadrant of the Hengtai plan. */
const CHINESE_ITEM = "与 3 家德国电商代运营机构面谈";

if (!haveChromium) console.warn(`SKIPPED the end-to-end plan view test: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it).`);

interface Box {
	readonly x: number;
	readonly y: number;
	readonly right: number;
	readonly bottom: number;
	readonly width: number;
}

interface Measured {
	readonly quadrants: { dimension: string; box: Box }[];
	readonly overflowingRows: string[];
	readonly rowsOutside: string[];
	readonly rows: number;
	readonly pageOverflow: boolean;
	readonly chineseItem: Box | null;
	readonly cjkWidth: number;
	readonly latinWidth: number;
	readonly glyphsDiffer: boolean;
	/** Checkbox touch targets (their labels) smaller than 44 × 44 px. */
	readonly smallTargets: string[];
	/** The unsorted tray: where it is against the grid, and its dimension pickers not inside it. */
	readonly tray: { readonly box: Box; readonly gridBottom: number; readonly pickers: number; readonly pickersOutside: number } | null;
}

describe.skipIf(!haveChromium)("plan view in headless Chromium", () => {
	let dir = "";
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), "intl-plan-e2e-"));
		const bundle = await build({
			entryPoints: [join(ROOT, "tests/e2e/harness.ts")],
			bundle: true,
			format: "iife",
			platform: "browser",
			target: "es2021",
			loader: { ".md": "text" },
			write: false,
			logLevel: "silent",
		});
		writeFileSync(join(dir, "harness.js"), bundle.outputFiles[0]?.text ?? "");
		const css = (path: string): string => `<link rel="stylesheet" href="${pathToFileURL(join(ROOT, path)).href}">`;
		writeFileSync(
			join(dir, "index.html"),
			`<!doctype html><html><head><meta charset="utf-8">${css("tests/e2e/obsidian-vars.css")}${css("styles.css")}</head><body><div id="root"></div><script src="harness.js"></script></body></html>`,
		);
		({ context, page } = await launch(dir));
	}, 120_000);

	afterAll(async () => {
		await context?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	const files = exampleFiles();
	const cases = [
		// The README's picture is the first: Chinese, as the example plans are written.
		{ theme: "light", width: 1280, lang: "zh" },
		{ theme: "dark", width: 1280, lang: "en" },
		{ theme: "light", width: 420, lang: "en" },
		{ theme: "dark", width: 420, lang: "zh" },
		// A phone as Obsidian marks one: `is-mobile is-phone` on the body.
		{ theme: "light", width: 360, lang: "zh", phone: true },
	] as const;

	for (const { theme, width, lang, ...rest } of cases) {
		const phone = "phone" in rest;
		const size = phone ? "phone" : width > 600 ? "wide" : "narrow";
		it(`should lay out the quadrants, keep text inside them and render Chinese (${theme}, ${size})`, async () => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(pathToFileURL(join(dir, "index.html")).href);
			await page.evaluate((cls) => document.body.classList.add(...cls), [`theme-${theme}`, ...(phone ? ["is-mobile", "is-phone"] : [])]);
			const request: PageRequest = { files, plan: HENGTAI, today: "2026-11-25", lang };
			const drawn = await page.evaluate((r) => window.drawPlan(r), request);
			expect(drawn.items).toBeGreaterThan(50);
			await page.evaluate(() => document.fonts.ready);
			const m = await page.evaluate(measure, CHINESE_ITEM);

			expect(m.quadrants.map((q) => q.dimension)).toEqual(["strategy", "technology", "marketing", "compliance"]);
			const [s, t, mk, c] = m.quadrants.map((q) => q.box);
			if (!s || !t || !mk || !c) throw new Error("four quadrants expected");
			if (size === "wide") {
				expect(new Set(m.quadrants.map((q) => Math.round(q.box.x))).size).toBe(2);
				expect(new Set(m.quadrants.map((q) => Math.round(q.box.y))).size).toBe(2);
				expect([Math.round(s.y), Math.round(s.x)]).toEqual([Math.round(t.y), Math.round(mk.x)]);
				expect(t.x).toBeGreaterThan(s.right - 1);
				expect(mk.y).toBeGreaterThan(s.bottom - 1);
				expect([Math.round(c.x), Math.round(c.y)]).toEqual([Math.round(t.x), Math.round(mk.y)]);
			} else {
				expect(new Set(m.quadrants.map((q) => Math.round(q.box.x))).size).toBe(1);
				expect(s.y).toBeLessThan(t.y);
				expect(t.y).toBeLessThan(mk.y);
				expect(mk.y).toBeLessThan(c.y);
			}
			expect(m.rows).toBe(drawn.items);
			expect(m.overflowingRows).toEqual([]);
			expect(m.rowsOutside).toEqual([]);
			expect(m.pageOverflow).toBe(false);

			if (phone) expect(m.smallTargets, "checkbox touch targets under 44 px").toEqual([]);
			// The Hengtai plan has one task with no dimension: its tray sits under the grid, its picker inside it.
			expect(m.tray).not.toBeNull();
			expect(m.tray?.box.y ?? 0).toBeGreaterThanOrEqual((m.tray?.gridBottom ?? Infinity) - 0.5);
			expect([m.tray?.pickers, m.tray?.pickersOutside]).toEqual([1, 0]);
			expect(m.chineseItem?.width ?? 0).toBeGreaterThan(0);
			expect(m.cjkWidth).toBeGreaterThan(2 * m.latinWidth);
			expect(m.glyphsDiffer).toBe(true);

			await page.locator(".intl-plan-unsorted").screenshot({ path: join(SHOTS, `unsorted-${theme}-${size}.png`) });
			// That scrolled the tray into view: back to the top, where a user's view opens.
			await page.evaluate(() => window.scrollTo(0, 0));
			const shot = join(SHOTS, `plan-view-${theme}-${size}.png`);
			await page.screenshot({ path: shot, fullPage: true });
			if (theme === "light" && size === "wide" && (process.env.INTL_PLAN_UPDATE_DOCS === "1" || !existsSync(DOCS_SHOT))) {
				// What fits on one screen: the README's picture, not the whole scroll.
				mkdirSync(dirname(DOCS_SHOT), { recursive: true });
				await page.screenshot({ path: DOCS_SHOT, fullPage: false });
			}
		}, 60_000);
	}

	for (const { width, lang, phone } of [{ width: 1280, lang: "zh", phone: false }, { width: 360, lang: "zh", phone: true }] as const) {
		it(`should draw the Timeline tab: lanes, bars by their days inside the lanes, no page overflow (${phone ? "phone" : "wide"})`, async () => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(pathToFileURL(join(dir, "index.html")).href);
			await page.evaluate((cls) => document.body.classList.add(...cls), ["theme-light", ...(phone ? ["is-mobile", "is-phone"] : [])]);
			const count = await page.evaluate((r) => window.drawTimeline(r), { files, plan: HENGTAI, today: "2026-11-25", lang } satisfies PageRequest);
			expect(count).toBeGreaterThan(20);
			const m = await page.evaluate(() => {
				const lanes = Array.from(document.querySelectorAll<HTMLElement>(".intl-plan-timeline-lane"));
				const outside: string[] = [];
				const order: boolean[] = [];
				for (const lane of lanes) {
					const track = lane.querySelector<HTMLElement>(".intl-plan-timeline-track")?.getBoundingClientRect();
					let last = -Infinity;
					for (const bar of Array.from(lane.querySelectorAll<HTMLElement>(".intl-plan-timeline-bar"))) {
						const r = bar.getBoundingClientRect();
						if (!track || r.left < track.left - 0.5 || r.left > track.right + 0.5 || r.width <= 0) outside.push(bar.textContent ?? "");
						order.push(r.left >= last - 0.5);
						last = r.left;
					}
				}
				// Each milestone's flag and label whole inside its track: none cut at either edge.
				const milestones = document.querySelector<HTMLElement>(".intl-plan-timeline-milestones .intl-plan-timeline-track")?.getBoundingClientRect();
				const flags = Array.from(document.querySelectorAll<HTMLElement>(".intl-plan-timeline-milestone")).map((f) => {
					const r = f.getBoundingClientRect();
					return { text: f.textContent ?? "", inside: !!milestones && r.left >= milestones.left - 0.5 && r.right <= milestones.right + 0.5 && r.width > 0 };
				});
				// The month labels a person can see do not run into each other.
				const ticks = Array.from(document.querySelectorAll<HTMLElement>(".intl-plan-timeline-tick")).filter((t) => getComputedStyle(t).visibility !== "hidden").map((t) => t.getBoundingClientRect());
				const ticksOverlap = ticks.some((r, i) => i > 0 && r.left < (ticks[i - 1]?.right ?? 0) - 0.5);
				return { lanes: lanes.length, outside, ordered: order.every(Boolean), flags, ticksOverlap, pageOverflow: document.documentElement.scrollWidth > window.innerWidth };
			});
			// The plan's milestones, the four dimensions and the lane of tasks with no dimension (the example plan has one, dated).
			expect(m.lanes).toBe(6);
			expect(m.outside).toEqual([]);
			// Its market-entry sequence (three dated rows) and its horizon.
			expect(m.flags.map((f) => f.text)).toEqual(["进入美国 US · 2027-02-15", "进入德国 DE · 2027-03-15", "进入法国 FR、意大利 IT · 2027-09-01", "规划期限 · 2027-06-30"]);
			expect(m.flags.filter((f) => !f.inside)).toEqual([]);
			expect(m.ticksOverlap).toBe(false);
			expect(m.ordered).toBe(true);
			expect(m.pageOverflow).toBe(false);
			await page.screenshot({ path: join(SHOTS, `timeline-${phone ? "phone" : "wide"}.png`), fullPage: false });
		}, 60_000);
	}

	it("should scroll the roll-up's nine columns inside their own box on a phone, never the note", async () => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto(pathToFileURL(join(dir, "index.html")).href);
		await page.evaluate(() => document.body.classList.add("theme-light", "is-mobile", "is-phone"));
		const rows = await page.evaluate((r) => window.drawRollup(r), { files, today: "2026-11-25", lang: "zh" as const });
		expect(rows).toBeGreaterThan(1);
		const m = await page.evaluate(() => {
			const scroller = document.querySelector<HTMLElement>(".intl-plan-rollup-scroll");
			return { pageOverflow: document.documentElement.scrollWidth > window.innerWidth, scrolls: scroller ? scroller.scrollWidth > scroller.clientWidth : false, width: scroller?.getBoundingClientRect().width ?? 0 };
		});
		expect(m.pageOverflow).toBe(false);
		expect(m.scrolls).toBe(true);
		expect(m.width).toBeLessThanOrEqual(360);
		await page.screenshot({ path: join(SHOTS, "rollup-phone.png"), fullPage: true });
	}, 60_000);

	it("should draw a plan of 2,000 items a page at a time (timing in test-artifacts/bench)", async () => {
		const tasks = (d: string, heading: string): string =>
			`## ${heading}\n\n${Array.from({ length: 500 }, (_, i) => `- [${i % 5 === 0 ? "x" : " "}] ${d} task ${i} with [[Note ${i % 40}]] [owner:: 负责人${i % 9}] 📅 2027-0${(i % 9) + 1}-15 ⏫`).join("\n")}\n`;
		const big = `---\nintl-plan: 1\ncompany: Big\nmarkets: [DE, VN]\n---\n# Big plan\n\n${tasks("Strategy", "战略决策 Strategy")}${tasks("Tech", "技术赋能 Technology")}${tasks("Marketing", "营销协同 Marketing")}${tasks("Compliance", "风险合规 Compliance")}`;
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(pathToFileURL(join(dir, "index.html")).href);
		await page.evaluate(() => document.body.classList.add("theme-light"));
		const drawn = await page.evaluate((r) => window.drawPlan(r), { files: { "Big/Big plan.md": big }, plan: "Big/Big plan.md", today: "2026-11-25", lang: "en" } satisfies PageRequest);
		expect(drawn.items).toBe(4 * 100);
		const more = await page.evaluate(() => {
			const button = document.querySelector<HTMLButtonElement>('[data-dimension="strategy"] .intl-plan-show-more');
			const started = performance.now();
			button?.click();
			document.body.getBoundingClientRect();
			return { ms: performance.now() - started, label: button?.textContent, rows: document.querySelectorAll('[data-dimension="strategy"] .intl-plan-item').length };
		});
		expect(more.rows).toBe(200);
		expect(more.label).toBe("Show 100 more");
		const timing = { items: 2000, firstPage: drawn.items, indexMs: drawn.indexMs, renderMs: drawn.renderMs, showMoreMs: more.ms, chromium: context.browser()?.version() ?? "persistent context" };
		mkdirSync(join(ROOT, "test-artifacts/bench"), { recursive: true });
		writeFileSync(join(ROOT, "test-artifacts/bench/plan-view-render.json"), `${JSON.stringify(timing, null, 2)}\n`);
		process.stdout.write(`plan view, 2,000 items: index ${drawn.indexMs.toFixed(0)} ms, first page drawn and laid out ${drawn.renderMs.toFixed(0)} ms, show more ${more.ms.toFixed(0)} ms\n`);
	}, 60_000);
});

/** Runs in the page (with the DOM helpers installed): where things are, and whether Chinese glyphs are real glyphs. */
function measure(chinese: string): Measured {
	const box = (el: Element): Box => {
		const r = el.getBoundingClientRect();
		return { x: r.x, y: r.y, right: r.right, bottom: r.bottom, width: r.width };
	};
	const quadrantEls = Array.from(document.querySelectorAll(".intl-plan-quadrant"));
	const overflowingRows: string[] = [];
	const rowsOutside: string[] = [];
	const rows = Array.from(document.querySelectorAll<HTMLElement>(".intl-plan-item"));
	for (const row of rows) {
		const label = row.textContent ?? "";
		if (row.scrollWidth > row.clientWidth) overflowingRows.push(label);
		const quadrant = row.closest(".intl-plan-quadrant, .intl-plan-unsorted");
		if (!quadrant) continue;
		const q = quadrant.getBoundingClientRect();
		const r = row.getBoundingClientRect();
		if (r.left < q.left - 0.5 || r.right > q.right + 0.5 || r.top < q.top - 0.5 || r.bottom > q.bottom + 0.5) rowsOutside.push(label);
	}
	const item = Array.from(document.querySelectorAll(".intl-plan-item-text")).find((el) => el.textContent?.includes(chinese));
	const span = (text: string): number => {
		const el = document.body.createSpan({ text });
		const w = el.getBoundingClientRect().width;
		el.remove();
		return w;
	};
	// Missing glyphs all draw as the same box; two different characters drawing alike means no CJK font.
	const glyph = (ch: string): string => {
		const canvas = document.body.createEl("canvas");
		canvas.width = 40;
		canvas.height = 40;
		const ctx = canvas.getContext("2d");
		if (!ctx) return "";
		ctx.font = `32px ${getComputedStyle(document.body).fontFamily}`;
		ctx.fillText(ch, 2, 32);
		const data = canvas.toDataURL();
		canvas.remove();
		return data;
	};
	const trayEl = document.querySelector(".intl-plan-unsorted");
	const pickers = Array.from(document.querySelectorAll(".intl-plan-give-dimension"));
	return {
		quadrants: quadrantEls.map((q) => ({ dimension: q.getAttribute("data-dimension") ?? "", box: box(q) })),
		overflowingRows,
		rowsOutside,
		rows: rows.length,
		pageOverflow: document.documentElement.scrollWidth > window.innerWidth,
		chineseItem: item ? box(item) : null,
		cjkWidth: span("战略决策"),
		latinWidth: span("ab"),
		glyphsDiffer: glyph("战") !== glyph("略"),
		smallTargets: Array.from(document.querySelectorAll(".intl-plan-checkbox-hit"))
			.map((el) => el.getBoundingClientRect())
			.filter((r) => r.width < 44 || r.height < 44)
			.map((r) => `${r.width.toFixed(0)}×${r.height.toFixed(0)}`),
		tray: trayEl
			? {
					box: box(trayEl),
					gridBottom: document.querySelector(".intl-plan-grid, .intl-plan-list")?.getBoundingClientRect().bottom ?? 0,
					pickers: pickers.length,
					pickersOutside: pickers.filter((p) => {
						const r = p.getBoundingClientRect();
						const t = trayEl.getBoundingClientRect();
						return r.width === 0 || r.left < t.left - 0.5 || r.right > t.right + 0.5;
					}).length,
				}
			: null,
	};
}
