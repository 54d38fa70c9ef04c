// Builds the Obsidian plugin (src/main.ts → main.js) and the Node CLI (src/cli → dist/).
// Usage: node esbuild.config.mjs [production|cli]   (no argument: plugin in watch mode)
import esbuild from "esbuild";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const mode = process.argv[2] ?? "watch";
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * The code that makes the index's records (the core, and the parser libraries the lock file pins): the
 * plugin keeps what it read between sessions under this hash, so a new build never uses an older one's records.
 */
function recordsHash() {
	const hash = createHash("sha256");
	const files = readdirSync("src/core", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).sort();
	for (const file of files) hash.update(file).update(readFileSync(join("src/core", file)));
	return hash.update(readFileSync("package-lock.json")).digest("hex").slice(0, 16);
}

/** Markdown templates are bundled into both targets as plain text. */
const loader = { ".md": "text" };

export const plugin = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	outfile: "main.js",
	format: "cjs",
	target: "es2021",
	platform: "browser",
	loader,
	// Obsidian provides these at runtime; Node built-ins must never reach the mobile bundle,
	// so they are NOT external: importing one fails the build.
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
	],
	// micromark decodes named character references (`&amp;`) with this package, whose browser build
	// writes them into a detached element's innerHTML. The plugin never touches innerHTML: take the
	// build that looks them up in its own table (about 25 KB more, and the same on every platform).
	alias: { "decode-named-character-reference": "./node_modules/decode-named-character-reference/index.js" },
	define: { INTL_PLAN_RECORDS: JSON.stringify(recordsHash()) },
	logLevel: "info",
	sourcemap: mode === "production" ? false : "inline",
	treeShaking: true,
	minify: mode === "production",
};

/**
 * The parsing worker's script (src/obsidian/index/parse-worker-entry.ts): built first, on its own, and
 * handed to the plugin's build as a string (`INTL_PLAN_WORKER`), which starts a worker from it. Obsidian
 * loads one main.js, so the worker cannot be a file of its own. Minified always: it is a string in main.js.
 */
export const worker = {
	entryPoints: ["src/obsidian/index/parse-worker-entry.ts"],
	bundle: true,
	write: false,
	format: "iife",
	target: plugin.target,
	platform: "browser",
	loader,
	alias: plugin.alias,
	logLevel: "warning",
	treeShaking: true,
	minify: true,
};

/** The plugin's build options with the worker's script in them. */
export async function pluginWithWorker() {
	const built = await esbuild.build(worker);
	const script = built.outputFiles[0]?.text;
	if (!script) throw new Error("the parsing worker built to nothing");
	return { ...plugin, define: { ...plugin.define, INTL_PLAN_WORKER: JSON.stringify(script) } };
}

export const cli = {
	entryPoints: { cli: "src/cli/main.ts", core: "src/core/index.ts" },
	bundle: true,
	outdir: "dist",
	format: "esm",
	platform: "node",
	target: "node20",
	loader,
	external: nodeBuiltins,
	// CommonJS dependencies bundled into ESM need a require() for their own requires.
	banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
	logLevel: "warning",
	sourcemap: true,
};

/** Builds what `mode` names: the CLI, both for production, or the plugin in watch mode. */
async function build() {
	if (mode === "cli") {
		await esbuild.build(cli);
	} else if (mode === "production") {
		await esbuild.build(await pluginWithWorker());
		await esbuild.build(cli);
	} else {
		// Watch mode rebuilds the plugin; the worker's script is the one built at the start.
		const ctx = await esbuild.context(await pluginWithWorker());
		await ctx.watch();
	}
}

// Imported (the bundle test reads the plugin's options), it builds nothing.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await build();
