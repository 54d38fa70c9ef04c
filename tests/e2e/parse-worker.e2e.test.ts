/**
 * The parsing worker as the plugin starts it, in a real browser: the script built into main.js
 * (esbuild.config.mjs `worker`), started from an object URL as `startParseWorker` does, in headless
 * Chromium (Obsidian's renderer on desktop; the phone apps' web views run the same kind of worker).
 * It must answer with the records the core makes in Node for the same notes, and parse a note of
 * megabytes while the page's own thread stays free (no task over 50 ms there, as the browser's own
 * long-task observer sees it; the same parse on that thread is one task of seconds).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { worker } from "../../esbuild.config.mjs";
import { DEFAULT_CONFIG, dimensionMatcher, indexNote } from "../../src/core/index.js";
import type { FromWorker, ToWorker } from "../../src/obsidian/index/parse-protocol.js";
import { exampleFiles } from "../obsidian/view/example-vault.js";
import { haveChromium, launch } from "./browser.js";

describe.skipIf(!haveChromium)("the parsing worker in headless Chromium", () => {
	let dir = "";
	let context: BrowserContext;
	let page: Page;
	let script = "";

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), "intl-plan-worker-"));
		const built = await build({ ...worker, logLevel: "silent" });
		script = built.outputFiles?.[0]?.text ?? "";
		writeFileSync(join(dir, "page.html"), "<!doctype html><meta charset=utf-8><title>worker</title>");
		({ context, page } = await launch(dir));
		await page.goto(pathToFileURL(join(dir, "page.html")).href);
	}, 120_000);

	afterAll(async () => {
		await context?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	/** Starts the worker from `script` in the page, sends `messages`, and returns its answers and the page thread's long tasks meanwhile. */
	function inWorker(messages: readonly ToWorker[]): Promise<{ replies: FromWorker[]; longTasksMs: number[]; ticks: number; ready: boolean }> {
		return page.evaluate(
			async ({ script, messages }) => {
				const url = URL.createObjectURL(new Blob([script], { type: "text/javascript" }));
				const w = new Worker(url, { name: "intl-plan-parser" });
				// Each parse is answered by a record and as many parts as it says.
				let waiting = messages.filter((m) => m.type === "parse").length;
				const longTasksMs: number[] = [];
				const observer = new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) longTasksMs.push(Math.round(entry.duration));
				});
				observer.observe({ type: "longtask" });
				// The page's thread keeps turning while the worker parses.
				let ticks = 0;
				const tick = setInterval(() => void ticks++, 10);
				let ready = false;
				const replies = await new Promise<FromWorker[]>((resolve, reject) => {
					const got: FromWorker[] = [];
					w.onmessage = (e: MessageEvent<FromWorker>) => {
						const reply = e.data;
						// The script says it has loaded, before any answer.
						if (reply.type === "ready") return void (ready = got.length === 0);
						got.push(reply);
						if (reply.type === "parsed") waiting += reply.parts;
						if (--waiting === 0) return resolve(got);
						// The rest of a record in parts, one asked for at a time, as the plugin asks.
						if (reply.type !== "failed" && (reply.type === "part" || reply.parts > 0)) w.postMessage({ type: "more", id: reply.id } satisfies ToWorker);
					};
					w.onerror = (e) => reject(new Error(e.message));
					for (const m of messages) w.postMessage(m);
				});
				clearInterval(tick);
				observer.disconnect();
				w.terminate();
				URL.revokeObjectURL(url);
				return { replies: JSON.parse(JSON.stringify(replies)) as FromWorker[], longTasksMs, ticks, ready };
			},
			{ script, messages },
		);
	}

	it("should answer with the records the core makes for the same notes", async () => {
		const files = Object.entries(exampleFiles());
		const messages: ToWorker[] = [
			{ type: "config", key: 1, config: DEFAULT_CONFIG },
			...files.map(([path, text], i): ToWorker => ({ type: "parse", id: i + 1, key: 1, path, text, options: {}, askPassed: i % 2 === 0 })),
		];
		const { replies, ready } = await inWorker(messages);
		expect(ready).toBe(true);
		const matcher = dimensionMatcher(DEFAULT_CONFIG);
		const expected = files.map(([path, text], i) => {
			const note = indexNote(path, text, matcher, DEFAULT_CONFIG);
			return i % 2 === 0 ? { type: "parsed", id: i + 1, note, passed: matcher.mightMatter(text), parts: 0 } : { type: "parsed", id: i + 1, note, parts: 0 };
		});
		expect(replies).toEqual(JSON.parse(JSON.stringify(expected)));
		expect(replies.filter((r) => r.type === "parsed" && r.note !== null).length).toBeGreaterThan(5);
	}, 60_000);

	it("should parse a note of megabytes while the page's thread stays free", async () => {
		const plan = exampleFiles();
		const body = Object.values(plan).join("\n\n");
		let text = "---\ndimension: strategy\n---\n";
		while (text.length < 2_000_000) text += `${body}\n\n`;
		const { replies, longTasksMs, ticks } = await inWorker([
			{ type: "config", key: 1, config: DEFAULT_CONFIG },
			{ type: "parse", id: 1, key: 1, path: "Long.md", text, options: {}, askPassed: false },
		]);
		// Its thousands of items in parts, each read on the page's thread as a message of its own.
		const head = replies[0];
		expect(head?.type === "parsed" ? head.parts : 0).toBeGreaterThan(5);
		const items = replies.reduce((n, r) => n + (r.type === "parsed" ? (r.note?.items.length ?? 0) : r.type === "part" ? r.items.length : 0), 0);
		expect(items).toBe(indexNote("Long.md", text, dimensionMatcher(DEFAULT_CONFIG), DEFAULT_CONFIG)?.items.length);
		expect(longTasksMs).toEqual([]);
		expect(ticks).toBeGreaterThan(20);
	}, 120_000);
});
