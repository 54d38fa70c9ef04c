import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	brokenPlanForNote, DEFAULT_CONFIG, indexVault, isUnread, planForNote, problemMessage, readPlanMarker, syncPlanText, UNREAD_CODES,
	type VaultFile,
} from "../../../src/core/index.js";

/** Every kind of frontmatter a merge, a sync or a hand can leave a plan with, and the line its first error is on. */
const BROKEN: readonly (readonly [name: string, text: string, line: number])[] = [
	// yaml finds the unclosed flow list where the next key starts.
	["an unclosed [", "---\nintl-plan: 1\ncompany: [Acme\nsize: small\n---\n# Plan\n- [ ] mine #intl/strategy\n", 4],
	[
		"a merge-conflict block",
		"---\nintl-plan: 1\n<<<<<<< HEAD\ncompany: Acme\n=======\ncompany: Acme Corp\n>>>>>>> theirs\n---\n# Plan\n- [ ] mine #intl/strategy\n",
		3,
	],
	["a tab for indentation", "---\nintl-plan: 1\ncompany: Acme\nmarkets:\n\t- DE\n---\n# Plan\n- [ ] mine #intl/strategy\n", 5],
	["a duplicate key", "---\nintl-plan: 1\ncompany: Acme\ncompany: Acme Corp\n---\n# Plan\n- [ ] mine #intl/strategy\n", 4],
	[
		"an alias bomb",
		"---\nintl-plan: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n# Plan\n- [ ] mine #intl/strategy\n",
		2,
	],
	["a quoted key in a broken block", '---\n"intl-plan": 1\ncompany: [Acme\n---\n# Plan\n- [ ] mine #intl/strategy\n', 3],
];

const UNCLOSED = "---\nintl-plan: 1\ncompany: Acme\n\n# Plan\n- [ ] mine #intl/strategy\n";

const GOOD_PLAN = "---\nintl-plan: 1\ncompany: Globex\n---\n# Globex\n- [ ] theirs #intl/strategy\n";
const TASKS = "- [ ] a task of the folder #intl/strategy\n";

function vault(files: Record<string, string>): VaultFile[] {
	return Object.entries(files).map(([path, text]) => ({ path, text }));
}

