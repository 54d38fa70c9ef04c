import { describe, expect, it } from "vitest";
import { filterChoices, filterItems, indexVault, NO_FILTER, statusOf } from "../../../src/core/plan/index.js";
import type { Item } from "../../../src/core/plan/index.js";

const index = (text: string) => indexVault([{ path: "Notes/note.md", text }]);
const only = (text: string): Item => {
	const items = index(text).items;
	expect(items).toHaveLength(1);
	return items[0] as Item;
};

describe("Items: kinds", () => {
	it("should make a GFM task a task, whatever its marker", () => {
		expect(index("## Strategy\n- [ ] a\n* [x] b\n1. [/] c").items.map((i) => i.kind)).toEqual(["task", "task", "task"]);
	});

	it.each([
		["English", "- Own brand on the site #intl/marketing", "Own brand on the site"],
		["Chinese", "- 自有品牌独立站 #国际化/营销协同", "自有品牌独立站"],
	])("should make a list item with its own dimension tag an initiative (%s)", (_lang, line, text) => {
		expect(only(line)).toMatchObject({ kind: "initiative", status: null, statusChar: null, text });
	});

	it("should make a heading with a dimension tag a section, and a named heading none", () => {
		const items = index("## Launch #intl/marketing\n## 技术赋能\n- plain").items;
		expect(items.map((i) => [i.line, i.kind, i.text])).toEqual([[1, "section", "Launch"]]);
	});

	it("should make a note with a dimension a note item named after its file", () => {
		const [item] = indexVault([{ path: "Plans/欧盟本地服务商.md", text: "---\ntags: [intl/risk]\nowner: 李娜\n---\n# x" }]).items;
		expect(item).toMatchObject({ kind: "note", line: 1, text: "欧盟本地服务商", status: null, fields: { owner: "李娜" }, tags: ["#intl/risk"] });
	});
});

describe("Items: statuses", () => {
	it.each([
		[" ", "open"],
		["x", "done"],
		["X", "done"],
		["/", "in-progress"],
		["-", "cancelled"],
		["?", "open"],
		[">", "open"],
	])("should read `[%s]` as %s and keep the character", (char, status) => {
		expect(only(`- [${char}] 任务 #intl/tech`)).toMatchObject({ status, statusChar: char });
		expect(statusOf(char)).toBe(status);
	});
});

describe("Items: text is the first line without dimension tags, fields, emoji and block id", () => {
	it.each([
		[
			"English",
			"- [/] ERP sync with Amazon #intl/tech [owner:: 张伟] 📅 2026-12-20 🔺 ^ck-tech-erp",
			"ERP sync with Amazon",
		],
		["Chinese", "- [ ] 上线轻量 ERP #国际化/技术赋能 [负责人:: 周航] 📅 2026-12-10 ⏫ ^ck-tech-erp", "上线轻量 ERP"],
	])("should strip the metadata (%s)", (_lang, line, text) => {
		expect(only(line)).toMatchObject({ text, blockId: "ck-tech-erp" });
	});

	it("should keep tags that name no dimension, and emoji followed by prose", () => {
		expect(only("- [ ] Ship 📅 2026-12-01 or lose the season #urgent #intl/tech").text).toBe("Ship 📅 2026-12-01 or lose the season #urgent");
	});

	it("should keep only the first line", () => {
		expect(only("- [ ] First line #intl/tech\n  second line").text).toBe("First line");
	});

	it("should list the item's tags with `#`, once each", () => {
		expect(only("- [ ] a #intl/tech #优先 #优先\n  more #intl/tech").tags).toEqual(["#intl/tech", "#优先"]);
	});

	it("should record the parent item's line", () => {
		const items = index("- Group #intl/tech\n  - [ ] child").items;
		expect(items.map((i) => i.parentLine)).toEqual([null, 1]);
	});
});

