import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/index.js";
import { md } from "../../support/markdown.js";

const tagNames = (text: string) => parseNote(text).tags.map((t) => t.name);
const taskLines = (text: string) => parseNote(text).listItems.filter((i) => i.task).map((i) => i.line);

describe("Hidden text: code spans and fenced code hold no tags or tasks", () => {
	it.each([
		["English", "Use `#intl/tech` to tag, see #intl/strategy", ["intl/strategy"]],
		["Chinese", "标签写作 `#国际化/技术赋能`，本条属于 #国际化/战略决策", ["国际化/战略决策"]],
		["double backticks", "``code with ` and #intl/tech`` then #intl/risk", ["intl/risk"]],
	])("should skip tags in a code span (%s)", (_what, text, names) => {
		expect(tagNames(text)).toEqual(names);
	});

	it.each([
		["```", "```"],
		["~~~", "~~~"],
		["```` with info", "````markdown"],
	])("should skip a fenced block opened with %s", (_what, fence) => {
		const close = fence.replace(/[a-z]+$/, "");
		const note = `${fence}\n- [ ] Example #intl/tech\n#国际化/战略决策\n${close}\n- [ ] Real #intl/strategy`;
		expect(taskLines(note)).toEqual([5]);
		expect(tagNames(note)).toEqual(["intl/strategy"]);
	});

	it("should skip a fence indented inside a list item", () => {
		const note = md`
			- Template
			  ~~~
			  - [ ] <mitigation> #intl/compliance
			  ~~~
			- [ ] 真实任务 #国际化/风险合规
		`;
		expect(taskLines(note)).toEqual([5]);
		expect(tagNames(note)).toEqual(["国际化/风险合规"]);
	});

	it.each([
		["a callout", "> [!example] Shell\n> ```sh\n> echo %% $$\n> ```"],
		["a list item's first line", "- ```\n  echo %% $$\n  ```"],
	])("should keep `%%` in a fence inside %s literal", (_where, block) => {
		const note = `${block}\n\n- [ ] 之后的任务 #intl/tech\n\n$$\nx\n$$`;
		expect(parseNote(note).listItems.filter((i) => i.task).map((i) => i.text)).toEqual(["之后的任务 #intl/tech"]);
	});

	it("should end a fence opened in a quote with the quote", () => {
		const note = "> ```\n> code\n\n%% hidden #intl/risk %%\n- [ ] shown #intl/tech";
		expect(tagNames(note)).toEqual(["intl/tech"]);
	});

	it("should keep `%%` and `$` inside code literal", () => {
		const note = "`%%` and `$x` #intl/tech\n```\n%%\n```\n- [ ] after the fence #intl/risk";
		expect(tagNames(note)).toEqual(["intl/tech", "intl/risk"]);
		expect(taskLines(note)).toEqual([5]);
	});

	it("should keep `%%` literal in a tilde fence whose info string holds backticks", () => {
		const note = "~~~ `shell`\necho %%\n~~~\n- [ ] after the fence #intl/risk\n%% - [ ] hidden %%";
		expect(taskLines(note)).toEqual([4]);
	});
});

