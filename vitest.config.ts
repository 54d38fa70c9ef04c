import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["tests/**/*.test.ts"],
		// Node by default; a DOM test opts in with a `// @vitest-environment happy-dom` comment.
		environment: "node",
	},
});
