/** Paths from flags and from the vault's saved settings: inside the vault, or refused; never re-rooted. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUILTIN_LIBRARY } from "../../src/core/index.js";
import { main, type Io } from "../../src/cli/main.js";

interface Captured extends Io {
	stdout: string;
	stderr: string;
}

function capture(): Captured {
	const io: Captured = { stdout: "", stderr: "", out: (s) => (io.stdout += s), err: (s) => (io.stderr += s), columns: 120, color: false, env: {} };
	return io;
}

const PLAN = "---\nintl-plan: 1\ncompany: Acme\nsize: small\nindustry: trading\nmarkets: [DE]\nchannel: platform\n---\n## Strategy\n- [ ] Pick the first market ^ck-a\n";
const PROFILE = ["--company", "Beta", "--size", "small", "--industry", "other", "--markets", "DE", "--channel", "platform", "--today", "2026-01-05"];

/** `root` holds the vault and what lies beside it, so a write that escapes shows up in `root`. */
let root: string;
let vault: string;
let outside: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), "intl-plan-paths-"));
	vault = join(root, "vault");
	outside = join(root, "outside");
	mkdirSync(join(vault, "Plans"), { recursive: true });
	mkdirSync(outside);
	writeFileSync(join(vault, "Plans", "Acme plan.md"), PLAN);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ status: number; io: Captured }> {
	const io = capture();
	const status = await main(argv, io);
	return { status, io };
}

/** What lies beside the vault: nothing but the vault and the (empty unless a test put something there) outside folder. */
function besideVault(): string[] {
	return readdirSync(root).sort();
}

function settings(saved: Record<string, unknown>): void {
	mkdirSync(join(vault, ".obsidian", "plugins", "intl-plan"), { recursive: true });
	writeFileSync(join(vault, ".obsidian", "plugins", "intl-plan", "data.json"), JSON.stringify(saved));
}

describe("flags: a vault path that leaves the vault is refused, exit 2, nothing written", () => {
	it.each([
		["new --folder", () => ["new", vault, ...PROFILE, "--folder", "../x"]],
		["new --folder, after a folder", () => ["new", vault, ...PROFILE, "--folder", "Plans/../../x"]],
		["new --folder, Windows separators", () => ["new", vault, ...PROFILE, "--folder", "..\\x"]],
		["canvas --out", () => ["canvas", vault, "--out", "../x.canvas"]],
		["library export --out", () => ["library", "export", vault, "--out", "../lib.md"]],
		["rollup --folder", () => ["rollup", vault, "--folder", "../"]],
	])("%s", async (_, argv) => {
		const { status, io } = await run(...argv());
		expect(status).toBe(2);
		expect(io.stderr).toMatch(/^intl-plan: --(folder|out) "[^"]+" leaves the vault; nothing was done\./);
		expect(io.stderr).not.toMatch(/\n\s+at /);
		expect(io.stdout).toBe("");
		expect(besideVault()).toEqual(["outside", "vault"]);
		expect(readdirSync(outside)).toEqual([]);
	});

	it("should say so in Chinese", async () => {
		const { status, io } = await run("new", vault, ...PROFILE, "--folder", "../x", "--lang", "zh");
		expect(status).toBe(2);
		expect(io.stderr).toContain("--folder“../x”指向仓库之外，未做任何操作。");
	});

	it("should refuse a path no vault can hold (a NUL byte, a name of dots) without a stack trace", async () => {
		for (const folder of ["Plans/a\u0000b", "Plans/..."]) {
			const { status, io } = await run("new", vault, ...PROFILE, "--folder", folder);
			expect(status).toBe(2);
			expect(io.stderr).toContain("is not a path a vault can hold; nothing was done.");
		}
	});

	it("should normalize a vault path: separators, . and .. that stay inside", async () => {
		const { status, io } = await run("new", vault, ...PROFILE, "--folder", ".\\Plans\\EU\\..\\Asia\\");
		expect(status).toBe(0);
		expect(io.stdout).toContain("Created Plans/Asia/Beta internationalization plan.md");
		expect(existsSync(join(vault, "Plans", "Asia", "Beta internationalization plan.md"))).toBe(true);
	});
});

