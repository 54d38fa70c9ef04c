import { describe, expect, it } from "vitest";
import { applicableItems } from "../../../../src/core/checklist/index.js";
import { frontmatter, LIB, only, onlyText, profileOf, reworded, run, TODAY, without } from "./support.js";

const ZH = frontmatter({ size: "small", markets: "[EU]", lang: "zh" });
const EN = frontmatter({ size: "small", markets: "[EU]", lang: "en" });

/** A plan holding every applicable item, as a first sync writes it. */
const fullZh = run(`${ZH}# Acme\n\n## 战略决策 Strategy\n\n%% intl-plan:checklist %%\n\n## 技术赋能 Technology\n\n## 风险合规 Compliance\n`).text;
const fullEn = run(`${EN}# Acme\n\n## 战略决策 Strategy\n\n## 技术赋能 Technology\n\n## 风险合规 Compliance\n`).text;
const lineOf = (text: string, id: string): string => text.split(/\r?\n/).find((l) => l.endsWith(`^${id}`)) ?? "";

describe("matching by block id", () => {
	it("should recognize an item wherever it stands and however it is worded", () => {
		const moved = fullZh.replace(/^(- \[ \] )用平台数据为候选市场打分/m, "$1我们的说法");
		const lines = moved.split("\n");
		const at = lines.findIndex((l) => l.endsWith("^ck-strategy-a"));
		const [item] = lines.splice(at, 1);
		lines.push(item ?? "");
		const r = run(lines.join("\n"));
		expect(r.report.additions).toEqual([]);
		expect(r.report.rewordings).toEqual(["ck-strategy-a"]);
	});

	it("should not take a line with the library's words but no block id for the item", () => {
		const plan = `${ZH}## 战略决策 Strategy\n\n- [x] 用平台数据为候选市场打分\n`;
		expect(run(plan).report.additions).toContain("ck-strategy-a");
	});
});

describe("adding missing items", () => {
	it("should add every applicable item, unticked, in its dimension's section and library order", () => {
		const ids = applicableItems(LIB, profileOf(fullZh)).map((a) => a.item.id);
		expect(ids).toEqual(["ck-strategy-a", "ck-strategy-b", "ck-strategy-c", "ck-tech-a", "ck-comp-eu"]);
		const order = fullZh.split("\n").flatMap((l) => /\^(ck-[\w-]+)$/.exec(l)?.[1] ?? []);
		expect(order).toEqual(ids);
		expect(lineOf(fullZh, "ck-strategy-c")).toBe("- [ ] 对比进入路径 [source:: §3.1, §4.1] ^ck-strategy-c");
		expect(fullZh).toContain("## 技术赋能 Technology\n- [ ] 建设数据中台 [source:: §3.2] ^ck-tech-a\n");
	});

	it("should place a new library item between its neighbours, after the user's edits to them", () => {
		const ticked = fullEn.replace("- [ ] Score", "- [x] Score").replace(/^(- \[ \] Test new markets.*)$/m, "$1\n    - we tried Shopee first");
		const lines = ticked.split("\n").filter((l) => !l.endsWith("^ck-strategy-c"));
		const r = run(lines.join("\n"));
		expect(r.report.additions).toEqual(["ck-strategy-c"]);
		expect(r.text).toContain("    - we tried Shopee first\n- [ ] Compare entry paths [source:: §3.1, §4.1] ^ck-strategy-c\n");
		expect(r.text).toContain("- [x] Score candidate markets with platform data [source:: §3.1] ^ck-strategy-a\n");
	});

	it("should word new lines in the plan's language: zh, en or both", () => {
		const both = run(`${frontmatter({ lang: "both" })}## 技术赋能 Technology\n`).text;
		expect(lineOf(both, "ck-tech-a")).toBe("- [ ] 建设数据中台 / Build a data platform [source:: §3.2] ^ck-tech-a");
		expect(lineOf(fullEn, "ck-tech-a")).toBe("- [ ] Build a data platform [source:: §3.2] ^ck-tech-a");
	});
});

