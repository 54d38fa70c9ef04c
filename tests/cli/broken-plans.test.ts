/**
 * Broken plans, vaults without plans and notes that could not be read, through every verb that reads
 * a vault: one rule each (README, "Exit status" and "What it refuses and why").
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli, makeVault, read } from "./sync-support.js";

const BROKEN: readonly (readonly [name: string, text: string, line: number])[] = [
	["an unclosed [", "---\nintl-plan: 1\ncompany: [Acme\nsize: small\n---\n# Acme\n- [ ] mine #intl/strategy\n", 4],
	["a merge-conflict block", "---\nintl-plan: 1\n<<<<<<< HEAD\ncompany: Acme\n=======\ncompany: Acme Corp\n>>>>>>> theirs\n---\n# Acme\n- [ ] mine #intl/strategy\n", 3],
	["a tab for indentation", "---\nintl-plan: 1\ncompany: Acme\nmarkets:\n\t- DE\n---\n# Acme\n- [ ] mine #intl/strategy\n", 5],
	["a duplicate key", "---\nintl-plan: 1\ncompany: Acme\ncompany: Acme Corp\n---\n# Acme\n- [ ] mine #intl/strategy\n", 4],
	[
		"an alias bomb",
		"---\nintl-plan: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n# Acme\n- [ ] mine #intl/strategy\n",
		2,
	],
	["a frontmatter never closed", "---\nintl-plan: 1\ncompany: Acme\n\n# Acme\n- [ ] mine #intl/strategy\n", 1],
];

const GLOBEX = "---\nintl-plan: 1\ncompany: Globex\nsize: small\n---\n# Globex\n- [ ] theirs #intl/strategy\n";
const TASKS = "- [ ] a task of the folder #intl/strategy\n";
const TODAY = ["--today", "2026-05-01"];

let vault = "";
afterEach(() => rmSync(vault, { recursive: true, force: true }));

/** A broken plan beside a readable one, in one folder, with a note of tasks: today the tasks went to Globex. */
function withBroken(text: string): string {
	vault = makeVault({ "Plans/Acme.md": text, "Plans/Globex.md": GLOBEX, "Plans/tasks.md": TASKS });
	return vault;
}

const VERBS: readonly (readonly [string, readonly string[]])[] = [
	["index", ["index"]],
	["index --json", ["index", "--json"]],
	["show", ["show", ...TODAY]],
	["summary", ["summary", "--plan", "Globex", ...TODAY]],
	["rollup", ["rollup", ...TODAY]],
	["canvas", ["canvas", "--plan", "Globex"]],
	["sync --check", ["sync", "--check", ...TODAY]],
	["sync --dry-run", ["sync", "--dry-run", ...TODAY]],
	["sync", ["sync", ...TODAY]],
];

describe("a broken plan, through every verb", () => {
	for (const [name, text, line] of BROKEN) {
		it.each(VERBS)(`should name the plan with ${name} and exit 1: %s`, async (_, args) => {
			const v = withBroken(text);
			const [verb, ...rest] = args as [string, ...string[]];
			const r = await cli([verb, v, ...rest]);
			expect(r.status).toBe(1);
			const said = r.stdout + r.stderr;
			expect(said).toMatch(/Plans\/Acme\.md(:\d+)?: (not synced: )?Broken plan|"path": "Plans\/Acme\.md",\s+"line": \d+,\s+"code": "plan-(broken|unclosed)"/);
			expect(said).toContain(`line ${line}`);
			expect(read(v, "Plans/Acme.md")).toBe(text);
		});
	}

	it.each(BROKEN)("should not count its folder's tasks in the other plan of that folder: %s", async (_, text) => {
		const v = withBroken(text);
		const r = await cli(["index", v, "--json"]);
		const json = JSON.parse(r.stdout) as { plans: { path: string }[]; items: { path: string; plan: string | null }[]; problems: { path: string; code: string }[] };
		expect(json.plans.map((p) => p.path)).toEqual(["Plans/Globex.md"]);
		expect(json.items.filter((i) => i.path !== "Plans/Globex.md").map((i) => i.plan)).toEqual([null, null]);
		expect(json.problems.some((p) => p.path === "Plans/Acme.md" && p.code.startsWith("plan-"))).toBe(true);
		const summary = await cli(["summary", v, "--plan", "Globex", "--format", "json", ...TODAY]);
		expect(summary.stdout).not.toContain("a task of the folder");
	});

	it("should end sync --check with why it fails, on stdout, never with 'in step'", async () => {
		const v = withBroken(BROKEN[0]?.[1] ?? "");
		await cli(["sync", v, ...TODAY]);
		const r = await cli(["sync", v, "--check", ...TODAY]);
		expect(r.status).toBe(1);
		expect(r.stdout).not.toContain("in step");
		expect(r.stdout).toBe("No plan is out of step with the library, but the check fails: 1 note that could not be read (broken plans included). See the messages above.\n");
	});

	it("should refuse --plan naming the broken plan, saying why (exit 2)", async () => {
		const v = withBroken(BROKEN[1]?.[1] ?? "");
		for (const args of [["summary", v, "--plan", "Acme"], ["canvas", v, "--plan", "Acme"], ["sync", v, "--plan", "Acme"], ["show", v, "--plan", "Acme", "--lang", "zh"]]) {
			const r = await cli(args);
			expect(r.status).toBe(2);
			expect(r.stderr).toMatch(/Plans\/Acme\.md (is a plan that cannot be read|是无法读取的规划)/);
		}
	});

	it("should stop a sync that writes when the only plan is broken (exit 2), and name it", async () => {
		vault = makeVault({ "Plans/Acme.md": BROKEN[0]?.[1] ?? "", "Plans/tasks.md": TASKS });
		const r = await cli(["sync", vault, ...TODAY]);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain("Plans/Acme.md: not synced: Broken plan");
		expect(r.stderr).toContain("No plan note in");
		expect(r.stdout).toBe("");
	});
});

