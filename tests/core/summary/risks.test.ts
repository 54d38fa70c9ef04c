/** The risk section reads as the paper: §4.3 by market kind, §2.2/§2.3/§3.3 by channel, §4.2 by industry, §5 for all. */
import { describe, expect, it } from "vitest";
import { BUILTIN_LIBRARY, DEFAULT_CONFIG, indexVault, readLibrary, summarizePlan, summaryMarkdown } from "../../../src/core/index.js";

const library = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG);
const TODAY = "2026-06-01";

function summary(front: string, body = "") {
	const index = indexVault([{ path: "Plans/P.md", text: `---\nintl-plan: 1\ncompany: P\n${front}\n---\n# P\n\n## 风险合规 Risk & compliance\n\n${body}` }]);
	const s = summarizePlan(index, "Plans/P.md", library, TODAY);
	if (!s) throw new Error("no plan");
	return s;
}
const ids = (front: string): string[] => summary(front).risks.map((r) => r.id);

describe("§4.3: risks by market kind", () => {
	it("should give an emerging-only plan the emerging-market risks, and no developed-market ones", () => {
		const risks = summary("size: small\nindustry: trading\nchannel: platform\nmarkets: [TH, MY, ID]").risks;
		expect(risks.map((r) => r.id)).toEqual(expect.arrayContaining(["emerging-volatility", "emerging-fulfilment"]));
		expect(risks.some((r) => r.id.startsWith("developed-"))).toBe(false);
		expect(risks.find((r) => r.id === "emerging-volatility")?.markets).toEqual(["TH", "MY", "ID"]);
	});

	it("should name only the developed markets under a developed-market risk, and only the emerging ones under an emerging one", () => {
		const risks = summary("markets: [DE, VN, US]").risks;
		expect(risks.find((r) => r.id === "developed-privacy")?.markets).toEqual(["DE", "US"]);
		expect(risks.find((r) => r.id === "emerging-fulfilment")?.markets).toEqual(["VN"]);
	});

	it("should not file a task about Thailand under a developed-market risk", () => {
		const s = summary("markets: [DE, TH]", "- [ ] 检查泰国数据隐私规定 [market:: TH] ^ck-compliance-data-privacy\n");
		expect(s.risks.find((r) => r.id === "developed-privacy")?.open).toEqual([]);
	});
});

describe("§2.2, §2.3, §3.3: risks of the channel", () => {
	it("should warn of platform rule changes and bargaining power on platforms, not on an own site", () => {
		expect(ids("channel: platform")).toEqual(expect.arrayContaining(["platform-rules", "bargaining-power", "single-channel"]));
		expect(ids("channel: independent-site")).not.toContain("platform-rules");
		expect(ids("channel: independent-site")).toContain("single-channel");
		expect(ids("channel: hybrid")).not.toContain("single-channel");
	});

	it("should warn every plan of rising traffic cost and fulfilment complexity", () => {
		for (const front of ["channel: platform", "channel: hybrid", "size: large"]) expect(ids(front)).toEqual(expect.arrayContaining(["traffic-cost", "fulfilment-complexity", "compliance-thresholds"]));
	});
});

describe("§4.2 and §5", () => {
	it("should warn trading firms of infringing through what they select, and no one else", () => {
		expect(ids("industry: trading")).toContain("trader-ip");
		expect(ids("industry: manufacturing")).not.toContain("trader-ip");
	});

	it("should give every plan the §5 tensions", () => {
		expect(ids("")).toEqual(expect.arrayContaining(["tension-supply", "tension-culture", "tension-agility", "fragmented-rules"]));
	});
});

describe("the risk section in the summary", () => {
	it("should list a risk's open tasks and the checklist items for it not yet in the plan, in both languages", () => {
		const s = summary("markets: [DE]", "- [ ] Map GDPR duties [owner:: Anna] ^ck-compliance-gdpr\n");
		const privacy = s.risks.find((r) => r.id === "developed-privacy");
		expect(privacy?.open.map((i) => i.text)).toEqual(["Map GDPR duties"]);
		expect(privacy?.notInPlan).toContain("ck-compliance-data-privacy");
		const en = summaryMarkdown(s, "en");
		expect(en).toContain("**Data privacy in developed markets (such as GDPR)** — §4.3, §2.2 · markets: DE");
		expect(en).toMatch(/checklist items? for it not yet in the plan: `\^ck-compliance-data-privacy`/);
		expect(summaryMarkdown(s, "zh")).toContain("**发达市场的数据隐私（如 GDPR）**——§4.3、§2.2 · 市场：DE");
	});
});
