// @vitest-environment happy-dom
/**
 * The plugin writes summaries and canvases through the same core as the CLI, so a hostile note's
 * text is escaped there too; and Obsidian's command line prints what its handlers answer to a
 * terminal, so the answers carry no control character (JSON keeps the data, escaped).
 */
import { describe, expect, it } from "vitest";
import { BUILTIN_LIBRARY, DEFAULT_CONFIG, indexVault, readLibrary, rollup } from "../../../src/core/index.js";
import { settingsFrom } from "../../../src/obsidian/settings/settings.js";
import { renderRollupTable } from "../../../src/obsidian/summary/rollup-table.js";
import { exportPlanCanvas, writePlanSummary } from "../../../src/obsidian/summary/summary-actions.js";
import { controlsIn } from "../../support/controls.js";
import { loadIndexed } from "../index/live-harness.js";
import { text, vault, type Harness } from "../support/harness.js";

const PATH = "Plans/Evil \u009b2J plan.md";
const PLAN = `---
intl-plan: 1
company: "ACME\\n\`\`\`mermaid\\ngraph TD\\nclick B href \\"javascript:alert(1)\\"\\n\`\`\`\\n%% intl-plan:summary end %%\\n<script>alert(1)</script>\\u001b]52;c;aGk=\\u0007"
markets: [DE]
lang: en
---
## Strategy
- [ ] Pick [it](javascript:alert(1)) <a href="javascript:alert(2)">x</a> 📅 2026-01-10
`;
const FILES = { [PATH]: PLAN };

async function call(h: Harness, command: string, params: Record<string, string> = {}): Promise<string> {
	const handler = h.mockPlugin.cliHandlers__.get(command);
	if (!handler) throw new Error(`no handler ${command}`);
	return handler(params);
}

describe("hostile notes in the plugin", () => {
	it("should write a summary holding only the generator's blocks", async () => {
		const index = indexVault([{ path: PATH, text: PLAN }]);
		const app = vault(FILES).asOriginalType__();
		const r = await writePlanSummary(app, settingsFrom({ summaryTarget: "plan" }), index, index.plans[0]!, readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG), "2026-11-25", "en");
		expect(r.ok).toBe(true);
		const region = (await text(app, PATH)).slice(PLAN.length);
		// The completion chart and the roadmap: two fenced blocks, each opened and closed by the generator.
		expect(region.match(/```/g)).toHaveLength(4);
		expect(region.match(/^```mermaid$/gm)).toHaveLength(2);
		expect(region.split("\n").filter((l) => l.trim() === "%% intl-plan:summary end %%")).toHaveLength(1);
		expect(region).not.toContain("<script");
		expect(region).not.toContain("javascript:");
		expect(controlsIn(region)).toEqual([]);
	});

	it("should export a canvas whose cards carry no script link", async () => {
		const index = indexVault([{ path: PATH, text: PLAN }]);
		const app = vault(FILES).asOriginalType__();
		const r = await exportPlanCanvas(app, index, index.plans[0]!, "en");
		expect(r.ok).toBe(true);
		const canvas = await text(app, r.ok ? r.path : "");
		expect(canvas).not.toContain("javascript:");
		expect(canvas).not.toContain("<a ");
	});

	it("should answer on Obsidian's command line with no control character, JSON keeping the data", async () => {
		const h = await loadIndexed(FILES);
		const md = await call(h, "intl-plan:summary", { today: "2026-11-25" });
		expect(md).toContain("# Plan summary: Evil  plan"); // the CSI went whole, parameters and all
		expect(controlsIn(md)).toEqual([]);
		const json = await call(h, "intl-plan:summary", { today: "2026-11-25", format: "json" });
		expect(controlsIn(json)).toEqual([]);
		expect((JSON.parse(json) as { plan: { path: string } }).plan.path).toBe(PATH);
		expect(controlsIn(await call(h, "intl-plan:rollup", { format: "json" }))).toEqual([]);
		expect(controlsIn(await call(h, "intl-plan:canvas"))).toEqual([]);
	});

	it("should give a roll-up row no href a browser would run, whatever the note is called", () => {
		const index = indexVault([{ path: "javascript:alert(1).md", text: PLAN }, { path: PATH, text: PLAN }]);
		const el = document.body.createDiv();
		renderRollupTable(el, rollup(index, null, "2026-11-25"), "en", { sort: "plan", onSort: () => undefined, onOpen: () => undefined });
		const links = Array.from(el.querySelectorAll("a"));
		expect(links.map((a) => a.getAttribute("data-href"))).toEqual([PATH, "javascript:alert(1).md"]);
		expect(links.map((a) => a.getAttribute("href"))).toEqual([PATH, null]);
	});
});