describe("Hidden text: `%% comments %%` hide what they hold", () => {
	it.each([
		["English", "Visible #intl/tech %% hidden #intl/risk %% shown #intl/strategy", ["intl/tech", "intl/strategy"]],
		["Chinese", "可见 #国际化/技术赋能 %% 隐藏 #国际化/风险合规 %%", ["国际化/技术赋能"]],
	])("should hide an inline comment (%s)", (_lang, text, names) => {
		expect(tagNames(text)).toEqual(names);
	});

	it("should hide a comment over several lines, tasks and headings included", () => {
		const note = md`
			- [ ] before
			%%
			## 战略决策
			- [ ] 评估菲律宾站点 #国际化/战略决策
			%%
			- [ ] after
		`;
		const facts = parseNote(note);
		expect(facts.listItems.map((i) => i.text)).toEqual(["before", "after"]);
		expect(facts.headings).toEqual([]);
		expect(facts.tags).toEqual([]);
	});

	it("should hide everything after an unclosed `%%` to the end of the note", () => {
		const note = "- [ ] kept\n%% draft\n- [ ] gone #intl/tech\n## Gone";
		const facts = parseNote(note);
		expect(facts.listItems.map((i) => i.line)).toEqual([1]);
		expect(facts.tags).toEqual([]);
		expect(facts.headings).toEqual([]);
	});

	it.each([
		["English", "%% draft %% #intl/tech", "intl/tech"],
		["Chinese", "%% 草稿 %% #国际化/技术赋能", "国际化/技术赋能"],
		["an HTML comment", "<!-- draft --> #intl/tech", "intl/tech"],
		["math", "$E=mc^2$ #intl/tech", "intl/tech"],
	])("should read the text after hidden text that opens a line (%s)", (_what, text, name) => {
		expect(tagNames(`Intro\n\n${text}`)).toEqual([name]);
	});

	it("should not make frontmatter of a first line that is `---` only once its comment is hidden", () => {
		const facts = parseNote("---%% draft %%\n- [ ] a #intl/tech\n---\n- [ ] b\n");
		expect(facts.frontmatter).toBeNull();
		expect(taskLines("---%% draft %%\n- [ ] a #intl/tech\n---\n- [ ] b\n")).toEqual([2, 4]);
	});

	it("should keep the lines and columns after a comment", () => {
		const [tag] = parseNote("%% a\nb %% #intl/tech").tags;
		expect(tag).toMatchObject({ line: 2, from: 5, to: 15 });
	});
});

describe("Hidden text: HTML comments hide what they hold", () => {
	it("should hide an inline HTML comment", () => {
		expect(tagNames("Shown #intl/tech <!-- #intl/risk --> #营销")).toEqual(["intl/tech", "营销"]);
	});

	it.each([
		["English", "- [ ] Evaluate Japan via Amazon.co.jp #intl/strategy"],
		["Chinese", "- [ ] 评估拉美市场（巴西、墨西哥） #国际化/战略决策"],
	])("should hide a multi-line HTML comment (%s)", (_lang, task) => {
		const note = `Parked:\n\n<!--\n${task}\n-->\n\n- [ ] live`;
		expect(parseNote(note).listItems.map((i) => i.text)).toEqual(["live"]);
		expect(tagNames(note)).toEqual([]);
	});
});

describe("Hidden text: math holds no tags", () => {
	it("should hide inline `$math$`", () => {
		expect(tagNames("Cost $a #b$ then #intl/tech")).toEqual(["intl/tech"]);
	});

	it("should read prices with `$` as prose", () => {
		expect(tagNames("Costs $5 and $10 #intl/tech")).toEqual(["intl/tech"]);
	});

	it("should hide `$$ … $$` on one line and over several lines", () => {
		const note = "$$ #x $$ #intl/tech\n$$\n- [ ] not a task #intl/risk\n$$\n- [ ] task";
		expect(tagNames(note)).toEqual(["intl/tech"]);
		expect(taskLines(note)).toEqual([5]);
	});
});

describe("Hidden text: links and escapes", () => {
	it.each([
		["a markdown link's text", "[see #intl/tech](https://example.com) #intl/risk"],
		["an image's alt text", "![chart #intl/tech](a.png) #intl/risk"],
		["a wikilink's alias", "[[Data platform|平台 #intl/tech]] #intl/risk"],
		["a wikilink's heading", "[[Notes #intl/tech]] #intl/risk"],
		["an escaped `\\#`", "\\#intl/tech #intl/risk"],
	])("should not read a tag in %s", (_what, text) => {
		expect(tagNames(text)).toEqual(["intl/risk"]);
	});

	it("should not read the subpath of `[[a#b]]` as a tag", () => {
		expect(tagNames("标签约定写在 [[Notes#intl/strategy]]")).toEqual([]);
	});
});
