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
});