describe("flags: absolute paths are never re-rooted inside the vault", () => {
	it("should refuse an absolute --folder outside the vault, and make nothing anywhere", async () => {
		const abs = join(outside, "plans");
		for (const argv of [["new", vault, ...PROFILE, "--folder", abs], ["rollup", vault, "--folder", abs]]) {
			const { status, io } = await run(...argv);
			expect(status).toBe(2);
			expect(io.stderr).toContain(`--folder "${abs}" is not inside the vault (${vault}); folders are vault paths`);
		}
		expect(readdirSync(outside)).toEqual([]);
		expect(readdirSync(vault).sort()).toEqual(["Plans"]);
	});

	it("should take an absolute --folder inside the vault as the vault path it is", async () => {
		const { status, io } = await run("new", vault, ...PROFILE, "--folder", join(vault, "Plans", "EU"));
		expect(status).toBe(0);
		expect(io.stdout).toContain("Created Plans/EU/Beta internationalization plan.md");
		const rollup = await run("rollup", vault, "--folder", join(vault, "Plans", "EU"), "--format", "json");
		expect((JSON.parse(rollup.io.stdout) as { plans: { path: string }[] }).plans.map((r) => r.path)).toEqual(["Plans/EU/Beta internationalization plan.md"]);
	});

	it("should write an absolute canvas --out exactly there, beside a changed one, and replace it only with --force", async () => {
		const target = join(outside, "p.canvas");
		const first = await run("canvas", vault, "--out", target);
		expect(first.status).toBe(0);
		expect(first.io.stdout).toBe(`Wrote ${target}.\n`);
		expect(JSON.parse(readFileSync(target, "utf8"))).toHaveProperty("nodes");
		expect(existsSync(join(vault, outside.slice(1)))).toBe(false);
		writeFileSync(target, "{}\n");
		const again = await run("canvas", vault, "--out", target);
		expect(again.status).toBe(0);
		expect(readFileSync(target, "utf8")).toBe("{}\n");
		expect(JSON.parse(readFileSync(join(outside, "p 2.canvas"), "utf8"))).toHaveProperty("nodes");
		expect((await run("canvas", vault, "--out", target, "--force")).status).toBe(0);
		expect(JSON.parse(readFileSync(target, "utf8"))).toHaveProperty("nodes");
	});

	it("should write an absolute library export --out there, and never over an existing file", async () => {
		const target = join(outside, "lib.md");
		const { status, io } = await run("library", "export", vault, "--out", target);
		expect(status).toBe(0);
		expect(io.stdout).toContain(`to ${target}.`);
		expect(readFileSync(target, "utf8")).toBe(BUILTIN_LIBRARY);
		expect((await run("library", "export", vault, "--out", target)).status).toBe(2);
	});
});

describe("flags: a linked folder inside the vault cannot carry a write outside it", () => {
	beforeEach(() => symlinkSync(outside, join(vault, "Plans", "linked"), "dir"));

	it.each([
		["new --folder", () => ["new", vault, ...PROFILE, "--folder", "Plans/linked/deeper"]],
		["canvas --out", () => ["canvas", vault, "--out", "Plans/linked/x.canvas"]],
		["library export --out", () => ["library", "export", vault, "--out", "Plans/linked/lib.md"]],
	])("%s", async (_, argv) => {
		const { status, io } = await run(...argv());
		expect(status).toBe(2);
		expect(io.stderr).toMatch(/would be written outside the vault, through the linked folder Plans\/linked; nothing was written\./);
		expect(readdirSync(outside)).toEqual([]);
	});

	it("should still write through a linked folder that stays inside the vault", async () => {
		mkdirSync(join(vault, "Real"));
		symlinkSync(join(vault, "Real"), join(vault, "Alias"), "dir");
		const { status } = await run("new", vault, ...PROFILE, "--folder", "Alias");
		expect(status).toBe(0);
		expect(readdirSync(join(vault, "Real"))).toEqual(["Beta internationalization plan.md"]);
	});
});

describe("--library: the vault's note first, then the path as given", () => {
	const TEAM = BUILTIN_LIBRARY.replace("## 战略决策", "## 战略决策\n\n- 团队自己的条目 ^ck-team-own\n    - en:: Our own item\n    - source:: team\n    - when:: always\n");

	it("should take back the path library export printed, from any current folder", async () => {
		const exported = await run("library", "export", vault, "--out", "Team/lib");
		expect(exported.io.stdout).toContain("to Team/lib.md.");
		writeFileSync(join(vault, "Team", "lib.md"), TEAM);
		const listed = await run("checklist", "--vault", vault, "--library", "Team/lib.md", "--size", "small", "--json");
		expect(listed.status).toBe(0);
		expect(listed.io.stdout).toContain("ck-team-own");
		const summary = await run("summary", vault, "--library", "Team/lib.md", "--today", "2026-01-05");
		expect(summary.status).toBe(0);
		expect((await run("library", "check", "Team/lib.md", "--vault", vault)).io.stdout).toMatch(/^Team\/lib\.md: \d+ items, no problems\./);
	});

	it("should read a library outside the vault when given one (absolute, or from the current folder)", async () => {
		writeFileSync(join(outside, "team.md"), TEAM);
		const listed = await run("checklist", "--vault", vault, "--library", join(outside, "team.md"), "--json");
		expect(listed.status).toBe(0);
		expect(listed.io.stdout).toContain("ck-team-own");
	});

	it("should say which path it looked for when there is none", async () => {
		const { status, io } = await run("summary", vault, "--library", "Team/none.md");
		expect(status).toBe(2);
		expect(io.stderr).toBe("intl-plan: No library note at Team/none.md.\n");
	});
});

