/**
 * A note's control characters never reach the terminal: every verb's stdout and stderr, through
 * main(argv, io), hold no C0/C1 control but tab and newline, and no escape sequence but the CLI's own
 * colour codes (show with colour on). JSON output keeps the data: C1 escaped as \u009b, not dropped.
 * What --write stores holds none either.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main, type Io } from "../../src/cli/main.js";
import { controlsIn, escapeSequences, withoutColour } from "../support/controls.js";

interface Captured extends Io {
	stdout: string;
	stderr: string;
}

function capture(color = false): Captured {
	const io: Captured = { stdout: "", stderr: "", out: (s) => (io.stdout += s), err: (s) => (io.stderr += s), columns: 120, color, env: {} };
	return io;
}

const OSC52 = "\u001b]52;c;aGVsbG8=\u0007";
const TITLE = "\u001b]0;pwned\u0007";
const CSI = "\u001b[2J\u001b[31m";
const C1 = "\u009b2J\u009d0;c1 title\u009c";

const PLAN_NAME = `Evil${TITLE}\u009b2Jplan`;
const PLAN = `---
intl-plan: 1
company: "ACME${OSC52}"
owner: "Bob${C1}"
markets: [DE]
---
## 战略决策 Strategy
- [ ] Pick a market ${CSI}now${C1} 📅 2020-01-10 [owner:: Eve${TITLE}]
- [x] Read the paper [done-by:: Mallory${OSC52}]
`;

let vault: string;
beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "intl-plan-tty-"));
	mkdirSync(join(vault, "Plans"));
	writeFileSync(join(vault, "Plans", `${PLAN_NAME}.md`), PLAN);
	// An unreadable note whose name carries a sequence: listed as a problem on stderr.
	symlinkSync(join(vault, "missing"), join(vault, `Broken${OSC52}.md`));
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

async function run(argv: readonly string[], color = false): Promise<Captured & { status: number }> {
	const io = capture(color);
	const status = await main(argv, io);
	return Object.assign(io, { status });
}

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
	if (typeof value === "string") return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === "object") return Object.values(value).flatMap(strings);
	return [];
}

function expectClean(io: Captured): void {
	expect(controlsIn(io.stdout)).toEqual([]);
	expect(controlsIn(io.stderr)).toEqual([]);
}

describe("what the CLI prints from hostile notes", () => {
	it.each([
		["summary", ["summary", "--today", "2026-11-25"]],
		["summary in Chinese", ["summary", "--lang", "zh", "--today", "2026-11-25"]],
		["index", ["index"]],
		["rollup", ["rollup", "--today", "2026-11-25"]],
		["show without colour", ["show", "--today", "2026-11-25"]],
		["sync --dry-run (the diff)", ["sync", "--dry-run", "--today", "2026-11-25"]],
		["sync --check", ["sync", "--check", "--today", "2026-11-25"]],
		["canvas", ["canvas"]],
	])("should hold no control character: %s", async (_, args) => {
		const [verb, ...rest] = args as [string, ...string[]];
		const io = await run([verb, vault, ...rest]);
		expect(io.status).not.toBe(2);
		expect(io.stdout.length).toBeGreaterThan(0);
		expectClean(io);
	});

	it("should name a problem path without its escape sequence, and show what is left of it", async () => {
		const io = await run(["index", vault]);
		expect(io.stderr + io.stdout).toContain("Broken.md");
		expectClean(io);
	});

	it("should print the diff of sync --dry-run with the note's text, not its controls", async () => {
		const io = await run(["sync", vault, "--dry-run", "--today", "2026-11-25"]);
		expect(io.stdout).toContain("Pick a market now");
		expectClean(io);
	});

	it("should clean error messages that echo a flag's value", async () => {
		const io = await run(["summary", vault, "--plan", `nope${TITLE}`]);
		expect(io.status).toBe(2);
		expect(io.stderr).toContain("nope");
		expectClean(io);
	});

	it("should keep show's own colour codes and nothing else", async () => {
		const io = await run(["show", vault, "--today", "2026-11-25"], true);
		const sequences = escapeSequences(io.stdout);
		expect(sequences.length).toBeGreaterThan(0);
		for (const s of sequences) expect(s.slice(1)).toMatch(/^\[[0-9;]*m$/);
		expect(controlsIn(withoutColour(io.stdout))).toEqual([]);
		expect(io.stdout).toContain("Pick a market now");
	});

	it.each([
		["summary", ["summary", "--format", "json", "--today", "2026-11-25"]],
		["index", ["index", "--json"]],
		["rollup", ["rollup", "--format", "json", "--today", "2026-11-25"]],
	])("should print valid JSON that keeps the note's text, controls escaped: %s", async (_, args) => {
		const [verb, ...rest] = args as [string, ...string[]];
		const io = await run([verb, vault, ...rest]);
		expectClean(io);
		expect(io.stdout).toContain("\\u009b2J");
		expect(strings(JSON.parse(io.stdout))).toContain(`Plans/${PLAN_NAME}.md`);
	});
});

describe("what --write stores", () => {
	it("should write a summary note with no control character, and say where without one", async () => {
		const io = await run(["summary", vault, "--write", "--today", "2026-11-25"]);
		expectClean(io);
		const [name] = readdirSync(join(vault, "Plans")).filter((f) => f.includes("Summary"));
		const text = readFileSync(join(vault, "Plans", name ?? ""), "utf8");
		expect(controlsIn(text)).toEqual([]);
		expect(text).toContain("ACME");
		expect(text.match(/```/g)).toHaveLength(2);
	});

	it("should write the region in the plan with no control character, leaving the note's own text as it was", async () => {
		const io = await run(["summary", vault, "--write", "--in-plan", "--today", "2026-11-25"]);
		expectClean(io);
		const text = readFileSync(join(vault, "Plans", `${PLAN_NAME}.md`), "utf8");
		expect(text.startsWith(PLAN)).toBe(true);
		expect(controlsIn(text.slice(PLAN.length))).toEqual([]);
	});
});
