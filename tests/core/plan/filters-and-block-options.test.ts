import { describe, expect, it } from "vitest";
import { t } from "../../../src/core/i18n/index.js";
import { filterChoices, filterItems, indexVault, NO_FILTER, parseBlockOptions } from "../../../src/core/plan/index.js";

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

describe("code block options", () => {
	it("should read every option", () => {
		const { options, errors } = parseBlockOptions("plan: [[Acme plan|Acme]]\nmarket: DE\nstatus: open\nowner: 李明\nlayout: list\n");
		expect(errors).toEqual([]);
		expect(options).toEqual({ plan: { kind: "link", target: "Acme plan" }, layout: "list", filter: { status: "open", market: "DE", owner: "李明", text: null } });
	});

	it("should default to the note's own plan, all items, grid", () => {
		expect(parseBlockOptions("").options).toEqual({ plan: { kind: "current" }, layout: "grid", filter: NO_FILTER });
		expect(parseBlockOptions("plan: all").options.plan).toEqual({ kind: "all" });
	});

	it("should report each mistake with its line, in both languages", () => {
		const { errors } = parseBlockOptions("status: closed\ncolour: red\njust text\nlayout: grid\nlayout: list\n");
		expect(errors.map((e) => [e.line, e.key])).toEqual([
			[1, "codeblock.badValue"],
			[2, "codeblock.unknownOption"],
			[3, "codeblock.badLine"],
			[5, "codeblock.duplicate"],
		]);
		expect(t("en", errors[0]!.key, errors[0]!.args)).toBe('Line 1: status cannot be "closed". Use open, all.');
		expect(t("zh", errors[1]!.key, errors[1]!.args)).toContain("第 2 行");
	});
});