describe("rewording: the library owns the words, the user owns the rest", () => {
	const USER = "- [x] 建设数据中台 [owner:: 李明] [due:: 2026-09-01] #重点 [done-by:: 王芳] 📅 2026-09-01 ✅ 2026-08-30 ^ck-tech-a";
	const plan = `${ZH}## 技术赋能 Technology\n\n${USER}\n    - 供应商：A 公司\n    - [ ] 子任务 [owner:: 张三]\n`;
	const lib2 = reworded("ck-tech-a", "搭建统一数据中台", "Build one data platform");

	it("should replace only the wording span and keep status, fields, tags, emoji, block id and children", () => {
		const r = run(plan, lib2);
		expect(r.report.rewordings).toEqual(["ck-tech-a"]);
		expect(lineOf(r.text, "ck-tech-a")).toBe(USER.replace("建设数据中台", "搭建统一数据中台"));
		expect(r.text).toContain("\n    - 供应商：A 公司\n    - [ ] 子任务 [owner:: 张三]\n");
	});

	it("should reword in English for an English plan", () => {
		const r = run(plan.replace("lang: zh", "lang: en"), lib2);
		expect(lineOf(r.text, "ck-tech-a")).toBe(USER.replace("建设数据中台", "Build one data platform"));
	});

	it("should keep [source:: …] in step, changing only its value", () => {
		const r = run(`${ZH}## 技术赋能 Technology\n\n- [/] 建设数据中台 [market:: EU] [source::   §9.9 ] [owner:: 李明] ^ck-tech-a\n`);
		expect(lineOf(r.text, "ck-tech-a")).toBe("- [/] 建设数据中台 [market:: EU] [source::   §3.2 ] [owner:: 李明] ^ck-tech-a");
		expect(r.report.rewordings).toEqual(["ck-tech-a"]);
	});

	it("should give words to a line that has none, keeping a space before the block id", () => {
		const r = run(`${ZH}## 技术赋能 Technology\n\n- [x] ^ck-tech-a\n`);
		expect(lineOf(r.text, "ck-tech-a")).toBe("- [x] 建设数据中台 ^ck-tech-a");
	});

	it("should keep CRLF endings, a BOM and the lines around", () => {
		const crlf = `\uFEFF${plan}`.replace(/\n/g, "\r\n");
		const r = run(crlf, reworded("ck-tech-a", "搭建统一数据中台", "Build one data platform", onlyText("ck-tech-a")));
		expect(r.text).toBe(crlf.replace("建设数据中台 [owner", "搭建统一数据中台 [owner"));
	});
});

