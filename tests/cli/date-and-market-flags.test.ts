/** --today and --horizon checked the same way by every verb; unknown --markets warned about where they are typed. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
const PROFILE = ["--company", "Beta", "--size", "small", "--industry", "other", "--channel", "platform"];

let vault: string;
beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "intl-plan-flags-"));
	mkdirSync(join(vault, "Plans"));
	writeFileSync(join(vault, "Plans", "Acme plan.md"), PLAN);
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ status: number; io: Captured }> {
	const io = capture();
	const status = await main(argv, io);
	return { status, io };
}

describe("--today and --horizon: one date check for every verb", () => {
	const verbs: [string, (date: string) => string[]][] = [
		["new --today", (d) => ["new", vault, ...PROFILE, "--markets", "DE", "--today", d]],
		["new --horizon", (d) => ["new", vault, ...PROFILE, "--markets", "DE", "--today", "2026-01-05", "--horizon", d]],
		["summary --today", (d) => ["summary", vault, "--today", d]],
		["summary --write --today", (d) => ["summary", vault, "--write", "--today", d]],
		["rollup --today", (d) => ["rollup", vault, "--today", d]],
		["sync --today", (d) => ["sync", vault, "--today", d]],
		["show --today", (d) => ["show", vault, "--today", d]],
	];
	const cases = verbs.flatMap(([name, argv]) => ["2026-13-45", "2026-02-30", "2026-00-10", "tomorrow"].map((date) => [name, date, argv] as const));

	it.each(cases)("%s %s: refused, exit 2, nothing written", async (name, date, argv) => {
		const before = readFileSync(join(vault, "Plans", "Acme plan.md"), "utf8");
		const { status, io } = await run(...argv(date));
		expect(status).toBe(2);
		const option = name.split(" ").at(-1) ?? "";
		expect(io.stderr).toBe(`intl-plan: ${option} "${date}" is not a date (YYYY-MM-DD).\n`);
		expect(io.stdout).toBe("");
		expect(readdirSync(join(vault, "Plans"))).toEqual(["Acme plan.md"]);
		expect(readFileSync(join(vault, "Plans", "Acme plan.md"), "utf8")).toBe(before);
	});

	it("should say so in Chinese", async () => {
		const { status, io } = await run("show", vault, "--today", "2026-02-30", "--lang", "zh");
		expect(status).toBe(2);
		expect(io.stderr).toBe("intl-plan: --today“2026-02-30”不是日期（YYYY-MM-DD）。\n");
	});

	it("should accept a real date, leap day included, and write it as YYYY-MM-DD", async () => {
		const { status } = await run("new", vault, ...PROFILE, "--markets", "DE", "--today", "2028-02-29", "--horizon", "2028/3/1");
		expect(status).toBe(0);
		const note = readFileSync(join(vault, "Plans", "Beta internationalization plan.md"), "utf8");
		expect(note).toMatch(/^created: 2028-02-29$/m);
		expect(note).toMatch(/^horizon: 2028-03-01 #/m);
	});
});

describe("--markets: a market the table does not know is warned about where it is typed", () => {
	it("should create the plan, exit 0, and suggest the market meant", async () => {
		const { status, io } = await run("new", vault, ...PROFILE, "--markets", "Brasil, DE", "--today", "2026-01-05");
		expect(status).toBe(0);
		expect(io.stderr).toBe('intl-plan: --markets: market "Brasil" is not in the built-in table; it is treated as emerging. Did you mean BR (Brazil / 巴西)?\n');
		expect(existsSync(join(vault, "Plans", "Beta internationalization plan.md"))).toBe(true);
	});

	it("should list the known markets when nothing is near", async () => {
		const { status, io } = await run("checklist", "--markets", "XYZ", "--size", "small");
		expect(status).toBe(0);
		expect(io.stderr).toMatch(/^intl-plan: --markets: market "XYZ" is not in the built-in table; it is treated as emerging\. Known markets: AD, AE, .*\bBR, .*\bSoutheast Asia, .*\bUS, .*\.\n$/);
		expect(io.stdout).toContain("checklist items for this profile");
	});

	it("should say so in Chinese", async () => {
		const { io } = await run("checklist", "--markets", "巴两", "--lang", "zh");
		expect(io.stderr).toBe("intl-plan: --markets：市场“巴两”不在内置分类表中，按新兴市场处理。您是否指的是 BR (Brazil / 巴西)？\n");
	});

	it("should say nothing of known markets, names and regions, or of one the vault's settings classify", async () => {
		mkdirSync(join(vault, ".obsidian", "plugins", "intl-plan"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "plugins", "intl-plan", "data.json"), JSON.stringify({ marketTypes: { Nordics: "developed" } }));
		const { status, io } = await run("checklist", "--vault", vault, "--markets", "DE, 巴西, Southeast Asia, eu, Nordics");
		expect(status).toBe(0);
		expect(io.stderr).toBe("");
	});
});
