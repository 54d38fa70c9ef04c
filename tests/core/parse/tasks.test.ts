import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/index.js";

const task = (text: string) => parseNote(text).listItems[0]?.task ?? null;

describe("Tasks: a list item whose text starts with `[c]`", () => {
	it.each([
		[" ", "open"],
		["x", "done"],
		["X", "done (upper case)"],
		["/", "in progress"],
		["-", "cancelled"],
		["?", "a custom status"],
		[">", "a custom status"],
		["!", "a custom status"],
	])("should keep the status `%s` as written (%s)", (status) => {
		expect(task(`- [${status}] Decide entry mode`)).toEqual({ status, at: 3 });
		expect(task(`- [${status}] 确定进入模式`)).toEqual({ status, at: 3 });
	});

	it.each([
		["English", "- [ ] Register the trademark", "Register the trademark"],
		["Chinese", "- [ ] 注册商标", "注册商标"],
	])("should start the text after the checkbox (%s)", (_lang, line, text) => {
		expect(parseNote(line).listItems[0]).toMatchObject({ text, textFrom: 6 });
	});

	it.each(["1. [x] done in order", "* [ ] star", "+ [/] plus"])("should read a task in any list: %s", (line) => {
		expect(task(line)).not.toBeNull();
	});

	it("should read `- [ ]` with no text as a task with empty text", () => {
		const [item] = parseNote("- [ ]").listItems;
		expect(item).toMatchObject({ task: { status: " ", at: 3 }, text: "", textFrom: 5 });
	});

	it("should place the status column after blockquote markers and indentation", () => {
		expect(parseNote("> - [x] quoted").listItems[0]?.task).toEqual({ status: "x", at: 5 });
		expect(parseNote("- parent\n  - [/] child").listItems[1]?.task).toEqual({ status: "/", at: 5 });
	});

	it.each([
		["`-[ ]`, no space after the marker", "-[ ] task"],
		["a zero-width space before `- [ ]`", "\u200B- [ ] 任务"],
	])("should not read %s as a task", (_what, text) => {
		expect(parseNote(text).listItems).toEqual([]);
	});

	it.each([
		["two characters in the box", "- [xx] task"],
		["an empty box", "- [] task"],
		["text right after the box", "- [x]done"],
	])("should read a plain list item, not a task, with %s", (_what, line) => {
		const [item] = parseNote(line).listItems;
		expect(item?.task).toBeNull();
		expect(item?.text).toBe(line.slice(2));
	});

	it("should not read a checkbox on a continuation line as a task", () => {
		const facts = parseNote("- item\n  [ ] not a box");
		expect(facts.listItems.map((i) => i.task)).toEqual([null]);
	});
});