describe("retiring and bringing back", () => {
	const plan = `${ZH}## 风险合规 Compliance\n\n- [x] 在欧盟注册商标 [owner:: 李明] 📅 2026-03-01 ✅ 2026-02-27 ^ck-comp-eu\n    - 申请号 123\n- [ ] 在欧盟注册商标 ^ck-comp-other\n`;
	const noEu = plan.replace("markets: [EU]", "markets: [US]");

	it("should cancel an item the profile no longer calls for and mark it [retired:: today], before the Tasks emoji", () => {
		const r = run(noEu, only("ck-comp-eu"));
		expect(r.report.retirements).toEqual(["ck-comp-eu", "ck-comp-other"]);
		expect(lineOf(r.text, "ck-comp-eu")).toBe(`- [-] 在欧盟注册商标 [owner:: 李明] [retired:: ${TODAY}] 📅 2026-03-01 ✅ 2026-02-27 ^ck-comp-eu`);
		expect(lineOf(r.text, "ck-comp-other")).toBe(`- [-] 在欧盟注册商标 [retired:: ${TODAY}] ^ck-comp-other`);
		expect(r.text).toContain("    - 申请号 123\n");
		expect(r.text.split("\n").length).toBe(noEu.split("\n").length);
	});

	it("should retire an item the library dropped, and never delete it", () => {
		const r = run(fullZh, without("ck-strategy-b"));
		expect(r.report.retirements).toEqual(["ck-strategy-b"]);
		expect(lineOf(r.text, "ck-strategy-b")).toBe(`- [-] 先以跨境电商试水新市场 [source:: §3.1] [retired:: ${TODAY}] ^ck-strategy-b`);
	});

	it("should leave retired items and the user's own cancellations alone", () => {
		const retired = run(noEu).text;
		expect(run(retired).edits).toEqual([]);
		const cancelled = noEu.replace("- [ ] 在欧盟注册商标 ^ck-comp-other", "- [-] 在欧盟注册商标 ^ck-comp-other");
		expect(lineOf(run(cancelled).text, "ck-comp-other")).toBe("- [-] 在欧盟注册商标 ^ck-comp-other");
	});

	it("should bring an item back when it applies again: done if it carries its done date, else open", () => {
		const retired = run(noEu).text;
		const back = run(retired.replace("markets: [US]", "markets: [EU]"), LIB);
		expect(back.report.unretirements).toEqual(["ck-comp-eu"]);
		expect(lineOf(back.text, "ck-comp-eu")).toBe(lineOf(plan, "ck-comp-eu"));
		const open = run(`${ZH}## 技术赋能 Technology\n\n- [-] 建设数据中台 [retired:: 2026-01-01] ^ck-tech-a\n`);
		expect(lineOf(open.text, "ck-tech-a")).toBe("- [ ] 建设数据中台 ^ck-tech-a");
	});

	it("should not touch a plain bullet carrying a checklist id", () => {
		const r = run(`${frontmatter({ markets: "[US]", lang: "zh" })}- 在欧盟注册商标 ^ck-comp-eu\n`);
		expect(r.report.retirements).toEqual([]);
	});
});

describe("duplicated ids", () => {
	it("should report them and leave those items alone", () => {
		const line = lineOf(fullZh, "ck-tech-a").replace("建设数据中台", "旧说法");
		const twice = fullZh.replace(lineOf(fullZh, "ck-tech-a"), `${line}\n${line.replace("[ ]", "[x]")}`);
		const r = run(twice, without("ck-tech-a"));
		expect(r.report.duplicates).toEqual(["ck-tech-a"]);
		expect(r.edits).toEqual([]);
	});
});

describe("the plan's language", () => {
	it("should follow the wording most lines are in when the plan has no lang", () => {
		const noLang = fullEn.replace("lang: en\n", "");
		const r = run(noLang.replace(/^- \[ \] Build a data platform/m, "- [ ] Old words"), LIB, { defaultLang: "zh" });
		expect(r.lang).toBe("en");
		expect(lineOf(r.text, "ck-tech-a")).toBe("- [ ] Build a data platform [source:: §3.2] ^ck-tech-a");
	});

	it("should use the default language when the lines show none", () => {
		const r = run(`${frontmatter({})}## 技术赋能 Technology\n`, LIB, { defaultLang: "zh" });
		expect(r.lang).toBe("zh");
	});
});

describe("idempotence and the bytes around", () => {
	it("should find nothing to do on its own output", () => {
		const library = reworded("ck-tech-a", "搭建统一数据中台", "Build one data platform", onlyText("ck-tech-a", "ck-strategy-b", "ck-comp-eu"));
		for (const text of [fullZh, fullEn, fullEn.replace("lang: en\n", ""), fullZh.replace("markets: [EU]", "markets: [US]")]) {
			const once = run(text, library);
			expect(once.edits.length).toBeGreaterThan(0);
			expect(run(once.text, library).edits).toEqual([]);
		}
	});

	it("should keep a note without a final newline byte for byte up to its edits", () => {
		const plan = `${ZH}## 技术赋能 Technology\n\n- [x] 旧 ^ck-tech-a`;
		expect(run(plan).text.startsWith(`${ZH}## 技术赋能 Technology\n\n- [x] 建设数据中台 ^ck-tech-a`)).toBe(true);
	});
});
