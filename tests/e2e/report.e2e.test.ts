/**
 * The HTML report (`summary --format html`, *Export plan report*) as its reader sees it: the file alone in
 * headless Chromium, no Obsidian, no network, at desktop and phone width and printed to PDF. The charts must
 * be drawn (bars with width), nothing may leave the page sideways, and it must print.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_LIBRARY, DEFAULT_CONFIG, indexVault, readLibrary } from "../../src/core/index.js";
import { summarizePlan, summaryHtml } from "../../src/core/summary/index.js";
import { exampleFiles, HENGTAI } from "../obsidian/view/example-vault.js";
import { haveChromium, launch, ROOT, SHOTS } from "./browser.js";

const DOCS_SHOT = join(ROOT, "docs/images/report.png");

describe.skipIf(!haveChromium)("the HTML report in headless Chromium", () => {
	let dir = "";
	let context: BrowserContext;
	let page: Page;
	let file = "";

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), "intl-plan-report-"));
		const files = exampleFiles();
		const index = indexVault(Object.entries(files).map(([path, text]) => ({ path, text })));
		const summary = summarizePlan(index, HENGTAI, readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG), "2026-11-25");
		if (!summary) throw new Error("no plan");
		file = join(dir, "report.html");
		writeFileSync(file, summaryHtml(summary, "zh"));
		({ context, page } = await launch(dir));
	}, 120_000);

	afterAll(async () => {
		await context?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	for (const { width, name } of [{ width: 1100, name: "wide" }, { width: 360, name: "phone" }] as const) {
		it(`should draw its charts and keep everything on the page (${name})`, async () => {
			await page.setViewportSize({ width, height: 1200 });
			await page.goto(pathToFileURL(file).href);
			await page.evaluate(() => document.fonts.ready);
			const m = await page.evaluate(() => {
				const fills = Array.from(document.querySelectorAll<HTMLElement>(".bar-fill")).map((f) => f.getBoundingClientRect().width);
				const bars = Array.from(document.querySelectorAll<HTMLElement>(".roadmap .bar"));
				const outside = bars.filter((b) => {
					const track = b.closest(".track")?.getBoundingClientRect();
					const r = b.getBoundingClientRect();
					return !track || r.left < track.left - 0.5 || r.right > track.right + 0.5 || r.width <= 0;
				}).length;
				// The milestones' flags, label and all, inside their track.
				const flags = Array.from(document.querySelectorAll<HTMLElement>(".roadmap .flag")).map((f) => {
					const track = f.closest(".track")?.getBoundingClientRect();
					const r = f.getBoundingClientRect();
					return { text: f.textContent ?? "", inside: !!track && r.left >= track.left - 0.5 && r.right <= track.right + 0.5 && r.width > 0 };
				});
				return {
					overflow: document.documentElement.scrollWidth > window.innerWidth,
					flags,
					fills,
					bars: bars.length,
					outside,
					lanes: document.querySelectorAll(".roadmap .lane").length,
					title: document.title,
					scripts: document.scripts.length,
					external: document.querySelectorAll("link, img, iframe, [src]").length,
				};
			});
			expect(m.overflow).toBe(false);
			expect(m.fills).toHaveLength(4);
			expect(m.fills.some((w) => w > 0)).toBe(true);
			expect(m.bars).toBeGreaterThan(20);
			expect(m.outside).toBe(0);
			// The milestones, the four dimensions, the tasks with no dimension.
			expect(m.lanes).toBe(6);
			expect(m.flags.map((f) => f.text)).toEqual(["进入美国 US · 2027-02-15", "进入德国 DE · 2027-03-15", "进入法国 FR、意大利 IT · 2027-09-01", "规划期限 · 2027-06-30"]);
			expect(m.flags.filter((f) => !f.inside)).toEqual([]);
			expect(m.title).toBe("规划摘要：恒泰制造 国际化规划");
			expect([m.scripts, m.external]).toEqual([0, 0]);
			await page.screenshot({ path: join(SHOTS, `report-${name}.png`), fullPage: false });
			if (name === "wide" && (process.env.INTL_PLAN_UPDATE_DOCS === "1" || !existsSync(DOCS_SHOT))) {
				mkdirSync(dirname(DOCS_SHOT), { recursive: true });
				await page.screenshot({ path: DOCS_SHOT, fullPage: false });
			}
		}, 60_000);
	}

	it("should print to A4 with its colours, nothing cut at the side", async () => {
		await page.setViewportSize({ width: 1100, height: 1200 });
		await page.goto(pathToFileURL(file).href);
		await page.emulateMedia({ media: "print" });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
		expect(overflow).toBe(false);
		const pdf = await page.pdf({ format: "A4", printBackground: true });
		expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
		expect(pdf.length).toBeGreaterThan(20_000);
		writeFileSync(join(SHOTS, "report.pdf"), pdf);
		await page.emulateMedia({ media: "screen" });
	}, 60_000);
});
