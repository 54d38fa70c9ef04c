/**
 * A team on git: a bare repository and three clones (the lead who curates the library, Alice and
 * Bob who own a plan each). They tick items, add owners, edit prose, change the library, and commit,
 * pull (`git pull --no-rebase`) and push in several orders, running `intl-plan sync` after pulling.
 *
 * Git refuses to merge concurrent changes to the same or to neighbouring lines whoever makes them
 * (two people ticking adjacent items conflict without any sync). The people here edit lines that
 * are not next to what others change at the same time, so every conflict would be sync's: its edits
 * differing between clones, or reaching lines they should not.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, LIBRARY, LIBRARY_PATH, makeVault, plan, read, SETTINGS, write } from "./sync-support.js";

const hasGit = spawnSync("git", ["--version"]).status === 0;
if (!hasGit) console.warn("sync-git.test.ts skipped: no `git` binary on PATH. Install git to run the multi-person merge test.");

const ACME = "Plans/Acme/Acme plan.md";
const BETA = "Plans/Beta/Beta plan.md";
const PEOPLE = ["lead", "alice", "bob"] as const;
type Person = (typeof PEOPLE)[number];

let root = "";
const dir = (who: Person | "remote.git"): string => join(root, who);

function git(who: Person, ...args: string[]): string {
	const r = spawnSync("git", args, {
		cwd: dir(who),
		encoding: "utf8",
		env: { ...process.env, HOME: root, GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0", LANG: "C" },
	});
	if (r.status !== 0) throw new Error(`git ${args.join(" ")} in ${who} failed:\n${r.stdout}\n${r.stderr}`);
	return r.stdout;
}

function configure(who: Person): void {
	git(who, "config", "user.name", who);
	git(who, "config", "user.email", `${who}@example.com`);
	git(who, "config", "core.autocrlf", "false");
	git(who, "config", "pull.rebase", "false");
}

function commit(who: Person, message: string): void {
	git(who, "add", "-A");
	if (git(who, "status", "--porcelain").trim() !== "") git(who, "commit", "-q", "-m", message);
}

/** Pull and merge; a conflict fails the test with git's own words. */
function pull(who: Person): void {
	git(who, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
	expect(git(who, "status", "--porcelain"), `${who}: clean after merging`).toBe("");
	for (const path of [ACME, BETA]) expect(read(dir(who), path), `${who}: no conflict markers`).not.toMatch(/^(<{7}|>{7})/m);
}

async function sync(who: Person, today: string): Promise<void> {
	const r = await cli(["sync", dir(who), "--today", today]);
	expect(r.status, `${who}: sync\n${r.stderr}`).toBe(0);
	commit(who, `sync checklists (${who})`);
}

async function check(who: Person): Promise<number> {
	return (await cli(["sync", dir(who), "--check"])).status;
}

/** Edits a checklist line by its block id, as a person does in the editor. */
function edit(who: Person, path: string, id: string, change: (line: string) => string): void {
	const text = read(dir(who), path);
	const line = text.split("\n").find((l) => l.endsWith(`^${id}`));
	if (line === undefined) throw new Error(`${who}: no ^${id} in ${path}`);
	write(dir(who), path, text.replace(line, change(line)));
}
const tick = (owner?: string) => (line: string): string => {
	const ticked = line.replace("- [ ] ", "- [x] ");
	return owner ? ticked.replace(/ \^ck-/, ` [owner:: ${owner}] ^ck-`) : ticked;
};
const prose = (who: Person, path: string, from: string, to: string): void => write(dir(who), path, read(dir(who), path).replace(from, to));

/** The library with an item's lines replaced (or removed when `lines` is empty) or added after another's. */
function library(who: Person, change: { id: string; lines: string[]; after?: boolean }): void {
	const lines = read(dir(who), LIBRARY_PATH).split("\n");
	const at = lines.findIndex((l) => l.endsWith(`^${change.id}`));
	if (change.after) lines.splice(at + 4, 0, ...change.lines);
	else lines.splice(at, 4, ...change.lines);
	write(dir(who), LIBRARY_PATH, lines.join("\n"));
}
const item = (zh: string, en: string, id: string, source = "§3.2"): string[] => [`- ${zh} ^${id}`, `    - en:: ${en}`, "    - when:: always", `    - source:: ${source}`];

const lineOf = (text: string, id: string): string => text.split("\n").find((l) => l.endsWith(`^${id}`)) ?? "";

describe.skipIf(!hasGit)("three people, one git remote", () => {
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), "intl-plan-git-"));
		spawnSync("git", ["init", "-q", "--bare", "-b", "main", dir("remote.git")]);
		mkdirSync(dir("lead"));
		makeVault(
			{ ...SETTINGS, [LIBRARY_PATH]: LIBRARY, [ACME]: plan("Acme", "Alice", "zh", "EU"), [BETA]: plan("Beta", "Bob", "en", "US") },
			dir("lead"),
		);
		git("lead", "init", "-q", "-b", "main");
		configure("lead");
		git("lead", "remote", "add", "origin", dir("remote.git"));
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it("should merge everyone's work without conflicts, keep every tick and owner, and end byte-identical and in step", async () => {
		// Round 0: the lead syncs the new plans once and shares the vault.
		await sync("lead", "2026-05-01");
		git("lead", "push", "-q", "-u", "origin", "main");
		for (const who of ["alice", "bob"] as const) {
			expect(spawnSync("git", ["clone", "-q", dir("remote.git"), dir(who)], { env: { ...process.env, HOME: root, GIT_CONFIG_NOSYSTEM: "1" } }).status).toBe(0);
			configure(who);
		}

		// Round 1: Alice ticks and writes first; the lead changes the library and syncs on a stale copy;
		// Bob works offline and merges last.
		edit("alice", ACME, "ck-tech-data", tick("Alice"));
		prose("alice", ACME, "Alice 的规划。", "Alice 的规划：先做东南亚，再做欧洲。");
		commit("alice", "alice: progress");
		git("alice", "push", "-q", "origin", "main");

		library("lead", { id: "ck-strategy-scoring", lines: item("用平台与社交数据为候选市场打分", "Score candidate markets with platform and social data", "ck-strategy-scoring", "§3.1") });
		library("lead", { id: "ck-strategy-trial", lines: item("为每个新市场设定试水预算", "Set a trial budget for each new market", "ck-strategy-budget", "§3.1"), after: true });
		library("lead", { id: "ck-comp-register", lines: [] });
		commit("lead", "library: reword, add, remove");
		await sync("lead", "2026-05-01");
		pull("lead");
		await sync("lead", "2026-05-01");
		git("lead", "push", "-q", "origin", "main");

		edit("bob", BETA, "ck-tech-data", tick("Bob"));
		edit("bob", BETA, "ck-tech-payments", tick("Bob"));
		prose("bob", BETA, "Bob 的规划。", "Bob's plan: the US first.");
		commit("bob", "bob: progress");
		pull("bob");
		await sync("bob", "2026-05-01");
		git("bob", "push", "-q", "origin", "main");
		pull("alice");
		await sync("alice", "2026-05-01");
		expect(git("alice", "status", "--porcelain")).toBe("");

		// Round 2: the lead shares a library change without syncing; Alice and Bob both sync it on
		// their own (the same edits, made twice) around ticks of their own, and merge.
		pull("lead");
		library("lead", { id: "ck-tech-data", lines: item("搭建统一数据中台", "Build one data platform", "ck-tech-data") });
		library("lead", { id: "ck-comp-eu-trademark", lines: item("建立跨境数据合规清单", "List cross-border data obligations", "ck-comp-data", "§3.4"), after: true });
		commit("lead", "library: reword data platform, add data obligations");
		git("lead", "push", "-q", "origin", "main");

		edit("alice", ACME, "ck-strategy-scoring", tick());
		commit("alice", "alice: scoring done");
		pull("alice");
		pull("bob");
		await sync("alice", "2026-05-08");
		await sync("bob", "2026-05-08");
		edit("bob", BETA, "ck-strategy-budget", tick("Bob"));
		commit("bob", "bob: budget set");
		git("alice", "push", "-q", "origin", "main");
		pull("bob");
		await sync("bob", "2026-05-08");
		git("bob", "push", "-q", "origin", "main");

		// Everyone catches up.
		for (const who of PEOPLE) pull(who);

		const acme = read(dir("lead"), ACME);
		const beta = read(dir("lead"), BETA);
		expect(lineOf(acme, "ck-tech-data")).toBe("- [x] 搭建统一数据中台 [source:: §3.2] [owner:: Alice] ^ck-tech-data");
		expect(lineOf(acme, "ck-strategy-scoring")).toBe("- [x] 用平台与社交数据为候选市场打分 [source:: §3.1] ^ck-strategy-scoring");
		expect(lineOf(beta, "ck-tech-data")).toBe("- [x] Build one data platform [source:: §3.2] [owner:: Bob] ^ck-tech-data");
		expect(lineOf(beta, "ck-tech-payments")).toBe("- [x] Connect overseas payment methods [source:: §3.2] [owner:: Bob] ^ck-tech-payments");
		expect(lineOf(beta, "ck-strategy-budget")).toBe("- [x] Set a trial budget for each new market [source:: §3.1] [owner:: Bob] ^ck-strategy-budget");
		expect(lineOf(acme, "ck-comp-register")).toBe("- [-] 建立合规台账 [source:: §3.4, §4.4] [retired:: 2026-05-01] ^ck-comp-register");
		expect(lineOf(acme, "ck-comp-data")).toBe("- [ ] 建立跨境数据合规清单 [source:: §3.4] ^ck-comp-data");
		expect(acme).toContain("Alice 的规划：先做东南亚，再做欧洲。");
		expect(beta).toContain("Bob's plan: the US first.");

		for (const who of PEOPLE) {
			expect(await check(who), `${who}: sync --check`).toBe(0);
			for (const path of [ACME, BETA, LIBRARY_PATH]) expect(read(dir(who), path), `${who}: ${path}`).toBe(read(dir("lead"), path));
		}
		expect(readdirSync(dir("alice"))).toEqual(readdirSync(dir("bob")));
	}, 30_000);
});