describe("Items: fields from Dataview fields and Tasks emoji, under English names", () => {
	it.each([
		["负责人", "owner"],
		["责任人", "owner"],
		["截止", "due"],
		["截止日期", "due"],
		["开始", "start"],
		["完成", "done"],
		["优先级", "priority"],
		["市场", "market"],
	])("should read the Chinese key %s as %s", (zh, en) => {
		expect(Object.keys(only(`- [ ] 任务 #intl/tech [${zh}:: 2026-12-01]`).fields)).toEqual([en]);
	});

	it.each([
		["English", "- [ ] a #intl/tech [owner:: Sarah Kim] (due:: 2026-12-01)"],
		["Chinese", "- [ ] 甲 #intl/tech [负责人:: Sarah Kim] (截止:: 2026年12月1日)"],
	])("should read owner and due (%s)", (_lang, line) => {
		expect(only(line).fields).toEqual({ owner: "Sarah Kim", due: "2026-12-01" });
	});

	it("should read every emoji field, dates ISO and priorities as words", () => {
		const item = only("- [x] a #intl/tech ➕ 2026-09-01 🛫 2026-09-02 ⏳ 2026-09-03 📅 2026-09-04 ✅ 2026-09-05 🔼");
		expect(item.fields).toEqual({
			created: "2026-09-01",
			start: "2026-09-02",
			scheduled: "2026-09-03",
			due: "2026-09-04",
			done: "2026-09-05",
			priority: "medium",
		});
	});

	it.each([
		["🔺", "highest"],
		["⏫", "high"],
		["⏫️", "high"],
		["🔼", "medium"],
		["🔽", "low"],
		["⏬", "lowest"],
		["[priority:: 高]", "high"],
		["[优先级:: 最低]", "lowest"],
		["[priority:: Urgent]", "highest"],
	])("should read %s as priority %s", (written, priority) => {
		expect(only(`- [ ] a #intl/tech ${written}`).fields.priority).toBe(priority);
	});

	it("should let the Tasks emoji win over a Dataview field for the same date", () => {
		expect(only("- [ ] a #intl/tech [due:: 2026-01-01] 📅 2026-12-01").fields.due).toBe("2026-12-01");
	});

	it("should keep the first of two fields with the same key", () => {
		expect(only("- [ ] a #intl/tech [owner:: 李明] [负责人:: 王芳]").fields.owner).toBe("李明");
	});

	it("should read a daily-note link as a date and an owner link as a name", () => {
		expect(only("- [ ] a #intl/tech [due:: [[2026-12-01]]] [owner:: [[李明|Li]]]").fields).toEqual({ due: "2026-12-01", owner: "李明" });
	});

	it("should read markets as codes", () => {
		expect(only("- [ ] a #intl/tech [市场:: 美国、德国，東南亞, SG]").fields.market).toBe("US, DE, 東南亞, SG");
	});

	it("should keep a date that is not one as written and report it on its line", () => {
		const result = index("intro\n\n- [ ] a #intl/tech [due:: next Friday]");
		expect(result.items[0]?.fields.due).toBe("next Friday");
		expect(result.problems.map((p) => [p.line, p.code])).toEqual([[3, "field-date"]]);
	});

	it("should read fields on a section's heading", () => {
		expect(only("## Launch #intl/marketing [owner:: 黄蕾]").fields).toEqual({ owner: "黄蕾" });
	});
});

describe("Items: owners written as people write them", () => {
	it.each([
		["- [ ] 联系货代 @王芳 #intl/risk", "联系货代", "王芳"],
		["- [ ] Book the booth @Anna @李娜 #intl/marketing 📅 2026-12-01", "Book the booth", "Anna, 李娜"],
		["- [ ] 确认报价 [负责人:: 王芳, 李娜] #intl/risk", "确认报价", "王芳, 李娜"],
		["- [ ] 确认报价 [owner:: [[王芳]]、@李娜] #intl/risk", "确认报价", "王芳, 李娜"],
	])("should read %j as %j owned by %j", (line, text, owner) => {
		const item = only(line);
		expect([item.text, item.fields.owner]).toEqual([text, owner]);
	});

	it.each([
		["- [ ] 请 @王芳 确认报价 #intl/risk", "请 @王芳 确认报价"],
		["- [ ] Mail sales@example.com #intl/risk", "Mail sales@example.com"],
		["- [ ] @王芳 #intl/risk", "@王芳"],
	])("should leave %j without an owner (a mention mid-sentence, an address, a line that is only a name)", (line, text) => {
		const item = only(line);
		expect([item.text, item.fields.owner]).toEqual([text, undefined]);
	});

	it("should let an owner field win over a trailing @name, which stays in the text", () => {
		const item = only("- [ ] 确认报价 @李娜 [owner:: 王芳] #intl/risk");
		expect([item.text, item.fields.owner]).toEqual(["确认报价 @李娜", "王芳"]);
	});

	it("should find an item by any of its owners", () => {
		const items = index("## Strategy\n- [ ] a @王芳 @李娜\n- [ ] b [owner:: 李娜]\n- [ ] c @陈思远").items;
		expect(filterItems(items, { ...NO_FILTER, owner: "李娜" }).map((i) => i.text)).toEqual(["a", "b"]);
		expect(filterChoices(items).owners).toEqual(["李娜", "王芳", "陈思远"].sort());
	});
});

describe("item text after cuts", () => {
	const textOf = (line: string): string | undefined =>
		indexVault([{ path: "n.md", text: `## Marketing\n${line}\n` }]).items[0]?.text;

	it("should close the gap a cut tag leaves before punctuation", () => {
		expect(textOf("- [ ] Trial TikTok Shop US #intl/marketing, parked")).toBe("Trial TikTok Shop US, parked");
		expect(textOf("- [ ] 试水 TikTok #intl/marketing，暂缓")).toBe("试水 TikTok，暂缓");
	});

	it("should keep spacing before punctuation the user wrote", () => {
		expect(textOf("- [ ] Keep the 3 : 1 ratio")).toBe("Keep the 3 : 1 ratio");
	});
});
