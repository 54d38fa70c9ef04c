/** `summary --write` keeps each report's record and says what changed since the last one (core/summary/snapshot.ts). */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli, makeVault } from "./sync-support.js";

const PLAN = "---\nintl-plan: 1\ncompany: Acme\nlang: en\n---\n## Strategy\n- [ ] Pick markets 📅 2026-12-10\n- [ ] Hire an agent\n";
let vault: string;
beforeEach(() => {
	vault = makeVault({ "Plans/Acme plan.md": PLAN });
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

const summaryNote = () => readFileSync(join(vault, "Plans", "Acme plan 摘要 Summary.md"), "utf8");

describe("summary since the last report", () => {
	it("should record each written report and show what was done, became overdue or was added since", async () => {
		expect((await cli(["summary", vault, "--write", "--today", "2026-12-01"])).status).toBe(0);
		expect(summaryNote()).not.toContain("Since the last report");
		writeFileSync(join(vault, "Plans", "Acme plan.md"), PLAN.replace("- [ ] Hire an agent", "- [x] Hire an agent") + "- [ ] Register for VAT\n");
		// Shown first (not written): the same section, and no record.
		const shown = await cli(["summary", vault, "--today", "2026-12-15"]);
		expect(shown.stdout).toContain("## Since the last report (2026-12-01)");
		expect(shown.stdout).not.toContain("intl-plan:snapshot");
		expect((await cli(["summary", vault, "--write", "--today", "2026-12-15"])).status).toBe(0);
		const note = summaryNote();
		expect(note).toContain("- **Done since then** (1): Hire an agent\n- **Overdue since then** (1): Pick markets\n- **Added since then** (1): Register for VAT");
		expect(note).toContain("| 2026-12-01 | 0 | 2 | 0% |\n| 2026-12-15 | 1 | 2 | 33% |");
		expect(note.match(/%% intl-plan:snapshot /g)).toHaveLength(1);
	});

	it("should read a damaged record as none, and write the report as a first one", async () => {
		writeFileSync(join(vault, "Plans", "Acme plan 摘要 Summary.md"), "# Old\n\n%% intl-plan:snapshot {broken %%\n");
		expect((await cli(["summary", vault, "--write", "--today", "2026-12-01"])).status).toBe(0);
		expect(summaryNote()).not.toContain("Since the last report");
		expect(summaryNote()).toMatch(/%% intl-plan:snapshot \{"base":null,/);
	});
});
