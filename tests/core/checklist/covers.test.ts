/** A team's own task linked to a checklist item with `[covers:: ck-…]` (覆盖): summary and sync honour it. */
import { describe, expect, it } from "vitest";
import { BUILTIN_LIBRARY, DEFAULT_CONFIG, indexVault, readLibrary, summarizePlan, summaryMarkdown, syncPlanText } from "../../../src/core/index.js";

const library = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG);
const TODAY = "2026-06-01";
const plan = (body: string): string => `---\nintl-plan: 1\ncompany: Acme\nsize: small\nindustry: trading\nchannel: platform\nmarkets: [DE]\nlang: en\n---\n# Acme\n\n## 风险合规 Risk & compliance\n\n${body}`;
const summary = (text: string) => {
	const s = summarizePlan(indexVault([{ path: "Plans/Acme.md", text }]), "Plans/Acme.md", library, TODAY);
	if (!s) throw new Error("no plan");
	return s;
};

describe("[covers:: ck-…]", () => {
	it("should count the item as in the plan: no gap, and its risk lists the team's task", () => {
		const before = summary(plan(""));
		expect(before.gaps.some((g) => g.id === "ck-compliance-gdpr")).toBe(true);
		const s = summary(plan("- [ ] Our own GDPR work with the DPO [owner:: Anna] 📅 2026-07-01 [covers:: ck-compliance-gdpr, ^ck-compliance-data-privacy]\n"));
		expect(s.gaps.some((g) => g.id === "ck-compliance-gdpr" || g.id === "ck-compliance-data-privacy")).toBe(false);
		const privacy = s.risks.find((r) => r.id === "developed-privacy");
		expect(privacy?.open.map((i) => i.text)).toEqual(["Our own GDPR work with the DPO"]);
		expect(privacy?.notInPlan).not.toContain("ck-compliance-gdpr");
	});

	it("should read the Chinese key 覆盖 the same", () => {
		const s = summary(plan("- [ ] 我们自己的 GDPR 工作 [负责人:: 安娜] 📅 2026-07-01 [覆盖:: ck-compliance-gdpr]\n"));
		expect(s.gaps.some((g) => g.id === "ck-compliance-gdpr")).toBe(false);
	});

	it("should keep sync from adding an item the plan note's own task covers, and leave that task as written", () => {
		const task = "- [ ] Our own GDPR work [covers:: ck-compliance-gdpr]";
		const result = syncPlanText(library, plan(`${task}\n`), TODAY, { config: DEFAULT_CONFIG, defaultLang: "en" });
		if (result.kind !== "synced") throw new Error(result.kind);
		expect(result.after).toContain(`${task}\n`);
		expect(result.after).not.toContain("^ck-compliance-gdpr");
		expect(result.after).toContain("^ck-compliance-data-privacy");
	});

	it("should word items not linked as not yet in the plan, and list the profile's own items first", () => {
		const s = summary(plan(""));
		const conditioned = new Set(library.items.filter((i) => i.condition.length > 0).map((i) => i.id));
		const firstUnconditioned = s.gaps.findIndex((g) => !conditioned.has(g.id));
		expect(firstUnconditioned).toBeGreaterThan(0);
		expect(s.gaps.slice(firstUnconditioned).every((g) => !conditioned.has(g.id))).toBe(true);
		expect(summaryMarkdown(s, "en")).toContain("not yet in the plan (`^");
		expect(summaryMarkdown(s, "zh")).toContain("未纳入计划（`^");
		// Next steps start from what the paper gives this profile, not the same first item for everyone.
		const gapStep = s.next.find((n) => n.kind === "gap");
		expect(gapStep?.kind === "gap" && conditioned.has(gapStep.gap.id)).toBe(true);
	});
});
