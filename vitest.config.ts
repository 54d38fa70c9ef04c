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
		include: ["tests/**/*.test.ts"],
		// Node by default; a DOM test opts in with a `// @vitest-environment happy-dom` comment.
		environment: "node",
	},
});
