// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { lastNotice, openNote, run, text } from "../support/harness.js";
import { loadIndexed } from "../index/live-harness.js";

const PLAN = "Plans/Acme/Acme plan.md";
const FILES = {
	[PLAN]: "---\nintl-plan: 1\ncompany: Acme\nsize: small\nmarkets: [DE]\nchannel: platform\nlang: en\n---\n## 战略决策 Strategy\n- [ ] Pick markets 📅 2026-01-10\n- [x] Read the paper\n",
	"Plans/Acme/campaign.md": "- [ ] Launch #intl/marketing\n",
	"Inbox/loose.md": "# Nothing here\n",
};

describe("summary commands in the plugin", () => {
	it("should be offered on a plan's notes only", async () => {
		const h = await loadIndexed(FILES);
		await openNote(h.app, "Inbox/loose.md");
		expect(await run(h, "write-plan-summary")).toBe(false);
		expect(await run(h, "export-plan-canvas")).toBe(false);
		await openNote(h.app, "Plans/Acme/campaign.md");
		expect(await run(h, "write-plan-summary")).toBe(true);
	});

	it("should write the summary next to the plan in the plan's language, and say so", async () => {
		const h = await loadIndexed(FILES);
		await openNote(h.app, PLAN);
		expect(await run(h, "write-plan-summary")).toBe(true);
		await new Promise((r) => setTimeout(r, 50));
		const summary = await text(h.app, "Plans/Acme/Acme plan 摘要 Summary.md");
		expect(summary).toContain("# Plan summary: Acme plan");
		expect(summary).toContain("| Strategic decision-making | 1 | 0 | 1 | 0 | 50% |");
		expect(lastNotice()).toContain("Wrote the summary of Acme plan");
	});

	it("should export the canvas beside the plan", async () => {
		const h = await loadIndexed(FILES);
		await openNote(h.app, PLAN);
		expect(await run(h, "export-plan-canvas")).toBe(true);
		await new Promise((r) => setTimeout(r, 50));
		expect(JSON.parse(await text(h.app, "Plans/Acme/Acme plan.canvas"))).toHaveProperty("nodes");
	});

	it("should export the plan as one HTML report beside it, replace its own report next time, and leave anyone else's file alone", async () => {
		const report = "Plans/Acme/Acme plan 摘要 Summary.html";
		const h = await loadIndexed({ ...FILES, "Plans/Acme/Acme plan 摘要 Summary 2.html": "<p>mine</p>" });
		await openNote(h.app, PLAN);
		expect(await run(h, "export-plan-report")).toBe(true);
		await new Promise((r) => setTimeout(r, 50));
		const first = await text(h.app, report);
		expect(first.startsWith("<!doctype html>")).toBe(true);
		expect(first).toContain("<title>Plan summary: Acme plan</title>");
		expect(lastNotice()).toContain(`Wrote the report of Acme plan to ${report}`);
		// Run again: the same file, replaced; no second file.
		expect(await run(h, "export-plan-report")).toBe(true);
		await new Promise((r) => setTimeout(r, 50));
		expect(h.app.vault.getFiles().filter((f) => f.extension === "html").map((f) => f.path).sort()).toEqual(["Plans/Acme/Acme plan 摘要 Summary 2.html", report]);
		// A file of that name someone else wrote is never replaced: the report goes beside it.
		await h.app.vault.modify(h.app.vault.getFileByPath(report)!, "<p>my own notes</p>");
		expect(await run(h, "export-plan-report")).toBe(true);
		await new Promise((r) => setTimeout(r, 50));
		expect(await text(h.app, report)).toBe("<p>my own notes</p>");
		expect(await text(h.app, "Plans/Acme/Acme plan 摘要 Summary 2.html")).toBe("<p>mine</p>");
		expect((await text(h.app, "Plans/Acme/Acme plan 摘要 Summary 3.html")).startsWith("<!doctype html>")).toBe(true);
	});
});
