import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/index.js";
import type { ListItem, NoteFacts } from "../../../src/core/parse/index.js";
import { crlf, md } from "../../support/markdown.js";

// Notes above 24 KB are parsed in chunks; none of that may show in the facts.
const LONG = 24 * 1024;

const section = (k: number): string => md`
	## 第 ${k} 节 Section ${k} #intl/tech

	Paragraph ${k}: 数据中台 joins Amazon, Shopify and ERP data so decisions move from experience to data.

	- [ ] Task ${k}.1 #intl/strategy 📅 2026-12-01 ^k${k}-1
	  - [x] 子任务 ${k}.2 [owner:: 张伟]
	- Initiative ${k} #国际化/营销协同
		- [/] Sub ${k}.3 ⏫
	1. [-] Ordered ${k}.4 ❌ 2026-10-01
	> - [ ] Quoted ${k}.5

	\`\`\`
	- [ ] not a task ${k}
	\`\`\`
	%% - [ ] hidden ${k} %%
	<!--
	- [ ] also hidden ${k}
	-->

`;
const TASKS_PER_SECTION = 5;
const SECTION_LINES = section(0).split("\n").length - 1;

const itemShape = (item: ListItem, lineShift: number, indexShift: number) => ({
	line: item.line - lineShift,
	endLine: item.endLine - lineShift,
	parent: item.parent === null ? null : item.parent - indexShift,
	indent: item.indent,
	task: item.task,
	text: item.text,
	tags: item.tags.map((t) => [t.name, t.line - lineShift, t.from, t.to]),
	emoji: item.emoji.map((e) => [e.kind, e.value, e.from, e.to]),
	fields: item.fields.map((f) => [f.key, f.value, f.line - lineShift]),
});

describe("Long notes: chunked parsing gives the facts of the whole", () => {
	const count = 300;
	const note = Array.from({ length: count }, (_, k) => section(k)).join("");
	const facts: NoteFacts = parseNote(note);

	it("should be long enough to be cut into pieces", () => {
		expect(note.length).toBeGreaterThan(4 * LONG);
	});

	it("should find exactly the tasks written, at their lines", () => {
		const tasks = facts.listItems.filter((i) => i.task);
		expect(tasks).toHaveLength(count * TASKS_PER_SECTION);
		const offsets = parseNote(section(0))
			.listItems.filter((i) => i.task)
			.map((i) => i.line);
		expect(tasks.map((t) => t.line)).toEqual(
			Array.from({ length: count }, (_, k) => offsets.map((o) => o + k * SECTION_LINES)).flat(),
		);
	});

	it("should give every section the facts it has on its own, shifted", () => {
		for (let k = 0; k < count; k++) {
			const alone = parseNote(section(k)).listItems;
			const mine = facts.listItems.slice(k * alone.length, (k + 1) * alone.length);
			expect(mine.map((i) => itemShape(i, k * SECTION_LINES, k * alone.length))).toEqual(alone.map((i) => itemShape(i, 0, 0)));
		}
	});

	it("should find every heading with its section end", () => {
		expect(facts.headings).toHaveLength(count);
		expect(facts.headings.map((h) => h.line)).toEqual(Array.from({ length: count }, (_, k) => 1 + k * SECTION_LINES));
		expect(facts.headings.map((h) => h.sectionEnd)).toEqual(
			Array.from({ length: count }, (_, k) => (k === count - 1 ? facts.lineCount : (k + 1) * SECTION_LINES)),
		);
	});

	it("should read the same facts with CRLF line endings", () => {
		expect(parseNote(crlf(note))).toEqual(facts);
	});
});

