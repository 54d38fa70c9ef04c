import { tokenizer } from "acorn";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
// The very options `npm run build` bundles the plugin and its parsing worker with.
import { plugin, pluginWithWorker, worker } from "../../esbuild.config.mjs";

/** What the plugin bundle holds, dependencies included: the code Obsidian runs, on desktop and mobile. */
async function bundle(): Promise<string> {
	const result = await build({ ...plugin, write: false, minify: false, sourcemap: false, logLevel: "silent" });
	return result.outputFiles?.[0]?.text ?? "";
}

/** The parsing worker's script, as main.js carries it (a string the plugin starts a Web Worker from). */
async function workerScript(): Promise<string> {
	const result = await build({ ...worker, minify: false, logLevel: "silent" });
	return result.outputFiles?.[0]?.text ?? "";
}

describe("the plugin bundle", () => {
	let text = "";
	beforeAll(async () => {
		// The worker's code is a string in main.js, out of reach of the checks below: they read it as code too.
		text = `${await bundle()}\n${await workerScript()}`;
	}, 60_000);

	it("should carry the parsing worker's script, and the worker no Obsidian or Node module", async () => {
		const built = await build({ ...(await pluginWithWorker()), write: false, sourcemap: false, logLevel: "silent" });
		const main = built.outputFiles?.[0]?.text ?? "";
		expect(main).toContain("intl-plan-parser");
		// The worker's whole script, as built, is in main.js as a string literal.
		const shipped = (await build({ ...worker, logLevel: "silent" })).outputFiles?.[0]?.text ?? "";
		expect(shipped.length).toBeGreaterThan(100_000);
		let longest = "";
		for (const token of tokenizer(main, { ecmaVersion: "latest" })) {
			const value: unknown = (token as { value?: unknown }).value;
			if (token.type.label === "string" && typeof value === "string" && value.length > longest.length) longest = value;
		}
		expect(longest).toBe(shipped);
		const script = await workerScript();
		expect(script).toContain("indexNote");
		expect(script).not.toMatch(/\brequire\(/);
	}, 60_000);

	it("should hold the plugin", () => {
		expect(text).toContain("intl-plan");
	});

	it("should never write HTML strings into the DOM, not even in a dependency", () => {
		expect(text).not.toMatch(/\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/);
	});

	it("should hold no regex literal with a lookbehind, which stops the whole plugin loading on iOS before 16.4", () => {
		// `new RegExp("(?<!…)")` inside try/catch is fine (yaml falls back so); a literal fails as the script is read.
		const lookbehinds: string[] = [];
		for (const token of tokenizer(text, { ecmaVersion: "latest" })) {
			const value = (token as { value?: { pattern?: unknown } }).value;
			if (token.type.label === "regexp" && typeof value?.pattern === "string" && /\(\?<[=!]/.test(value.pattern)) lookbehinds.push(value.pattern);
		}
		expect(lookbehinds).toEqual([]);
	});

	it("should require only what Obsidian provides at runtime", () => {
		const required = new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
		expect([...required]).toEqual(["obsidian"]);
	});
});
