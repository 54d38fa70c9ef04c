/** `summary --write` keeps each report's record and says what changed since the last one (core/summary/snapshot.ts). */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli, makeVault } from "./sync-support.js";

const PLAN = "---\nintl-plan: 1\ncompany: Acme\nlang: en\n---\n## Strategy\n- [ ] Pick markets 📅 2026-12-10\n- [ ] Hire an agent\n";
let vault: string;
beforeEach(() => {
	vault = makeVault({ "Plans/Acme plan.md": PLAN });
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

const summaryNote = () => readFileSync(join(vault, "Plans", "Acme plan 摘要 Summary.md"), "utf8");

describe("summary since the last report", () => {
	it("should record each written report and show what was done, became overdue or was added since", async () => {
		expect((await cli(["summary", vault, "--write", "--today", "2026-12-01"])).status).toBe(0);
		expect(summaryNote()).not.toContain("Since the last report");
		writeFileSync(join(vault, "Plans", "Acme plan.md"), PLAN.replace("- [ ] Hire an agent", "- [x] Hire an agent") + "- [ ] Register for VAT\n");
		// Shown first (not written): the same section, and no record.
		const shown = await cli(["summary", vault, "--today", "2026-12-15"]);
		expect(shown.stdout).toContain("## Since the last report (2026-12-01)");
		expect(shown.stdout).not.toContain("intl-plan:snapshot");
		expect((await cli(["summary", vault, "--write", "--today", "2026-12-15"])).status).toBe(0);
		const note = summaryNote();
		expect(note).toContain("- **Done since then** (1): Hire an agent\n- **Overdue since then** (1): Pick markets\n- **Added since then** (1): Register for VAT");
		expect(note).toContain("| 2026-12-01 | 0 | 2 | 0% |\n| 2026-12-15 | 1 | 2 | 33% |");
		expect(note.match(/%% intl-plan:snapshot /g)).toHaveLength(1);
		// The same in JSON, for scripts and CI: a week on, the agent's task is the one done since.
		const json = JSON.parse((await cli(["summary", vault, "--json", "--today", "2026-12-22"])).stdout) as { summaries: { since: { date: string; done: { text: string }[]; history: unknown[] } | null }[] };
		expect(json.summaries[0]?.since?.date).toBe("2026-12-15");
		expect(json.summaries[0]?.since?.done).toEqual([]);
		expect(json.summaries[0]?.since?.history).toHaveLength(3);
	});

	it("should read a damaged record as none, and write the report as a first one", async () => {
		writeFileSync(join(vault, "Plans", "Acme plan 摘要 Summary.md"), "# Old\n\n%% intl-plan:snapshot {broken %%\n");
		expect((await cli(["summary", vault, "--write", "--today", "2026-12-01"])).status).toBe(0);
		expect(summaryNote()).not.toContain("Since the last report");
		expect(summaryNote()).toMatch(/%% intl-plan:snapshot \{"base":null,/);
	});
});

describe("summary --since <git revision>", () => {
	const hasGit = spawnSync("git", ["--version"]).status === 0;
	const git = (cwd: string, ...args: string[]) => {
		const r = spawnSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_DATE: "2026-11-20T10:00:00Z", GIT_COMMITTER_DATE: "2026-11-20T10:00:00Z" } });
		if (r.status !== 0) throw new Error(r.stderr);
		return r.stdout;
	};

	it.skipIf(!hasGit)("should compare with the vault as it was at a commit, in a vault that is a folder of the repository", async () => {
		// The repository holds the vault in a subfolder, as teams often keep it.
		const repo = vault;
		const sub = join(repo, "team-vault");
		mkdirSync(join(sub, "Plans"), { recursive: true });
		writeFileSync(join(sub, "Plans", "Acme plan.md"), PLAN);
		git(repo, "init", "-q", "-b", "main");
		git(repo, "-c", "user.name=T", "-c", "user.email=t@example.com", "add", "-A");
		git(repo, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "plan");
		git(repo, "tag", "kickoff");
		writeFileSync(join(sub, "Plans", "Acme plan.md"), PLAN.replace("- [ ] Hire an agent", "- [x] Hire an agent") + "- [ ] Register for VAT\n");
		const r = await cli(["summary", sub, "--since", "kickoff", "--today", "2026-12-15"]);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain("## Since kickoff (2026-11-20)");
		expect(r.stdout).toContain("- **Done since then** (1): Hire an agent\n- **Overdue since then** (1): Pick markets\n- **Added since then** (1): Register for VAT");
		// The working tree is as it was: nothing checked out.
		expect(git(repo, "status", "--porcelain")).toBe(' M "team-vault/Plans/Acme plan.md"\n');
	});

	it.skipIf(!hasGit)("should refuse a revision that is not one, one that looks like an option, and a vault outside git", async () => {
		const outside = await cli(["summary", vault, "--since", "HEAD~1", "--today", "2026-12-15"]);
		expect(outside.status).toBe(2);
		expect(outside.stderr).toContain("is not in a git repository");
		git(vault, "init", "-q", "-b", "main");
		git(vault, "-c", "user.name=T", "-c", "user.email=t@example.com", "add", "-A");
		git(vault, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "plan");
		for (const ref of ["no-such-branch", "--output=/tmp/x", "-h"]) {
			const r = await cli(["summary", vault, `--since=${ref}`, "--today", "2026-12-15"]);
			expect(r.status).toBe(2);
			expect(r.stderr).toContain("is not a revision of this repository");
		}
	});
});