describe("broken plans", () => {
	it("should read a plan saved with lone CRs (old Mac endings) as the same plan as its LF twin", () => {
		const lf = vault({ "Plans/Globex.md": GOOD_PLAN, "Plans/Tasks.md": TASKS });
		const cr = lf.map((f) => ({ ...f, text: f.text.replace(/\n/g, "\r") }));
		expect(indexVault(cr)).toEqual(indexVault(lf));
		expect(indexVault(cr).plans.map((p) => p.profile.company)).toEqual(["Globex"]);
	});

	it.each(BROKEN)("should name a plan with %s as broken, on the YAML error's line", (_, text, line) => {
		const index = indexVault(vault({ "Plans/Acme.md": text }));
		expect(index.plans).toEqual([]);
		expect(index.brokenPlans).toEqual([{ path: "Plans/Acme.md", title: "Acme", problem: { line, code: "plan-broken", args: { line: String(line) } } }]);
		const problem = index.problems.find((p) => p.code === "plan-broken");
		expect(problem).toMatchObject({ path: "Plans/Acme.md", line });
		expect(problemMessage(problem ?? { code: "plan-broken" }, "en")).toContain(`(line ${line})`);
		expect(problemMessage(problem ?? { code: "plan-broken" }, "zh")).toContain(`第 ${line} 行`);
	});

	it("should name a plan whose frontmatter is never closed, pointing at its intl-plan line", () => {
		const index = indexVault(vault({ "Plans/Acme.md": UNCLOSED }));
		expect(index.plans).toEqual([]);
		expect(index.brokenPlans.map((b) => [b.path, b.problem.code, b.problem.line, b.problem.args?.line])).toEqual([["Plans/Acme.md", "plan-unclosed", 1, "2"]]);
	});

	it.each([...BROKEN.map(([name, text]) => [name, text] as const), ["an unclosed block", UNCLOSED] as const])(
		"should not hand its folder's notes to another plan of the same folder or above: %s",
		(_, text) => {
			const index = indexVault(vault({ "Plans/Acme.md": text, "Plans/Globex.md": GOOD_PLAN, "Plans/tasks.md": TASKS, "Plans/Sub/more.md": TASKS }));
			expect(index.plans.map((p) => p.path)).toEqual(["Plans/Globex.md"]);
			const planOf = Object.fromEntries(index.items.map((i) => [`${i.path}:${i.line}`, i.plan]));
			expect(planOf["Plans/tasks.md:1"]).toBeNull();
			expect(planOf["Plans/Sub/more.md:1"]).toBeNull();
			expect(index.items.filter((i) => i.path === "Plans/Acme.md").every((i) => i.plan === null)).toBe(true);
			// Alone in its folder, it still holds the folder: the plan above takes none of its notes.
			const alone = indexVault(vault({ "Globex.md": GOOD_PLAN, "Plans/Acme.md": text, "Plans/tasks.md": TASKS }));
			expect(alone.items.find((i) => i.path === "Plans/tasks.md")?.plan).toBeNull();
			expect(alone.items.find((i) => i.path === "Globex.md")?.plan).toBe("Globex.md");
		},
	);

	it("should say a plan link leads to a broken plan", () => {
		const index = indexVault(vault({ "Plans/Acme.md": BROKEN[0]?.[1] ?? "", "Notes/x.md": `---\nplan: "[[Acme]]"\n---\n${TASKS}` }));
		expect(index.problems.find((p) => p.path === "Notes/x.md")).toMatchObject({ code: "plan-link-broken", line: 2, args: { target: "Acme" } });
		expect(index.items.find((i) => i.path === "Notes/x.md")?.plan).toBeNull();
	});

	it("should give views the broken plan that stands where a note's plan would be", () => {
		const index = indexVault(vault({ "Plans/Acme.md": BROKEN[0]?.[1] ?? "", "Plans/notes.md": "just text", "Globex.md": GOOD_PLAN, "Other/x.md": "x" }), {
			allPaths: ["Plans/Acme.md", "Plans/notes.md", "Globex.md", "Other/x.md", "Plans/Deep/y.md"],
		});
		expect(planForNote(index, "Plans/Deep/y.md")).toBeNull();
		expect(brokenPlanForNote(index, "Plans/Deep/y.md")?.path).toBe("Plans/Acme.md");
		expect(brokenPlanForNote(index, "Plans/Acme.md")?.path).toBe("Plans/Acme.md");
		expect(planForNote(index, "Other/x.md")).toBe("Globex.md");
		expect(brokenPlanForNote(index, "Other/x.md")).toBeNull();
	});

	it.each([
		["malformed YAML without the plan key", "---\ncompany: [Acme\n---\n- [ ] x #intl/strategy\n"],
		["a broken block that says intl-plan: false", "---\nintl-plan: false\ncompany: [Acme\n---\n- [ ] x #intl/strategy\n"],
		["a broken block whose plan key is empty", "---\nintl-plan:\ncompany: [Acme\n---\n- [ ] x #intl/strategy\n"],
		["a thematic break, then a heading, then the key", "---\n# Title\nintl-plan: 1\n- [ ] x #intl/strategy\n"],
		["an unclosed block with the key indented", "---\ntitle: x\n  intl-plan: 1\n- [ ] x #intl/strategy\n"],
		["a readable plan", GOOD_PLAN],
	])("should not take %s for a broken plan", (_, text) => {
		const index = indexVault(vault({ "n.md": text }));
		expect(index.brokenPlans).toEqual([]);
		expect(index.problems.filter(isUnread)).toEqual([]);
	});

	it("should refuse to sync a broken plan, saying why", () => {
		const result = syncPlanText({ items: [] }, BROKEN[0]?.[1] ?? "", "2026-01-01", { config: DEFAULT_CONFIG, defaultLang: "en" });
		expect(result).toEqual({ kind: "broken-plan", problem: { line: 4, code: "plan-broken", args: { line: "4" } } });
	});

	it("should count broken plans among the notes that could not be read", () => {
		expect(UNREAD_CODES).toEqual(expect.arrayContaining(["file-unreadable", "file-binary", "file-too-large", "plan-broken", "plan-unclosed"]));
		expect(isUnread({ code: "plan-broken" })).toBe(true);
		expect(isUnread({ code: "yaml-invalid" })).toBe(false);
		expect(isUnread({ code: "profile-size" })).toBe(false);
	});

	it("should read every plan block spoilt by any mix of these faults as a plan or a broken plan, never as no plan", () => {
		const fault = fc.constantFrom("company: [Acme", "\tsize: small", "<<<<<<< HEAD", "=======", ">>>>>>> theirs", "owner: A", "owner: B", "x: &x [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]", "y: [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]");
		const fine = fc.constantFrom("lang: en", "markets: [DE, FR]", "channel: platform", "# a comment", "");
		fc.assert(
			fc.property(fc.array(fc.oneof(fault, fine), { maxLength: 8 }), fc.nat(8), (lines, at) => {
				const block: string[] = [...lines];
				block.splice(Math.min(at, block.length), 0, "intl-plan: 1");
				const text = `---\n${block.join("\n")}\n---\n- [ ] mine #intl/strategy\n`;
				const reading = readPlanMarker(text);
				expect(reading.kind).not.toBe("none");
				const index = indexVault(vault({ "P/plan.md": text, "P/tasks.md": TASKS, "other.md": GOOD_PLAN }));
				expect(index.plans.length + index.brokenPlans.length).toBe(2);
				if (reading.kind === "broken") {
					expect(reading.problem.line).toBeGreaterThanOrEqual(1);
					expect(reading.problem.line).toBeLessThanOrEqual(block.length + 2);
					expect(index.items.find((i) => i.path === "P/tasks.md")?.plan).toBeNull();
				}
			}),
		);
	});
});
