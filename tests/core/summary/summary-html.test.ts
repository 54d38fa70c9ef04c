import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexVault } from "../../../src/core/plan/index.js";
import { compareWithLast, planTasks, readSnapshot, summarizePlan, summaryHtml, summaryMarkdown } from "../../../src/core/summary/index.js";

const PLAN = "P/Acme plan.md";
const note = (tasks: string) => `---\nintl-plan: 1\ncompany: Acme\nhorizon: 2027-06-30\n---\n${tasks}`;
const html = (tasks: string, lang: "en" | "zh" = "en") => {
	const index = indexVault([{ path: PLAN, text: note(tasks) }, { path: "P/Other.md", text: "- [ ] see [[Acme plan]] #intl/tech 📅 2027-01-02\n" }]);
	return summaryHtml(summarizePlan(index, PLAN, null, "2026-12-01")!, lang);
};
/** Every tag name and attribute name in the document. */
const tags = (doc: string) => [...doc.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ tag: (m[1] ?? "").toLowerCase(), attrs: [...(m[2] ?? "").replace(/"[^"]*"|'[^']*'/g, "").matchAll(/\s([^\s=]+)=/g)].map((a) => (a[1] ?? "").toLowerCase()) }));
const TAGS = new Set(["html", "head", "meta", "title", "style", "body", "main", "article", "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "code", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "div", "span", "section", "del", "br", "hr", "a", "input"]);
const ATTRS = new Set(["lang", "charset", "name", "content", "class", "style", "align", "type", "checked", "disabled", "href"]);

describe("the summary as one HTML file", () => {
	it("should be a whole document with its style inside, no script, and the charts drawn in HTML", () => {
		const doc = html("## Strategy\n- [ ] pick markets 🛫 2026-11-20 📅 2027-01-10\n- [x] read the paper\n## Loose ends\n- [ ] call the forwarder 📅 2026-12-05\n");
		expect(doc.startsWith("<!doctype html>\n<html lang=\"en\">")).toBe(true);
		expect(doc).toContain('<meta name="generator" content="intl-plan summary">');
		expect(doc).not.toMatch(/<script|```|mermaid|\[\[/i);
		expect(doc.match(/class="bar-fill"/g)).toHaveLength(4);
		expect(doc).toContain('<span class="bar-fill" style="width: 50%"></span>');
		// The roadmap: a lane per dimension with dated tasks, the one with no dimension last.
		expect([...doc.matchAll(/<section class="lane dim-(\w+)">/g)].map((m) => m[1])).toEqual(["strategy", "technology", "none"]);
		expect(doc).toContain("pick markets · 2026-11-20 – 2027-01-10");
		// A note's name is set apart as the source of its line, not a link into a vault the reader does not have.
		expect(doc).toMatch(/<span class="note">Acme plan<\/span>/);
		expect(doc).not.toMatch(/href="[^"]*\.md/);
	});

	it("should say what changed since the last report when it is given", () => {
		const index = indexVault([{ path: PLAN, text: note("## Strategy\n- [ ] a\n") }]);
		const first = summaryMarkdown(summarizePlan(index, PLAN, null, "2026-11-01")!, "zh", compareWithLast(null, planTasks(index, PLAN), "2026-11-01"));
		const later = indexVault([{ path: PLAN, text: note("## Strategy\n- [x] a\n") }]);
		const { since } = compareWithLast(readSnapshot(first), planTasks(later, PLAN), "2026-12-01");
		const doc = summaryHtml(summarizePlan(later, PLAN, null, "2026-12-01")!, "zh", { since });
		expect(doc).toContain("<h2>自上次报告（2026-11-01）以来</h2>");
		expect(doc).toContain('<html lang="zh-CN">');
		expect(doc).not.toContain("intl-plan:snapshot");
		// The trend over the reports, drawn as bars like the completion chart: no Mermaid left.
		expect(doc).toContain('<figure class="chart trend">');
		expect(doc).not.toMatch(/mermaid|xychart/);
	});

	it("should hold only its own markup, whatever the notes say (property)", () => {
		const risky = fc.constantFrom("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><b>', "javascript:alert(1)", "[x](javascript:alert(1))", "</style>", "<!--", "&lt;", "`", "<", ">", "\"", "'", "[[a|<b>]]", "%%", "战略");
		const text = fc.array(fc.oneof(risky, fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" ").replace(/[\r\n]/g, " "));
		fc.assert(
			fc.property(text, text, (task, company) => {
				// The text also names a market of the plan's entry sequence: a milestone's label in the report.
				const entries = `| Market | Entry date |\n|---|---|\n| ${task} | 2027-02-01 |\n\n`;
				const index = indexVault([{ path: PLAN, text: `---\nintl-plan: 1\ncompany: ${JSON.stringify(company)}\n---\n${entries}## Strategy\n- [ ] ${task} 📅 2027-01-10\n` }]);
				const summary = summarizePlan(index, PLAN, null, "2026-12-01");
				if (!summary) return;
				const doc = summaryHtml(summary, "en");
				for (const { tag, attrs } of tags(doc)) {
					expect(TAGS.has(tag), tag).toBe(true);
					for (const a of attrs) expect(ATTRS.has(a), `${tag} ${a}`).toBe(true);
				}
				expect(doc).not.toMatch(/href="\s*(?:javascript|vbscript|data):/i);
				expect(doc.match(/<\/style>/g)).toHaveLength(1);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 150) },
		);
	}, 60_000);
});