describe("a vault without plans: one rule", () => {
	function empty(): string {
		vault = makeVault({ "Inbox/tasks.md": TASKS });
		return vault;
	}

	it.each([
		["index", ["index"]],
		["index --json", ["index", "--json"]],
		["show", ["show"]],
		["rollup", ["rollup"]],
		["rollup --format json", ["rollup", "--format", "json"]],
		["sync --check", ["sync", "--check"]],
		["sync --dry-run", ["sync", "--dry-run"]],
	])("should say so on stderr and exit 0 where the verb reports: %s", async (_, args) => {
		const v = empty();
		const [verb, ...rest] = args as [string, ...string[]];
		const r = await cli([verb, v, ...rest]);
		expect(r.status).toBe(0);
		expect(r.stderr).toContain(`No plan notes found in ${v}. A plan note has intl-plan: 1 in its frontmatter; create one with intl-plan new`);
		expect(r.stdout).not.toContain("No plan");
	});

	it("should draw no empty grid, and no table without rows", async () => {
		vault = makeVault({ "Inbox/plain.md": "nothing here\n" });
		expect((await cli(["show", vault])).stdout).toBe("");
		expect((await cli(["rollup", vault])).stdout).toBe("");
		expect(JSON.parse((await cli(["rollup", vault, "--format", "json"])).stdout)).toEqual({ version: 1, plans: [] });
	});

	it("should show the tasks in no plan, when there are some", async () => {
		const r = await cli(["show", empty()]);
		expect(r.stdout).toContain("Not in a plan");
		expect(r.stdout).toContain("a task of the folder");
	});

	it.each([
		["summary", ["summary"]],
		["summary --write", ["summary", "--write"]],
		["canvas", ["canvas"]],
		["sync", ["sync"]],
	])("should stop with the same message and exit 2 where the verb needs a plan: %s", async (_, args) => {
		const v = empty();
		const [verb, ...rest] = args as [string, ...string[]];
		const r = await cli([verb, v, ...rest]);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(`intl-plan: No plan notes found in ${v}.`);
	});

	it("should say so in Chinese", async () => {
		const r = await cli(["index", empty(), "--lang", "zh"]);
		expect(r.stderr).toContain("中没有找到规划笔记");
	});

	it("should say a rollup folder holds no plan", async () => {
		vault = makeVault({ "Plans/Globex.md": GLOBEX, "Other/x.md": "x\n" });
		const r = await cli(["rollup", vault, "--folder", "Other"]);
		expect(r.status).toBe(0);
		expect(r.stderr).toBe("No plan notes found in the folder Other.\n");
	});
});

describe("notes that could not be read: listed, exit 1, in every verb", () => {
	it.each(VERBS)("should list a binary note and exit 1: %s", async (_, args) => {
		vault = makeVault({ "Plans/Globex.md": GLOBEX });
		writeFileSync(join(vault, "Plans", "scan.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
		const [verb, ...rest] = args as [string, ...string[]];
		const r = await cli([verb, vault, ...rest]);
		expect(r.status).toBe(1);
		expect(r.stdout + r.stderr).toContain("Plans/scan.md");
		expect(r.stdout + r.stderr).toContain("Not a text file");
	});
});

describe("sync with duplicated ids", () => {
	const DUPLICATED = `${GLOBEX}- [ ] one ^ck-x\n- [ ] two ^ck-x\n`;

	it("should not print 'in step' for the plan, with or without --check", async () => {
		vault = makeVault({ "Plans/Globex.md": DUPLICATED });
		const library = ["--library", "lib.md"];
		writeFileSync(join(vault, "lib.md"), "# Library\n\n## 战略决策 Strategy\n\n- 一 ^ck-x\n    - en:: One\n    - when:: always\n    - source:: §3.1\n");
		const check = await cli(["sync", vault, "--check", ...library, ...TODAY]);
		expect(check.status).toBe(1);
		expect(check.stdout).not.toContain("in step with the library.");
		expect(check.stdout).toContain("the check fails: 1 plan with duplicated ids");
		const sync = await cli(["sync", vault, ...library, ...TODAY]);
		expect(sync.status).toBe(1);
		expect(sync.stdout).not.toContain("in step");
		expect(sync.stderr).toContain("^ck-x appear more than once");
	});
});
