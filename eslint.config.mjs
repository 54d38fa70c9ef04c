// Lint = obsidianmd's recommended config (ESLint + typescript-eslint type-checked + Obsidian rules),
// plus the layering of DESIGN.md: core imports neither `obsidian` nor Node; the CLI never imports `obsidian`.
import { builtinModules } from "node:module";
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
// Not re-exported by the package; it is how obsidianmd's own tests feed LICENSE to validate-license.
import { PlainTextParser } from "eslint-plugin-obsidianmd/dist/lib/plainTextParser.js";
import globals from "globals";
import tseslint from "typescript-eslint";

const TS = "**/*.{ts,cts,mts,tsx}";

/** Code that runs in Node, never inside Obsidian: the CLI, tests, benchmarks, tooling. */
const NODE_FILES = ["src/cli/**", "tests/**", "bench/**", "bin/**", "scripts/**", "*.config.{js,mjs,cjs,ts,mts}"];
/** Code that runs inside Obsidian (desktop and mobile). */
const PLUGIN_FILES = ["src/main.ts", "src/obsidian/**"];
const CORE_FILES = ["src/core/**"];

/**
 * obsidianmd's own `@typescript-eslint/no-restricted-imports` entries (axios, moment, …). A later rule
 * setting replaces earlier options wholesale, so the layer rules below extend this list, never drop it.
 */
const obsidianRestrictedImports = (() => {
	const setting = obsidianmd.configs.recommended
		.map((block) => block.rules?.["@typescript-eslint/no-restricted-imports"])
		.findLast(Boolean);
	if (!Array.isArray(setting)) throw new Error("eslint-plugin-obsidianmd no longer sets @typescript-eslint/no-restricted-imports: revisit eslint.config.mjs");
	return setting.slice(1);
})();

const restrictImports = ({ paths = [], patterns = [] }) => [
	"error",
	{ paths: [...obsidianRestrictedImports, ...paths], patterns },
];

const notInCore = "src/core is pure TypeScript shared by the plugin and the CLI (DESIGN.md, Layers): pass what it needs in from an adapter.";
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith("_"));

/** Browser-only globals (and Obsidian's DOM helpers) switched off where code must not touch a DOM. */
const obsidianDomGlobals = ["activeDocument", "activeWindow", "ajax", "ajaxPromise", "createDiv", "createEl", "createFragment", "createSpan", "createSvg", "fish", "fishAll", "isBoolean", "nextFrame", "ready", "sleep", "DomElementInfo", "SvgElementInfo"];
const browserOnly = [...Object.keys(globals.browser).filter((name) => !(name in globals.node)), ...obsidianDomGlobals];
const withoutBrowserGlobals = Object.fromEntries(browserOnly.map((name) => [name, "off"]));
/** Globals both runtimes have (console, URL, TextEncoder, timers, …): all that core may use. */
const sharedGlobals = Object.fromEntries(Object.keys(globals.node).filter((name) => name in globals.browser).map((name) => [name, "readonly"]));

export default defineConfig([
	globalIgnores([
		"node_modules/",
		"dist/",
		"main.js",
		"examples/",
		"coverage/",
		"test-artifacts/",
		"bench/.cache/",
	]),

	...obsidianmd.configs.recommended,

	// Type information for every TypeScript file, from tsconfig.json.
	{
		files: [TS],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},

	// manifest.json: obsidianmd/validate-manifest walks a JS AST (one ObjectExpression), so the manifest
	// is parsed as an expression by the typescript-eslint parser, without type information, as
	// Obsidian's community-plugin scanner does.
	{
		files: ["manifest.json"],
		extends: [tseslint.configs.disableTypeChecked],
		plugins: { obsidianmd },
		languageOptions: { parser: tseslint.parser },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	// LICENSE: obsidianmd/validate-license reads the copyright line (holder and year) as plain text.
	{
		files: ["LICENSE"],
		plugins: { obsidianmd },
		languageOptions: { parser: PlainTextParser },
		rules: { "obsidianmd/validate-license": "error" },
	},

	// Plugin code: the browser globals the recommended config declares (Obsidian desktop and mobile).
	{
		files: PLUGIN_FILES,
		languageOptions: { globals: { ...globals.browser } },
		rules: {
			"@typescript-eslint/no-restricted-imports": restrictImports({
				patterns: [{ group: ["**/cli", "**/cli/**"], message: "The plugin and the CLI are sibling adapters: share code through src/core." }],
			}),
		},
	},

	// Core: no Obsidian, no Node, no DOM, no adapters.
	{
		files: CORE_FILES,
		languageOptions: { globals: { ...withoutBrowserGlobals, ...sharedGlobals } },
		rules: {
			"@typescript-eslint/no-restricted-imports": restrictImports({
				paths: [
					{ name: "obsidian", message: notInCore },
					...nodeBuiltins.map((name) => ({ name, message: notInCore })),
				],
				patterns: [
					{ group: ["node:*", "node:*/**"], message: notInCore },
					{ group: ["**/cli", "**/cli/**", "**/obsidian/**", "**/main", "**/main.js"], message: "Dependencies point down only: core never imports an adapter." },
				],
			}),
		},
	},

	// Node code: Node globals instead of the browser's, and the obsidianmd rules that only make sense
	// inside Obsidian relaxed. Every other obsidianmd rule still applies here.
	{
		files: NODE_FILES,
		languageOptions: { globals: { ...withoutBrowserGlobals, ...globals.node, NodeJS: "readonly" } },
		rules: {
			// Node built-ins are the point of a CLI, a benchmark or a build script; never bundled into main.js.
			"obsidianmd/no-nodejs-modules": "off",
			// These steer plugin code to `window`/`activeWindow`, which do not exist in Node.
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-window-timers": "off",
			// Its remedy, Vault#configDir, exists only inside Obsidian; a vault read from disk has no other
			// source for the folder name (a CLI flag can still offer one).
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	// Tests run in Node, and a DOM test opts into happy-dom (vitest.config.ts): both sets of globals.
	{
		files: ["tests/**"],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		files: ["src/cli/**"],
		rules: {
			"@typescript-eslint/no-restricted-imports": restrictImports({
				paths: [{ name: "obsidian", message: "The CLI runs without Obsidian: go through src/core." }],
				patterns: [{ group: ["**/obsidian/**", "**/main", "**/main.js"], message: "The plugin and the CLI are sibling adapters: share code through src/core." }],
			}),
		},
	},
	// Console output is what benchmarks and build scripts are for; the `no-new-func` half of the rule stays.
	{
		files: ["bench/**", "bin/**", "scripts/**", "*.config.{js,mjs,cjs,ts,mts}"],
		rules: {
			"obsidianmd/rule-custom-message": [
				"error",
				{
					"no-new-func": {
						messages: {
							"The Function constructor is eval": "Using the `Function` constructor is dangerous because it executes arbitrary code, similar to `eval()`",
						},
					},
				},
			],
		},
	},
]);
