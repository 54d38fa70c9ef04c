// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { loadIndexed } from "../index/live-harness.js";
import type { Harness } from "../support/harness.js";

/** Obsidian's command line checks today= and folder= as the Node CLI checks --today and --folder. */
const PLAN = "---\nintl-plan: 1\ncompany: Acme GmbH\nsize: small\nmarkets: [DE]\nlang: en\n---\n## Strategy\n- [ ] Pick markets 📅 2026-01-10\n";

async function call(h: Harness, command: string, params: Record<string, string> = {}): Promise<string> {
	const handler = h.mockPlugin.cliHandlers__.get(command);
	if (!handler) throw new Error(`no handler ${command}`);
	return handler(params);
}

describe("Obsidian command-line handlers: dates and folders", () => {
	it.each(["2026-02-30", "2026-13-45", "soon"])("should refuse today=%s, which is no date", async (today) => {
		const h = await loadIndexed({ "Plans/Acme/Acme plan.md": PLAN });
		expect(await call(h, "intl-plan:summary", { today })).toBe(`Error: today= "${today}" is not a date (YYYY-MM-DD).`);
	});

	it("should count from a real today=", async () => {
		const h = await loadIndexed({ "Plans/Acme/Acme plan.md": PLAN });
		expect(await call(h, "intl-plan:summary", { today: "2026-02-01" })).toContain("Pick markets");
	});

	it("should refuse a roll-up folder= that leaves the vault, and read one that stays inside", async () => {
		const h = await loadIndexed({ "Plans/Acme/Acme plan.md": PLAN });
		expect(await call(h, "intl-plan:rollup", { folder: "../Plans" })).toBe('Error: folder= "../Plans" leaves the vault; nothing was done. Give a path inside the vault, such as Plans/EU.');
		const rows = JSON.parse(await call(h, "intl-plan:rollup", { folder: "./Plans\\Acme/", format: "json" })) as { path: string }[];
		expect(rows.map((r) => r.path)).toEqual(["Plans/Acme/Acme plan.md"]);
	});
});
