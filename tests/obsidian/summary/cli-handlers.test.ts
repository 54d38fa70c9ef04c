// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { loadIndexed } from "../index/live-harness.js";
import { loadPlugin, type Harness } from "../support/harness.js";

/** Obsidian's command line (1.12.2+): `obsidian intl-plan:summary plan=… format=json`. */
const plan = (company: string, lang: string) => `---\nintl-plan: 1\ncompany: ${company}\nsize: small\nmarkets: [DE]\nlang: ${lang}\n---\n## Strategy\n- [ ] Pick markets 📅 2026-01-10\n`;
const FILES = {
	"Plans/Acme/Acme plan.md": plan("Acme GmbH", "en"),
	"Plans/Lingxi/灵犀 规划.md": plan("灵犀贸易", "zh"),
};

async function call(h: Harness, command: string, params: Record<string, string> = {}): Promise<string> {
	const handler = h.mockPlugin.cliHandlers__.get(command);
	if (!handler) throw new Error(`no handler ${command}`);
	return handler(params);
}

describe("Obsidian command-line handlers", () => {
	it("should register summary, roll-up and canvas", async () => {
		const h = await loadIndexed(FILES);
		expect([...h.mockPlugin.cliHandlers__.keys()].sort()).toEqual(["intl-plan:canvas", "intl-plan:rollup", "intl-plan:summary"]);
	});

	it("should find a plan as the Node CLI's --plan does: by path, file name or company", async () => {
		const h = await loadIndexed(FILES);
		for (const wanted of ["Plans/Acme/Acme plan.md", "acme plan", "Acme GmbH", "GmbH"]) {
			const summary = JSON.parse(await call(h, "intl-plan:summary", { plan: wanted, format: "json", today: "2026-02-01" })) as { plan: { path: string } };
			expect(summary.plan.path).toBe("Plans/Acme/Acme plan.md");
		}
	});

	it("should say which plans there are when the name matches none, or when none is named among several", async () => {
		const h = await loadIndexed(FILES);
		expect(await call(h, "intl-plan:summary", { plan: "Globex" })).toBe(
			'Error: No plan matches "Globex". Plans in this vault: Plans/Acme/Acme plan.md, Plans/Lingxi/灵犀 规划.md',
		);
		expect(await call(h, "intl-plan:canvas")).toBe(
			"Error: This vault has several plans: Plans/Acme/Acme plan.md, Plans/Lingxi/灵犀 规划.md. Name one with plan=.",
		);
		expect(await call(h, "intl-plan:summary", { plan: "plans/" })).toContain("matches several plans");
	});

	it("should use the vault's only plan when none is named", async () => {
		const h = await loadIndexed({ "Plans/Acme/Acme plan.md": plan("Acme GmbH", "en") });
		expect(await call(h, "intl-plan:summary", { today: "2026-02-01" })).toContain("# Plan summary: Acme plan");
	});

	it("should say a vault without plans has none", async () => {
		const h = await loadIndexed({ "Inbox/a.md": "# a\n" });
		expect(await call(h, "intl-plan:summary")).toBe("Error: This vault has no plan yet: a plan is a note whose frontmatter says intl-plan: 1.");
	});

	it("should wait for the first read of the vault when called while Obsidian starts, then answer", async () => {
		const h = await loadPlugin({ "Plans/Acme/Acme plan.md": plan("Acme GmbH", "en") });
		const answer = call(h, "intl-plan:summary", { today: "2026-02-01" });
		h.mockApp.workspace.setLayoutReady__();
		expect(await answer).toContain("# Plan summary: Acme plan");
	});
});