describe("Long notes: no cut inside a block", () => {
	it("should keep one long list whole", () => {
		const lines = Array.from({ length: 1200 }, (_, k) => `- [ ] 长列表任务 item ${k} #intl/tech ^id-${k}`);
		const facts = parseNote(["# List", "", ...lines].join("\n"));
		expect(facts.listItems).toHaveLength(1200);
		expect(facts.listItems.every((item, k) => item.line === k + 3 && item.blockId?.id === `id-${k}`)).toBe(true);
	});

	it.each(["```", "~~~"])("should keep a fenced block (%s) that runs past the chunk size whole", (fence) => {
		const before = Array.from({ length: 300 }, (_, k) => `Paragraph ${k} with some words to fill the note.\n`).join("\n");
		const inside = Array.from({ length: 400 }, (_, k) => `- [ ] example ${k} #intl/tech\n\n## not a heading ${k}\n`).join("\n");
		const note = `${before}\n${fence}\n${inside}${fence}\n\n- [ ] after the fence #intl/risk\n`;
		expect(before.length).toBeLessThan(LONG);
		expect(before.length + inside.length).toBeGreaterThan(LONG + 4096);
		const facts = parseNote(note);
		expect(facts.listItems.map((i) => i.text)).toEqual(["after the fence #intl/risk"]);
		expect(facts.headings).toEqual([]);
		expect(facts.tags.map((t) => t.name)).toEqual(["intl/risk"]);
	});

	it("should keep a multi-line comment that runs past the chunk size hidden", () => {
		const filler = Array.from({ length: 600 }, (_, k) => `Line ${k} of notes.\n`).join("\n");
		const hidden = Array.from({ length: 300 }, (_, k) => `- [ ] 草稿 ${k}\n`).join("\n");
		const facts = parseNote(`${filler}\n%%\n${hidden}%%\n\n- [ ] 正式任务`);
		expect(facts.listItems.map((i) => i.text)).toEqual(["正式任务"]);
	});

	it.each([
		["an unclosed HTML comment", "<!--"],
		["a <pre> block", "<pre>"],
	])("should keep %s that runs past the chunk size whole", (_what, open) => {
		const filler = Array.from({ length: 1500 }, (_, k) => `Line ${k} of notes.\n`).join("\n");
		const rest = Array.from({ length: 1500 }, (_, k) => `- [ ] 草稿 ${k} #intl/tech\n`).join("\n");
		const note = `- [ ] 正式任务\n\n${filler}\n${open}\n\n${rest}`;
		expect(note.length).toBeGreaterThan(2 * LONG);
		const facts = parseNote(note);
		expect(facts.listItems.map((i) => i.text)).toEqual(["正式任务"]);
		expect(facts.tags).toEqual([]);
	});
});

/**
 * The chunker follows fences with a line scan that does not know about list items, so it can take a
 * fence's opening for its closing or miss one. Each piece is checked afterwards: one that ends inside
 * a fenced or raw HTML block is read again with the next piece, so no such mistake reaches the facts.
 */
describe("Long notes: a fence the line scan misreads", () => {
	const filler = Array.from({ length: 150 }, (_, k) => `Paragraph ${k} with some words to fill the note.\n`).join("\n");
	const rest = Array.from({ length: 150 }, (_, k) => `- [ ] inside the fence ${k} #intl/tech\n`).join("\n");
	const whole = (note: string) => parseNote(note).listItems.map((i) => i.text);

	it.each([
		// "  ```" opens a fence in the list item, which "foo" ends; the second "  ```" opens one at the root.
		["a fence in a list item, then one at the root", `- a\n\n  \`\`\`\n  code\n\nfoo\n\n${filler}\n  \`\`\`\n\n${rest}`],
		// A backtick fence's info string holds no backtick: "```a```" is inline code, and "````" opens a fence.
		["inline code that looks like a fence, then a fence", `\`\`\`a\`\`\` text\n\n${filler}\n\`\`\`\`\n\n${rest}`],
		// "1. ```" opens a fence in a list item; the chunker does not see it, nor the root fence later.
		["a fence after a list marker, then one at the root", `1. \`\`\`\n\n${filler}\n\`\`\`\n\n${rest}`],
	])("should read everything after %s as code", (_what, note) => {
		expect(note.length).toBeGreaterThan(4096);
		expect(whole(note).filter((t) => t.startsWith("inside"))).toEqual([]);
	});

	it("should read a fence the scan misses as the whole note reads it", () => {
		const note = `- x\n\n  \`\`\`\n  a\n\nfoo\n\n${filler}\n  \`\`\`\n\n${rest}\n\`\`\`\n\n- [ ] after #intl/risk\n`;
		expect(whole(note)).toEqual(["x", "after #intl/risk"]);
	});
});