describe("summary --format html", () => {
	it("should print one self-contained HTML document, and refuse --write with a way to save it", async () => {
		const r = await cli(["summary", vault, "--format", "html", "--today", "2026-12-01"]);
		expect(r.status).toBe(0);
		expect(r.stdout.startsWith("<!doctype html>")).toBe(true);
		expect(r.stdout).toContain("<title>Plan summary: Acme plan</title>");
		expect(r.stdout).not.toMatch(/<script|<link|src=/i);
		const w = await cli(["summary", vault, "--format", "html", "--write"]);
		expect(w.status).toBe(2);
		expect(w.stderr).toContain("--out report.html");
		const bad = await cli(["summary", vault, "--format", "pdf"]);
		expect(bad.stderr).toContain("md, json, html");
	});

	it("should put every plan in one document, each report an article of its own", async () => {
		mkdirSync(join(vault, "Plans", "B"), { recursive: true });
		writeFileSync(join(vault, "Plans", "B", "B plan.md"), "---\nintl-plan: 1\ncompany: B\nlang: zh\n---\n## 战略决策\n- [ ] 选市场\n");
		const r = await cli(["summary", vault, "--format", "html", "--today", "2026-12-01"]);
		expect(r.status).toBe(0);
		expect(r.stdout.match(/<!doctype html>/g)).toHaveLength(1);
		expect(r.stdout.match(/<\/html>/g)).toHaveLength(1);
		expect(r.stdout.match(/<article class="report" lang="[^"]+">/g)).toEqual(['<article class="report" lang="en">', '<article class="report" lang="zh-CN">']);
		expect(r.stdout).toContain("<title>Plan reports (2 plans)</title>");
	});

	it("should write the report to --out, replace only a report it wrote, and refuse --out without html", async () => {
		const first = await cli(["summary", vault, "--format", "html", "--out", "Reports/acme", "--today", "2026-12-01"]);
		expect(first.status).toBe(0);
		expect(first.stdout).toBe("Wrote Reports/acme.html.\n");
		const written = readFileSync(join(vault, "Reports", "acme.html"), "utf8");
		expect(written.startsWith("<!doctype html>")).toBe(true);
		expect((await cli(["summary", vault, "--format", "html", "--out", "Reports/acme.html", "--today", "2026-12-01"])).stdout).toBe("Reports/acme.html is up to date; nothing was written.\n");
		expect((await cli(["summary", vault, "--format", "html", "--out", "Reports/acme.html", "--today", "2026-12-02"])).stdout).toBe("Wrote Reports/acme.html.\n");
		// Someone else's file of that name is theirs: left alone, byte for byte.
		writeFileSync(join(vault, "Reports", "mine.html"), "<p>my notes</p>");
		const theirs = await cli(["summary", vault, "--format", "html", "--out", "Reports/mine.html"]);
		expect(theirs.status).toBe(2);
		expect(theirs.stderr).toContain("is not a report intl-plan wrote");
		expect(readFileSync(join(vault, "Reports", "mine.html"), "utf8")).toBe("<p>my notes</p>");
		const outside = await cli(["summary", vault, "--format", "html", "--out", "../escape.html"]);
		expect(outside.status).toBe(2);
		const md = await cli(["summary", vault, "--out", "Reports/x.html"]);
		expect(md.status).toBe(2);
		expect(md.stderr).toContain("use it with --format html");
	});
});
