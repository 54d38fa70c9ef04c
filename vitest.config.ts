import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";

/** Templates and the checklist library are imported as text, as esbuild's text loader bundles them. */
const markdownAsText: Plugin = {
	name: "markdown-as-text",
	transform(code, id) {
		if (!id.endsWith(".md")) return null;
		return { code: `export default ${JSON.stringify(code)};`, map: null };
	},
};

export default defineConfig({
	plugins: [markdownAsText],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: "core-and-cli",
					include: ["tests/**/*.test.ts"],
					exclude: ["tests/obsidian/**", "tests/e2e/**", "**/node_modules/**"],
					// Node by default; a DOM test opts in with a `// @vitest-environment happy-dom` comment.
					environment: "node",
				},
			},
			{
				extends: true,
				test: {
					// The plugin adapter, on happy-dom. `obsidian` ships types only: its import is mapped to
					// obsidian-test-mocks through a small shim (tests/obsidian/support/obsidian-shim.ts).
					name: "obsidian",
					include: ["tests/obsidian/**/*.test.ts"],
					environment: "happy-dom",
					setupFiles: ["tests/obsidian/support/setup.ts"],
				},
				resolve: {
					alias: [{ find: /^obsidian$/, replacement: fileURLToPath(new URL("tests/obsidian/support/obsidian-shim.ts", import.meta.url)) }],
				},
			},
			{
				extends: true,
				test: {
					// The quadrants in headless Chromium (tests/e2e): real layout, real CSS, screenshots.
					name: "e2e",
					include: ["tests/e2e/**/*.e2e.test.ts"],
					environment: "node",
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