describe("settings in the vault's data.json that leave the vault", () => {
	it("should stop new, naming plansFolder and data.json, rather than write elsewhere; --folder stands in", async () => {
		settings({ plansFolder: "../escaped" });
		const { status, io } = await run("new", vault, ...PROFILE);
		expect(status).toBe(2);
		expect(io.stderr).toBe(
			'intl-plan: .obsidian/plugins/intl-plan/data.json: plansFolder "../escaped" leaves the vault; nothing was done. Fix it in the plugin\'s settings, or give --folder.\n',
		);
		expect(besideVault()).toEqual(["outside", "vault"]);
		const given = await run("new", vault, ...PROFILE, "--folder", "Plans");
		expect(given.status).toBe(0);
		expect(given.io.stderr).toBe('intl-plan: .obsidian/plugins/intl-plan/data.json: plansFolder "../escaped" leaves the vault; it is not used ("Plans" instead).\n');
	});

	it("should name every setting to fix at once, in verbs that use them", async () => {
		settings({ plansFolder: "../escaped", libraryPath: "../lib.md", templatesFolder: "../tpl" });
		const { status, io } = await run("new", vault, ...PROFILE);
		expect(status).toBe(2);
		expect(io.stderr.split("\n").filter((l) => l !== "").map((l) => l.replace(/^intl-plan: \.obsidian\/plugins\/intl-plan\/data\.json: (\w+) .*(nothing was done|is not used).*$/, "$1: $2"))).toEqual([
			"templatesFolder: is not used",
			"libraryPath: nothing was done",
			"plansFolder: nothing was done",
		]);
	});

	it.each([
		["summary", () => ["summary", vault, "--today", "2026-01-05"]],
		["sync", () => ["sync", vault, "--dry-run", "--today", "2026-01-05"]],
		["rollup", () => ["rollup", vault, "--today", "2026-01-05"]],
		["new", () => ["new", vault, ...PROFILE, "--folder", "Plans"]],
		["checklist --vault", () => ["checklist", "--vault", vault]],
		["library export", () => ["library", "export", vault]],
	])("should stop %s when libraryPath leaves the vault: another library would retire the team's items", async (_, argv) => {
		writeFileSync(join(outside, "lib.md"), BUILTIN_LIBRARY);
		settings({ libraryPath: "../outside/lib.md" });
		const { status, io } = await run(...argv());
		expect(status).toBe(2);
		expect(io.stderr).toMatch(/^intl-plan: \.obsidian\/plugins\/intl-plan\/data\.json: libraryPath "\.\.\/outside\/lib\.md" leaves the vault; nothing was done\. Fix it in the plugin's settings, or give --(library|out)\.\n$/);
		expect(io.stdout).toBe("");
		expect(readdirSync(outside)).toEqual(["lib.md"]);
	});

	it("should warn, and carry on, in verbs that do not use the setting", async () => {
		settings({ libraryPath: "/abs/../../lib.md", templatesFolder: "../tpl", summaryNoteName: "../../s" });
		const { status, io } = await run("index", vault, "--json");
		expect(status).toBe(0);
		expect(io.stderr.split("\n").filter((l) => l !== "")).toEqual([
			'intl-plan: .obsidian/plugins/intl-plan/data.json: libraryPath "/abs/../../lib.md" leaves the vault; it is not used (the built-in library instead).',
			'intl-plan: .obsidian/plugins/intl-plan/data.json: templatesFolder "../tpl" leaves the vault; it is not used ("Templates/Intl plan" instead).',
			'intl-plan: .obsidian/plugins/intl-plan/data.json: summaryNoteName "../../s" is not a file name; it is not used ("{title} 摘要 Summary" instead).',
		]);
	});

	it("should write the summary under the default name, never a name that climbs out of the plan's folder", async () => {
		settings({ summaryNoteName: "../../{title}" });
		const { status, io } = await run("summary", vault, "--write", "--today", "2026-01-05");
		expect(status).toBe(0);
		expect(io.stdout).toBe("Wrote Plans/Acme plan 摘要 Summary.md.\n");
		expect(besideVault()).toEqual(["outside", "vault"]);
	});

	it("should say so in Chinese", async () => {
		settings({ templatesFolder: "C:\\Templates" });
		const { io } = await run("index", vault, "--lang", "zh");
		expect(io.stderr).toBe("intl-plan: .obsidian/plugins/intl-plan/data.json：templatesFolder“C:\\Templates”指向仓库之外，不予使用（改用“Templates/Intl plan”）。\n");
	});
});
