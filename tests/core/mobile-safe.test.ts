import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every source file the plugin bundle can contain (core and the Obsidian adapter). */
function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
	);
}

describe("code that runs on mobile", () => {
	it("should build no regex lookbehind, which iOS before 16.4 cannot compile (lint only sees literals)", () => {
		for (const file of [...sources("src/core"), ...sources("src/obsidian"), "src/main.ts"]) {
			expect(readFileSync(file, "utf8"), file).not.toMatch(/\(\?<[!=]/);
		}
	});
});
