import { describe, expect, it } from "vitest";
import { indexVault, planForNote } from "../../../src/core/plan/index.js";
import type { VaultFile } from "../../../src/core/plan/index.js";

const plan = (path: string, company = "Acme"): VaultFile => ({ path, text: `---\nintl-plan: 1\ncompany: ${company}\n---\n# Plan` });
const note = (path: string, frontmatter = ""): VaultFile => ({
	path,
	text: `${frontmatter ? `---\n${frontmatter}\n---\n` : ""}## Strategy\n- [ ] Task in ${path}`,
});
const planOf = (files: VaultFile[], path: string) => indexVault(files).items.find((i) => i.path === path)?.plan;
const problemsOf = (files: VaultFile[]) => indexVault(files).problems.map((p) => [p.path, p.line, p.code, p.args?.target ?? p.args?.folder]);

describe("Membership: a note's frontmatter `plan` link", () => {
	const files = [plan("Plans/Acme/Acme plan.md"), plan("Plans/灵犀/灵犀 国际化规划.md", "灵犀")];

	it.each([
		["by name", 'plan: "[[Acme plan]]"'],
		["by name with an alias", 'plan: "[[Acme plan|Acme]]"'],
		["by path", 'plan: "[[Plans/Acme/Acme plan]]"'],
		["by path with .md", 'plan: "[[Plans/Acme/Acme plan.md]]"'],
		["unquoted, as YAML reads it", "plan: [[Acme plan]]"],
		["in another case", 'plan: "[[acme PLAN]]"'],
	])("should join the linked plan %s", (_how, link) => {
		const files2 = [...files, note("Inbox/idea.md", link)];
		expect(planOf(files2, "Inbox/idea.md")).toBe("Plans/Acme/Acme plan.md");
		expect(problemsOf(files2)).toEqual([]);
	});

	it("should join a plan named in Chinese", () => {
		expect(planOf([...files, note("Inbox/想法.md", 'plan: "[[灵犀 国际化规划]]"')], "Inbox/想法.md")).toBe("Plans/灵犀/灵犀 国际化规划.md");
	});

	it("should let the link beat the folder", () => {
		expect(planOf([...files, note("Plans/Acme/x.md", 'plan: "[[灵犀 国际化规划]]"')], "Plans/Acme/x.md")).toBe("Plans/灵犀/灵犀 国际化规划.md");
	});

	it("should report a link that leads nowhere on its line and leave the note unassigned", () => {
		const files2 = [...files, note("Plans/Acme/x.md", 'owner: a\nplan: "[[Missing plan]]"')];
		expect(planOf(files2, "Plans/Acme/x.md")).toBeNull();
		expect(problemsOf(files2)).toEqual([["Plans/Acme/x.md", 3, "plan-link-unresolved", "Missing plan"]]);
	});

	it("should report a link to a note that is not a plan", () => {
		const files2 = [...files, { path: "Notes/Other.md", text: "# Other" }, note("Inbox/x.md", 'plan: "[[Other]]"')];
		expect(planOf(files2, "Inbox/x.md")).toBeNull();
		expect(problemsOf(files2)).toEqual([["Inbox/x.md", 2, "plan-link-not-a-plan", "Other"]]);
	});

	it("should resolve links against every vault path, not only indexed notes", () => {
		const files2 = [...files, note("Inbox/x.md", 'plan: "[[Other]]"')];
		const index = indexVault(files2, { allPaths: [...files2.map((f) => f.path), "Notes/Other.md"] });
		expect(index.problems.map((p) => p.code)).toEqual(["plan-link-not-a-plan"]);
	});
});

describe("Membership: else the plan whose folder holds the note", () => {
	it.each([
		["in the plan's folder", "Plans/Acme/Market entry.md"],
		["in a subfolder", "Plans/Acme/Meetings/2026/Weekly sync.md"],
	])("should join the plan for a note %s", (_where, path) => {
		expect(planOf([plan("Plans/Acme/Acme plan.md"), note(path)], path)).toBe("Plans/Acme/Acme plan.md");
	});

	it("should leave a note outside every plan folder unassigned", () => {
		expect(planOf([plan("Plans/Acme/Acme plan.md"), note("Inbox/idea.md")], "Inbox/idea.md")).toBeNull();
		expect(planOf([plan("Plans/Acme/Acme plan.md"), note("Plans/idea.md")], "Plans/idea.md")).toBeNull();
	});

	it("should take the nearest folder that holds a plan", () => {
		const files = [plan("Group/Group plan.md"), plan("Group/Acme/Acme plan.md"), note("Group/Acme/x.md"), note("Group/y.md")];
		expect(planOf(files, "Group/Acme/x.md")).toBe("Group/Acme/Acme plan.md");
		expect(planOf(files, "Group/y.md")).toBe("Group/Group plan.md");
	});

	it("should put a plan's own items in the plan", () => {
		const files = [{ path: "Plans/Acme/Acme plan.md", text: "---\nintl-plan: 1\n---\n## Strategy\n- [ ] a" }];
		expect(planOf(files, "Plans/Acme/Acme plan.md")).toBe("Plans/Acme/Acme plan.md");
	});

	it("should report a folder holding two plans once, and join its notes to neither", () => {
		const files = [plan("Plans/a plan.md"), plan("Plans/b plan.md"), note("Plans/x.md"), note("Plans/sub/y.md")];
		expect(planOf(files, "Plans/x.md")).toBeNull();
		expect(planOf(files, "Plans/sub/y.md")).toBeNull();
		expect(problemsOf(files)).toEqual([["Plans/a plan.md", 1, "plan-folder-ambiguous", "Plans"]]);
		expect(indexVault(files).plans.map((p) => p.path)).toEqual(["Plans/a plan.md", "Plans/b plan.md"]);
	});

	it("should still join a note in such a folder by its link", () => {
		const files = [plan("Plans/a plan.md"), plan("Plans/b plan.md"), note("Plans/x.md", 'plan: "[[b plan]]"')];
		expect(planOf(files, "Plans/x.md")).toBe("Plans/b plan.md");
		expect(problemsOf(files)).toEqual([]);
	});

	it("should name the vault root when two plans sit there", () => {
		expect(problemsOf([plan("a.md"), plan("b.md"), note("x.md")])).toEqual([["a.md", 1, "plan-folder-ambiguous", "/"]]);
	});
});

describe("the plan a note belongs to", () => {
	const index = indexVault([
		{ path: "Plans/A/plan.md", text: "---\nintl-plan: 1\n---\n" },
		{ path: "Plans/A/sub/task.md", text: "- [ ] x #intl/tech\n" },
		{ path: "Notes/linked.md", text: '---\nplan: "[[plan]]"\n---\n- [ ] y #intl/tech\n' },
		{ path: "Two/p1.md", text: "---\nintl-plan: 1\n---\n" },
		{ path: "Two/p2.md", text: "---\nintl-plan: 1\n---\n" },
	]);

	it("should be the plan itself, the plan of its items, or its folder's single plan", () => {
		expect(planForNote(index, "Plans/A/plan.md")).toBe("Plans/A/plan.md");
		expect(planForNote(index, "Notes/linked.md")).toBe("Plans/A/plan.md");
		expect(planForNote(index, "Plans/A/sub/empty note.md")).toBe("Plans/A/plan.md");
		expect(planForNote(index, "Two/other.md")).toBeNull();
		expect(planForNote(index, "Elsewhere/x.md")).toBeNull();
	});
});
