import { describe, expect, it } from "vitest";
import { t } from "../../../src/core/i18n/index.js";
import { dueFilterText, filterChoices, filterItems, indexVault, NO_FILTER, parseBlockOptions, parseDueFilter, sortItems } from "../../../src/core/plan/index.js";

const { items } = indexVault([
	{
		path: "n.md",
		text: "## Marketing\n- [ ] Launch DE store [market:: DE] [owner:: Anna]\n- [x] US ads [market:: US]\n- [-] Dropped idea\n- [ ] Brand book for every market [owner:: 李明]\n- Channel mix #intl/marketing\n",
	},
]);
const texts = (f: Partial<typeof NO_FILTER>) => filterItems(items, { ...NO_FILTER, ...f }).map((i) => i.text);

describe("view filters", () => {
	it("should hide done and cancelled tasks when showing open items, keeping initiatives", () => {
		expect(texts({ status: "open" })).toEqual(["Launch DE store", "Brand book for every market", "Channel mix"]);
	});

	it("should keep items for the market and items for every market", () => {
		expect(texts({ market: "de" })).toEqual(["Launch DE store", "Dropped idea", "Brand book for every market", "Channel mix"]);
	});

	it("should match the owner and every word of the text, ignoring case", () => {
		expect(texts({ owner: "anna" })).toEqual(["Launch DE store"]);
		expect(texts({ text: "brand MARKET" })).toEqual(["Brand book for every market"]);
	});

	it("should offer the markets and owners present", () => {
		expect(filterChoices(items)).toEqual({ markets: ["DE", "US"], owners: ["Anna", "李明"] });
	});
});

describe("due-date windows and order", () => {
	const dated = indexVault([
		{
			path: "d.md",
			text: "## Risk\n- [ ] late 📅 2026-11-20 🔽\n- [ ] today 📅 2026-11-25\n- [ ] in a week 📅 2026-12-02 ⏫\n- [ ] next month 📅 2026-12-26\n- [x] done late 📅 2026-11-01\n- [ ] no date ⏫\n",
		},
	]).items;
	const due = (window: string) => filterItems(dated, { ...NO_FILTER, due: parseDueFilter(window) }, "2026-11-25").map((i) => i.text);

	it("should keep open work due in the window, overdue included, and leave out undated and done items", () => {
		expect(due("overdue")).toEqual(["late"]);
		expect(due("today")).toEqual(["late", "today"]);
		expect(due("7d")).toEqual(["late", "today", "in a week"]);
		expect(due("1w")).toEqual(due("7d"));
		expect(due("31d")).toEqual(["late", "today", "in a week", "next month"]);
		// Without a today to count from, a window takes nothing rather than everything.
		expect(filterItems(dated, { ...NO_FILTER, due: "overdue" })).toEqual([]);
	});

	it("should read the windows people write, in either language, and nothing else", () => {
		expect(["overdue", "逾期", "today", "今天", "7d", "7 天", "2w", "3周"].map(parseDueFilter)).toEqual(["overdue", "overdue", { days: 0 }, { days: 0 }, { days: 7 }, { days: 7 }, { days: 14 }, { days: 21 }]);
		expect(["soon", "", "7", "-1d", "1.5w"].map(parseDueFilter)).toEqual([null, null, null, null, null]);
		expect(dueFilterText({ days: 14 })).toBe("14d");
		// A year before 100 stays itself (Date.UTC would read 0050 as 1950 and let nothing in).
		const early = indexVault([{ path: "n.md", text: "## Strategy\n- [ ] soon 📅 0050-01-03\n- [ ] later 📅 0050-02-20\n" }]).items;
		expect(filterItems(early, { ...NO_FILTER, due: { days: 7 } }, "0050-01-01").map((i) => i.text)).toEqual(["soon"]);
		expect(parseDueFilter(dueFilterText("overdue"))).toBe("overdue");
	});

	it("should sort by due date (undated last) or by priority, ties in the order given", () => {
		expect(sortItems(dated, "due").map((i) => i.text)).toEqual(["done late", "late", "today", "in a week", "next month", "no date"]);
		expect(sortItems(dated, "priority").map((i) => i.text)).toEqual(["in a week", "no date", "done late", "today", "next month", "late"]);
	});
});

describe("code block options", () => {
	it("should read every option", () => {
		const { options, errors } = parseBlockOptions("plan: [[Acme plan|Acme]]\nmarket: DE\nstatus: open\nowner: 李明\nlayout: list\n");
		expect(errors).toEqual([]);
		expect(options).toEqual({ plan: { kind: "link", target: "Acme plan" }, layout: "list", sort: null, filter: { status: "open", market: "DE", owner: "李明", text: null } });
		const more = parseBlockOptions("due: 2w\nsort: Priority\n");
		expect(more.errors).toEqual([]);
		expect(more.options.filter.due).toEqual({ days: 14 });
		expect(more.options.sort).toBe("priority");
	});

	it("should default to the note's own plan, all items, grid", () => {
		expect(parseBlockOptions("").options).toEqual({ plan: { kind: "current" }, layout: "grid", sort: null, filter: NO_FILTER });
		expect(parseBlockOptions("plan: all").options.plan).toEqual({ kind: "all" });
	});

	it("should report each mistake with its line, in both languages", () => {
		const { errors } = parseBlockOptions("status: closed\ncolour: red\njust text\nlayout: grid\nlayout: list\ndue: soon\nsort: size\n");
		expect(errors.map((e) => [e.line, e.key])).toEqual([
			[1, "codeblock.badValue"],
			[2, "codeblock.unknownOption"],
			[3, "codeblock.badLine"],
			[5, "codeblock.duplicate"],
			[6, "codeblock.badValue"],
			[7, "codeblock.badValue"],
		]);
		expect(t("en", errors[4]!.key, errors[4]!.args)).toBe('Line 6: due cannot be "soon". Use overdue, today, 7d, 2w.');
		expect(t("en", errors[0]!.key, errors[0]!.args)).toBe('Line 1: status cannot be "closed". Use open, all.');
		expect(t("zh", errors[1]!.key, errors[1]!.args)).toContain("第 2 行");
	});
});
