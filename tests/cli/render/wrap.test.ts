import stringWidth from "fast-string-width";
import { describe, expect, it } from "vitest";
import { renderLine } from "../../../src/cli/render/text.js";
import { clean } from "../../../src/cli/render/text.js";
import { truncate, wrap } from "../../../src/cli/render/wrap.js";

const lines = (text: string, width: number, rest = width): string[] => wrap([{ text }], width, rest).map((l) => renderLine(l, false));

describe("wrap", () => {
	it("breaks at spaces, never leaving one at either end of a line", () => {
		expect(lines("the quick brown fox", 10)).toEqual(["the quick", "brown fox"]);
		expect(lines("", 10)).toEqual([""]);
	});

	it("breaks between Chinese characters, counting them two columns", () => {
		expect(lines("确定首批目标市场", 8)).toEqual(["确定首批", "目标市场"]);
		expect(lines("确定首批目标市场", 9)).toEqual(["确定首批", "目标市场"]);
		for (const l of lines("混合 mixed 中英文 text with 一些 words", 7)) expect(stringWidth(l)).toBeLessThanOrEqual(7);
	});

	it("keeps closing punctuation off the start of a line and opening punctuation off its end", () => {
		expect(lines("市场，美国", 4)).toEqual(["市", "场，", "美国"]);
		expect(lines("甲乙（美国）", 6)).toEqual(["甲乙", "（美", "国）"]);
	});

	it("hard-breaks words wider than a line, starting them on the current line when there is room", () => {
		expect(lines("see https://example.com/abcdefghijklmnop", 20)).toEqual(["see https://example.", "com/abcdefghijklmnop"]);
		expect(lines("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
		expect(lines("中".repeat(5), 3)).toEqual(["中", "中", "中", "中", "中"]);
	});

	it("never splits a grapheme (emoji sequences, flags, combining marks)", () => {
		const family = "👨‍👩‍👧‍👦";
		expect(lines(`${family}${family}${family}`, 4)).toEqual([`${family}${family}`, family]);
		expect(lines("e\u0301e\u0301e\u0301", 2)).toEqual(["e\u0301e\u0301", "e\u0301"]);
	});

	it("does not break `keep` pieces at their spaces unless they are wider than a line", () => {
		const out = wrap([{ text: "task" }, { text: " " }, { text: "📅 03-01", keep: true }], 10).map((l) => renderLine(l, false));
		expect(out).toEqual(["task", "📅 03-01"]);
	});

	it("uses the continuation width after the first line", () => {
		expect(lines("aaa bbb ccc ddd", 7, 3)).toEqual(["aaa bbb", "ccc", "ddd"]);
	});
});

describe("truncate and clean", () => {
	it("truncate cuts to the width with an ellipsis", () => {
		expect(renderLine(truncate([{ text: "中文中文中文" }], 7), false)).toBe("中文中…");
		expect(renderLine(truncate([{ text: "short" }], 7), false)).toBe("short");
	});

	it("clean strips escapes and control characters and turns white space into single spaces", () => {
		expect(clean("a\tb\n\nc\u0000d\u001b[31me\u001b[0m \u202ef\u3000g")).toBe("a b cde f g");
		expect(clean(null)).toBe("");
		expect(clean(42)).toBe("42");
	});
});
