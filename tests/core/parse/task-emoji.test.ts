import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/index.js";

const emojiOf = (line: string) => parseNote(line).listItems[0]?.emoji.map(({ kind, value }) => [kind, value]) ?? [];

describe("Task emoji: Tasks-plugin fields read from the end of the line", () => {
	it.each([
		["📅", "due"],
		["⏳", "scheduled"],
		["🛫", "start"],
		["✅", "done"],
		["❌", "cancelled"],
		["➕", "created"],
	])("should read %s as the %s date", (emoji, kind) => {
		expect(emojiOf(`- [ ] Register trademark ${emoji} 2026-12-01`)).toEqual([[kind, "2026-12-01"]]);
		expect(emojiOf(`- [ ] 注册商标 ${emoji} 2026-12-01`)).toEqual([[kind, "2026-12-01"]]);
	});

	it.each([
		["🔺", "highest"],
		["⏫", "high"],
		["🔼", "medium"],
		["🔽", "low"],
		["⏬", "lowest"],
	])("should read %s as %s priority", (emoji, value) => {
		expect(emojiOf(`- [ ] 上线 ERP ${emoji}`)).toEqual([["priority", value]]);
	});

	it("should read a priority emoji written with a variation selector", () => {
		const line = "- [ ] Launch ⏫️ 📅 2026-12-01";
		const [priority, due] = parseNote(line).listItems[0]?.emoji ?? [];
		expect(priority).toMatchObject({ kind: "priority", value: "high" });
		expect(line.slice(priority?.from, priority?.to)).toBe("⏫️");
		expect(due).toMatchObject({ kind: "due", value: "2026-12-01" });
	});

	it("should read several fields with their spans", () => {
		const line = "- [/] ERP sync 🛫 2026-12-01 📅 2027-03-15 🔺";
		const emoji = parseNote(line).listItems[0]?.emoji ?? [];
		expect(emoji.map((e) => line.slice(e.from, e.to))).toEqual(["🛫 2026-12-01", "📅 2027-03-15", "🔺"]);
	});

	it.each([
		["English", "- [ ] Ship by 📅 2026-12-01 or the season is lost"],
		["Chinese", "- [ ] 在 📅 2026-12-01 之前发货"],
	])("should leave a field followed by prose as description (%s)", (_lang, line) => {
		expect(emojiOf(line)).toEqual([]);
	});

	it("should read only the fields after the last prose", () => {
		expect(emojiOf("- [ ] ⏫ urgent, then 📅 2026-12-01")).toEqual([["due", "2026-12-01"]]);
	});

	it.each([
		["trailing tags", "- [ ] 核对税务 📅 2026-11-10 ⏫ #intl/compliance #税务"],
		["a trailing block id", "- [ ] 核对税务 📅 2026-11-10 ⏫ ^ck-tax"],
		["trailing fields", "- [ ] 核对税务 📅 2026-11-10 [owner:: 赵敏] ⏫ (market:: SG)"],
		["all of them mixed", "- [ ] Check tax 📅 2026-11-10 #intl/compliance [owner:: 赵敏] ⏫ ^ck-tax"],
	])("should read fields mixed with %s", (_what, line) => {
		expect(emojiOf(line)).toEqual([
			["due", "2026-11-10"],
			["priority", "high"],
		]);
	});

	it("should not read a date that is not one", () => {
		expect(emojiOf("- [ ] Ship 📅 soon")).toEqual([]);
	});

	it("should read recurrence", () => {
		expect(emojiOf("- [ ] 跟踪印尼新规 🔁 every month 📅 2026-11-30")).toEqual([
			["recurrence", "every month"],
			["due", "2026-11-30"],
		]);
	});

	it("should read no emoji in the text before the checkbox's text starts", () => {
		expect(emojiOf("- [ ] 🔺")).toEqual([["priority", "highest"]]);
		expect(emojiOf("- [ ]")).toEqual([]);
	});
});
