import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main, type Io } from "../../src/cli/main.js";

interface Captured extends Io {
	stdout: string;
	stderr: string;
}

/** @param tty false: output piped (no terminal width) */
function capture(env: Record<string, string> = {}, tty = true): Captured {
	const io: Captured = {
		stdout: "",
		stderr: "",
		out: (s) => (io.stdout += s),
		err: (s) => (io.stderr += s),
		columns: tty ? 120 : undefined,
		color: false,
		env,
	};
	return io;
}

const PLAN = `---
intl-plan: 1
company: Acme 测试
size: small
industry: trading
markets: [SG, DE]
channel: platform
---
## 战略决策 Strategy
- [ ] Pick the first market 📅 2026-01-10 ^ck-a
- [x] Read the paper
## 风险合规 Compliance
- [/] Register trademark [owner:: 李明]
`;

let vault: string;
beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "intl-plan-cli-"));
	mkdirSync(join(vault, "Plans"));
	writeFileSync(join(vault, "Plans", "Acme plan.md"), PLAN);
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("intl-plan index", () => {
	it("should print the JSON contract", async () => {
		const io = capture();
		expect(await main(["index", vault, "--json"], io)).toBe(0);
		const json = JSON.parse(io.stdout) as { version: number; plans: { path: string }[]; items: { line: number; status: string }[] };
		expect(json.version).toBe(1);
		expect(json.plans.map((p) => p.path)).toEqual(["Plans/Acme plan.md"]);
		expect(json.items.map((i) => [i.line, i.status])).toEqual([
			[10, "open"],
			[11, "done"],
			[13, "in-progress"],
		]);
	});

	it("should list an unreadable file as a problem, index the rest and exit 1", async () => {
		symlinkSync(join(vault, "missing-target.md"), join(vault, "Broken link.md"));
		const io = capture();
		expect(await main(["index", vault, "--json"], io)).toBe(1);
		const json = JSON.parse(io.stdout) as { items: unknown[]; problems: { path: string; message: string }[] };
		expect(json.items).toHaveLength(3);
		expect(json.problems).toEqual([expect.objectContaining({ path: "Broken link.md", message: expect.stringContaining("Could not read") as string })]);
	});

	it("should skip binary and huge notes with a clear problem, exit 1", async () => {
		writeFileSync(join(vault, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
		writeFileSync(join(vault, "dump.md"), "");
		truncateSync(join(vault, "dump.md"), 40 * 1024 * 1024);
		const io = capture();
		expect(await main(["index", vault, "--json", "--lang", "zh"], io)).toBe(1);
		const json = JSON.parse(io.stdout) as { problems: { path: string; message: string }[] };
		expect(json.problems.map((p) => p.path)).toEqual(["dump.md", "image.md"]);
		expect(json.problems[0]?.message).toContain("超过");
		expect(json.problems[1]?.message).toContain("二进制");
	});

	it("should report malformed YAML with its line and keep going", async () => {
		writeFileSync(join(vault, "bad.md"), "---\ntags: [intl/strategy\n---\n- [ ] still read #intl/strategy\n");
		const io = capture();
		expect(await main(["index", vault, "--json"], io)).toBe(0);
		const json = JSON.parse(io.stdout) as { items: { path: string }[]; problems: { path: string; line: number }[] };
		expect(json.items.filter((i) => i.path === "bad.md")).toHaveLength(1);
		expect(json.problems[0]).toMatchObject({ path: "bad.md", line: 2 });
	});
});

describe("intl-plan errors", () => {
	it("should exit 2 with a clear message for a missing vault", async () => {
		const io = capture();
		expect(await main(["index", join(vault, "nope"), "--json"], io)).toBe(2);
		expect(io.stderr).toMatch(/No vault at .*nope/);
		expect(io.stdout).toBe("");
	});

	it("should say it in Chinese when asked", async () => {
		const io = capture();
		expect(await main(["show", join(vault, "nope"), "--lang", "zh"], io)).toBe(2);
		expect(io.stderr).toContain("没有仓库");
	});

	it("should follow the terminal's locale when --lang is not given", async () => {
		const io = capture({ LANG: "zh_CN.UTF-8" });
		expect(await main(["index", join(vault, "nope")], io)).toBe(2);
		expect(io.stderr).toContain("没有仓库");
	});

	it("should exit 2 for an unknown flag", async () => {
		const io = capture();
		expect(await main(["index", vault, "--jsn"], io)).toBe(2);
		expect(io.stderr).toContain("--jsn");
	});

	it("should exit 2 for a bad --lang and a bad --width", async () => {
		const a = capture();
		expect(await main(["show", vault, "--lang", "fr"], a)).toBe(2);
		expect(a.stderr).toContain("fr");
		const b = capture();
		expect(await main(["show", vault, "--width", "abc"], b)).toBe(2);
		expect(b.stderr).toContain("--width");
	});

	it("should exit 2 when --plan matches no plan, listing the plans", async () => {
		const io = capture();
		expect(await main(["show", vault, "--plan", "Globex"], io)).toBe(2);
		expect(io.stderr).toContain("Plans/Acme plan.md");
	});

	it("should exit 2 for a file given as the vault", async () => {
		const io = capture();
		expect(await main(["index", join(vault, "Plans", "Acme plan.md")], io)).toBe(2);
		expect(io.stderr).toContain("not a folder");
	});
});

describe("intl-plan show", () => {
	it("should draw the chosen plan's quadrants", async () => {
		const io = capture();
		expect(await main(["show", vault, "--plan", "acme plan", "--today", "2026-11-25"], io)).toBe(0);
		expect(io.stdout).toContain("Pick the first market");
		expect(io.stdout).toContain("Register trademark");
		expect(io.stdout).not.toContain("Read the paper"); // done items are counted, not listed
	});

	it("should read the vault's saved plugin settings (tag aliases)", async () => {
		mkdirSync(join(vault, ".obsidian", "plugins", "intl-plan"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "plugins", "intl-plan", "data.json"), JSON.stringify({ tagAliases: { marketing: ["出海/营销"] } }));
		writeFileSync(join(vault, "Plans", "campaign.md"), "- [ ] Launch the 12.12 campaign #出海/营销\n");
		const io = capture();
		expect(await main(["index", vault, "--json"], io)).toBe(0);
		const json = JSON.parse(io.stdout) as { items: { dimension: string; text: string }[] };
		expect(json.items).toContainEqual(expect.objectContaining({ dimension: "marketing", text: "Launch the 12.12 campaign" }));
	});

	it("should warn about unreadable settings and use the defaults", async () => {
		mkdirSync(join(vault, ".obsidian", "plugins", "intl-plan"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "plugins", "intl-plan", "data.json"), "{ not json");
		const io = capture();
		expect(await main(["index", vault, "--json"], io)).toBe(0);
		expect(io.stderr).toContain("data.json");
	});
});

describe("Commander's own errors, in the user's language", () => {
	it.each([
		[["bogus"], "unknown command bogus.", "未知命令 bogus。"],
		[["show", "--plna", "x"], "unknown option --plna. Did you mean --plan?", "未知选项 --plna。你是不是想用 --plan？"],
		[["library", "check"], "missing required argument note.", "缺少必需的参数 note。"],
		[["index", "--lang", "fr"], "option --lang <lang> cannot be fr: use one of en, zh.", "选项 --lang <lang> 不能取 fr：请使用 en, zh 之一。"],
		[["show", "a", "b"], "too many arguments for show: expected 1, got 2.", "show 的参数过多：应为 1 个，实际 2 个。"],
	])("%j", async (argv, en, zh) => {
		const english = capture({ LANG: "en_US.UTF-8" });
		expect(await main(argv, english)).toBe(2);
		expect(english.stderr).toBe(`intl-plan: ${en}\nRun intl-plan --help for usage.\n`);
		const chinese = capture({ LANG: "zh_CN.UTF-8" });
		expect(await main(argv, chinese)).toBe(2);
		expect(chinese.stderr).toBe(`intl-plan: ${zh}\n运行 intl-plan --help 查看用法。\n`);
	});
});

describe("intl-plan show: filters and lists", () => {
	const show = async (...flags: string[]): Promise<Captured> => {
		const io = capture();
		expect(await main(["show", vault, "--today", "2025-12-20", ...flags], io)).toBe(0);
		return io;
	};

	it("should list one owner's items, say when a quadrant has none, and keep the counts of the whole plan", async () => {
		const io = await show("--owner", "李明");
		expect(io.stdout).toContain("◐ Register trademark @李明");
		expect(io.stdout).not.toContain("Pick the first market");
		expect(io.stdout).toContain("No item matches the filters");
		expect(io.stdout).toContain("1/3 done");
	});

	it("should list work due in a window, done tasks, or every task", async () => {
		expect((await show("--due", "30d")).stdout).toContain("Pick the first market");
		expect((await show("--due", "overdue")).stdout).not.toContain("Pick the first market");
		const done = (await show("--status", "done")).stdout;
		expect(done).toContain("✓ Read the paper");
		expect(done).not.toContain("Pick the first market");
		const all = (await show("--status", "all")).stdout;
		expect(all.indexOf("○ Pick the first market")).toBeLessThan(all.indexOf("✓ Read the paper"));
	});

	it("should list every item with --all instead of the first 8 and a count of the rest", async () => {
		writeFileSync(join(vault, "Plans", "many.md"), `## Strategy\n${Array.from({ length: 12 }, (_, i) => `- [ ] task ${i + 1}`).join("\n")}\n`);
		expect((await show()).stdout).toContain("… and 5 more");
		const all = (await show("--all")).stdout;
		expect(all).not.toContain("more");
		expect(all).toContain("task 12");
	});

	it("should refuse a value it does not know, naming the ones it does", async () => {
		for (const [flag, value, allowed] of [["--due", "soon", "overdue, today, 7d, 2w"], ["--status", "closed", "open, done, all"], ["--sort", "size", "priority, due"]] as const) {
			const io = capture();
			expect(await main(["show", vault, flag, value], io)).toBe(2);
			expect(io.stderr).toContain(`${flag} "${value}" is not one of: ${allowed}.`);
		}
	});
});

describe("one output vocabulary: --format md|json, --json its short form, a version in every JSON", () => {
	it("should print show as JSON: each plan's quadrants (counts of the whole plan, items as filtered) and unsorted tasks", async () => {
		const io = capture();
		expect(await main(["show", vault, "--format", "json", "--owner", "李明"], io)).toBe(0);
		const json = JSON.parse(io.stdout) as { version: number; plans: { path: string; title: string; quadrants: { dimension: string; total: number; items: { text: string }[] }[]; unsorted: unknown[] }[] };
		expect(json.version).toBe(1);
		expect(json.plans.map((p) => [p.path, p.title])).toEqual([["Plans/Acme plan.md", "Acme plan"]]);
		expect(json.plans[0]?.quadrants.map((q) => [q.dimension, q.total, q.items.map((i) => i.text)])).toEqual([
			["strategy", 2, []],
			["technology", 0, []],
			["marketing", 0, []],
			["compliance", 1, ["Register trademark"]],
		]);
		expect(io.stdout).not.toContain("\u001b");
		// Every item as data; --status chooses the tasks, as in the grid.
		const all = capture();
		expect(await main(["show", vault, "--json"], all)).toBe(0);
		const texts = (out: string): string[] => (JSON.parse(out) as typeof json).plans.flatMap((p) => p.quadrants.flatMap((q) => q.items.map((i) => i.text)));
		expect(texts(all.stdout)).toEqual(["Pick the first market", "Read the paper", "Register trademark"]);
		const done = capture();
		expect(await main(["show", vault, "--json", "--status", "done"], done)).toBe(0);
		expect(texts(done.stdout)).toEqual(["Read the paper"]);
	});

	it("should read --json as --format json on index, and refuse the two asking for different outputs", async () => {
		const a = capture();
		const b = capture();
		expect(await main(["index", vault, "--json"], a)).toBe(0);
		expect(await main(["index", vault, "--format", "json"], b)).toBe(0);
		expect(a.stdout).toBe(b.stdout);
		const clash = capture();
		expect(await main(["index", vault, "--json", "--format", "md"], clash)).toBe(2);
		expect(clash.stderr).toContain("--json and --format md ask for different outputs");
		const bad = capture();
		expect(await main(["index", vault, "--format", "html"], bad)).toBe(2);
		expect(bad.stderr).toContain('--format "html" is not one of: md, json.');
	});
});

describe("a plan's tasks with no dimension (the unsorted tray)", () => {
	beforeEach(() => {
		mkdirSync(join(vault, "Plans", "Meetings"));
		// Nothing here names a dimension or a plan: only its folder puts it in Acme's plan.
		writeFileSync(join(vault, "Plans", "Meetings", "weekly.md"), "# Weekly\n\n- [ ] Book the room @赵敏 📅 2026-01-05\n- [x] Send minutes\n");
		writeFileSync(join(vault, "Elsewhere.md"), "- [ ] Buy milk\n");
	});

	it("should draw them under the grid, each with its note, and not repeat them as problems", async () => {
		const io = capture();
		expect(await main(["show", vault, "--today", "2026-11-25"], io)).toBe(0);
		expect(io.stdout).toContain("Unsorted: 2 tasks with no dimension\n○ Book the room @赵敏 📅 01-05! · weekly\n");
		expect(io.stdout).toContain("Tag a task (e.g. #intl/risk)");
		expect(io.stdout).not.toContain("Buy milk");
		expect(io.stderr).toBe("");
	});

	it("should list them in the JSON and as a problem in index", async () => {
		const io = capture();
		expect(await main(["index", vault, "--json"], io)).toBe(0);
		const json = JSON.parse(io.stdout) as { unsorted: { path: string; text: string; plan: string }[]; problems: { path: string; code: string }[] };
		expect(json.unsorted.map((u) => [u.path, u.text, u.plan])).toEqual([
			["Plans/Meetings/weekly.md", "Book the room", "Plans/Acme plan.md"],
			["Plans/Meetings/weekly.md", "Send minutes", "Plans/Acme plan.md"],
		]);
		expect(json.problems.map((p) => [p.path, p.code])).toEqual([["Plans/Meetings/weekly.md", "tasks-no-dimension"]]);
	});
});

describe("intl-plan new, checklist and library", () => {
	const flags = ["--company", "Globex 环球", "--size", "small", "--industry", "trading", "--markets", "SG,VN", "--channel", "platform", "--lang", "zh", "--today", "2026-11-25"];

	it("should create a plan the index reads back with its checklist", async () => {
		const io = capture();
		expect(await main(["new", vault, ...flags], io)).toBe(0);
		expect(io.stdout).toMatch(/Plans\/Globex 环球 国际化规划\.md/);
		const json = capture();
		await main(["index", vault, "--json"], json);
		const index = JSON.parse(json.stdout) as { plans: { path: string; profile: { size: string; markets: { code: string }[] } }[]; items: { plan: string; blockId: string }[] };
		const plan = index.plans.find((p) => p.path === "Plans/Globex 环球 国际化规划.md");
		expect(plan?.profile.size).toBe("small");
		expect(plan?.profile.markets.map((m) => m.code)).toEqual(["SG", "VN"]);
		expect(index.items.filter((i) => i.plan === plan?.path && i.blockId?.startsWith("ck-")).length).toBeGreaterThan(40);
	});

	it("should never overwrite an existing note", async () => {
		await main(["new", vault, ...flags], capture());
		const io = capture();
		expect(await main(["new", vault, ...flags], io)).toBe(2);
		expect(io.stderr).toContain("已存在");
	});

	it("should exit 2 with the allowed values for a bad --size, and for a missing --company", async () => {
		const a = capture();
		expect(await main(["new", vault, ...flags, "--size", "huge"], a)).toBe(2);
		expect(a.stderr).toMatch(/huge.*large/);
		const b = capture();
		expect(await main(["new", vault, "--size", "small", "--lang", "en"], b)).toBe(2);
		expect(b.stderr).toContain("--company is required");
	});

	it("should word the plan with --wording, --lang being the output language (the old --lang both still words it, with a note)", async () => {
		const base = flags.filter((f, i) => f !== "--lang" && flags[i - 1] !== "--lang");
		const both = capture();
		expect(await main(["new", vault, ...base, "--wording", "both", "--lang", "en"], both)).toBe(0);
		expect(both.stdout).toMatch(/^Created Plans\/Globex 环球 internationalization plan\.md/);
		const text = readFileSync(join(vault, "Plans", "Globex 环球 internationalization plan.md"), "utf8");
		expect(text).toMatch(/^lang: both\b/m);
		const legacy = capture();
		expect(await main(["new", vault, ...base, "--lang", "both", "--title", "Old way"], legacy)).toBe(0);
		expect(legacy.stderr).toContain("write --wording both");
		expect(readFileSync(join(vault, "Plans", "Old way.md"), "utf8")).toMatch(/^lang: both\b/m);
		const bad = capture();
		expect(await main(["new", vault, ...base, "--wording", "fr"], bad)).toBe(2);
		expect(bad.stderr).toContain('--wording "fr" is not one of');
	});

	it("should list the applicable items as JSON with both texts, sources and markets", async () => {
		const io = capture();
		expect(await main(["checklist", "--size", "small", "--markets", "DE,VN", "--channel", "platform", "--json"], io)).toBe(0);
		const json = JSON.parse(io.stdout) as { version: number; items: { id: string; zh: string; en: string; source: string[]; markets: string[] | null }[] };
		expect(json.version).toBe(1);
		const { items } = json;
		expect(items.find((i) => i.id === "ck-strategy-platform-first")).toMatchObject({ source: ["§4.1"], markets: null });
		expect(items.find((i) => i.id === "ck-tech-rapid-iteration")?.markets).toEqual(["VN"]);
		expect(items.every((i) => i.zh && i.en)).toBe(true);
	});

	it("should export the library once, then check it clean", async () => {
		const io = capture();
		expect(await main(["library", "export", vault], io)).toBe(0);
		expect(io.stdout).toContain("Intl plan/checklist-library.md");
		expect(await main(["library", "export", vault], capture())).toBe(2);
		const check = capture();
		expect(await main(["library", "check", join(vault, "Intl plan", "checklist-library.md")], check)).toBe(0);
		expect(check.stdout).toContain("no problems");
	});

	it("should exit 1 and list problems with lines for a broken library", async () => {
		const broken = join(vault, "lib.md");
		writeFileSync(broken, "## 战略决策 Strategy\n- 评估 ^ck-a\n    - when:: size = huge\n    - source:: §3.1\n");
		const io = capture();
		expect(await main(["library", "check", broken, "--lang", "en"], io)).toBe(1);
		expect(io.stdout).toMatch(/lib\.md:2: \^ck-a has no en text/);
	});

	it("should leave the templates folder out of the index", async () => {
		mkdirSync(join(vault, "Templates", "Intl plan"), { recursive: true });
		writeFileSync(join(vault, "Templates", "Intl plan", "plan.md"), "---\nintl-plan: 1\ncreated: {{date}}\n---\n## 战略决策 Strategy\n");
		const io = capture();
		await main(["index", vault, "--json"], io);
		expect((JSON.parse(io.stdout) as { plans: { path: string }[] }).plans.map((p) => p.path)).toEqual(["Plans/Acme plan.md"]);
		expect(io.stderr).toBe("");
	});
});

describe("the core Templates plugin's folder", () => {
	const TEMPLATE = "---\nintl-plan: 1\ncompany: {{title}}\n---\n## 战略决策 Strategy\n\n- [ ] 选定首发市场\n";

	it.each([
		["index", ["index", "--json"]],
		["sync --check", ["sync", "--check"]],
		["rollup", ["rollup", "--format", "json"]],
	] as const)("should be skipped by %s like the plugin's own templates folder (no phantom plan)", async (_verb, args) => {
		mkdirSync(join(vault, "Meta", "Templates"), { recursive: true });
		writeFileSync(join(vault, "Meta", "Templates", "Plan.md"), TEMPLATE);
		mkdirSync(join(vault, ".obsidian"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "templates.json"), JSON.stringify({ folder: "/Meta/Templates/" }));
		const io = capture();
		const [verb, ...rest] = args;
		await main([verb, vault, ...rest], io);
		expect(io.stdout).not.toContain("Meta/Templates");
		expect(io.stderr).not.toContain("Meta/Templates");
	});

	it("should index the folder as any other when templates.json names none, or cannot be read", async () => {
		mkdirSync(join(vault, "Meta", "Templates"), { recursive: true });
		writeFileSync(join(vault, "Meta", "Templates", "Plan.md"), TEMPLATE);
		mkdirSync(join(vault, ".obsidian"), { recursive: true });
		for (const json of ['{"folder": ""}', "{not json", '{"folder": "../outside"}']) {
			writeFileSync(join(vault, ".obsidian", "templates.json"), json);
			const io = capture();
			await main(["index", vault, "--json"], io);
			expect((JSON.parse(io.stdout) as { plans: { path: string }[] }).plans.map((p) => p.path), json).toContain("Meta/Templates/Plan.md");
		}
	});
});

describe("intl-plan summary, canvas and rollup", () => {
	const plan = join("Plans", "Acme plan.md");

	it("should print the summary in the plan's language and as JSON", async () => {
		const md = capture();
		expect(await main(["summary", vault, "--today", "2026-11-25", "--lang", "zh"], md)).toBe(0);
		expect(md.stdout).toContain("# 规划摘要：Acme plan");
		expect(md.stdout).toContain("```mermaid");
		const json = capture();
		expect(await main(["summary", vault, "--format", "json", "--today", "2026-11-25"], json)).toBe(0);
		const { version, summaries } = JSON.parse(json.stdout) as { version: number; summaries: { overdue: { daysLate: number }[] }[] };
		expect(version).toBe(1);
		const [s] = summaries;
		expect(s?.overdue.map((o) => o.daysLate)).toEqual([319]);
	});

	it("should write between the markers, touching nothing else, and not again when nothing changed", async () => {
		const before = readFileSync(join(vault, plan), "utf8");
		expect(await main(["summary", vault, "--write", "--in-plan", "--today", "2026-11-25"], capture())).toBe(0);
		const written = readFileSync(join(vault, plan), "utf8");
		expect(written.startsWith(before)).toBe(true);
		expect(written).toContain("%% intl-plan:summary start %%");
		const again = capture();
		expect(await main(["summary", vault, "--write", "--in-plan", "--today", "2026-11-25"], again)).toBe(0);
		expect(again.stdout).toContain("up to date");
		expect(readFileSync(join(vault, plan), "utf8")).toBe(written);
	});

	it("should write its own note next to the plan", async () => {
		expect(await main(["summary", vault, "--write", "--today", "2026-11-25"], capture())).toBe(0);
		expect(readFileSync(join(vault, "Plans", "Acme plan 摘要 Summary.md"), "utf8")).toContain("Acme plan");
	});

	it("should refuse unpaired markers and write nothing", async () => {
		writeFileSync(join(vault, plan), PLAN + "%% intl-plan:summary end %%\n");
		const io = capture();
		expect(await main(["summary", vault, "--write", "--in-plan", "--today", "2026-11-25"], io)).toBe(2);
		expect(io.stderr).toContain("do not pair up");
		expect(readFileSync(join(vault, plan), "utf8")).toBe(PLAN + "%% intl-plan:summary end %%\n");
	});

	it("should export a canvas once, put the next one beside a rearranged one (once), and replace it only with --force", async () => {
		expect(await main(["canvas", vault, "--plan", "Acme"], capture())).toBe(0);
		const file = join(vault, "Plans", "Acme plan.canvas");
		const exported = readFileSync(file, "utf8");
		const canvas = JSON.parse(exported) as { nodes: { type: string }[] };
		expect(canvas.nodes.filter((n) => n.type === "group")).toHaveLength(4);
		writeFileSync(file, '{"nodes":[]}');
		const beside = capture();
		expect(await main(["canvas", vault, "--plan", "Acme"], beside)).toBe(0);
		expect(beside.stdout).toBe("Plans/Acme plan.canvas exists and differs (perhaps rearranged); the new canvas went to Plans/Acme plan 2.canvas.\n");
		expect(readFileSync(file, "utf8")).toBe('{"nodes":[]}');
		expect(readFileSync(join(vault, "Plans", "Acme plan 2.canvas"), "utf8")).toBe(exported);
		// Run again: the export is already there, beside it; no third file.
		const again = capture();
		expect(await main(["canvas", vault, "--plan", "Acme"], again)).toBe(0);
		expect(again.stdout).toContain("Plans/Acme plan 2.canvas");
		expect(existsSync(join(vault, "Plans", "Acme plan 3.canvas"))).toBe(false);
		expect(await main(["canvas", vault, "--plan", "Acme", "--force"], capture())).toBe(0);
		expect(readFileSync(file, "utf8")).toBe(exported);
	});

	it("should ask which plan to export when the vault has several, and say so when it has none", async () => {
		writeFileSync(join(vault, "Plans", "Globex plan.md"), PLAN.replace("Acme 测试", "Globex"));
		const several = capture();
		expect(await main(["canvas", vault], several)).toBe(2);
		expect(several.stderr).toContain("This vault has several plans: Plans/Acme plan.md, Plans/Globex plan.md. Name one with --plan.");
		const empty = mkdtempSync(join(tmpdir(), "intl-plan-cli-empty-"));
		const none = capture();
		expect(await main(["canvas", empty, "--lang", "zh"], none)).toBe(2);
		expect(none.stderr).toContain("中没有找到规划笔记");
		rmSync(empty, { recursive: true, force: true });
	});

	it("should roll up every plan, as markdown or JSON, and refuse a bad --sort", async () => {
		const md = capture();
		expect(await main(["rollup", vault, "--today", "2026-11-25", "--format", "md"], md)).toBe(0);
		expect(md.stdout).toMatch(/\| \[\[Plans\/Acme plan\\\|Acme plan\]\] \| 50% \| — \| — \| 0% \| 33% \| 1 \| \d+ \|/);
		// Piped (no terminal width): markdown too, without asking.
		const piped = capture({}, false);
		expect(await main(["rollup", vault, "--today", "2026-11-25"], piped)).toBe(0);
		expect(piped.stdout).toBe(md.stdout);
		// On a terminal: a drawn table, every line as wide as the others.
		const tty = capture();
		expect(await main(["rollup", vault, "--today", "2026-11-25"], tty)).toBe(0);
		expect(tty.stdout).toMatch(/^┌─+┬/);
		expect(tty.stdout).toMatch(/│ Acme plan +│ +50% │ +— │ +— │ +0% │ +33% │ +1 │ +\d+ │ — +│/);
		const json = capture();
		expect(await main(["rollup", vault, "--format", "json", "--today", "2026-11-25"], json)).toBe(0);
		expect((JSON.parse(json.stdout) as { version: number; plans: { overdue: number }[] }).plans[0]?.overdue).toBe(1);
		// --json is --format json, on every verb that prints data.
		const alias = capture();
		expect(await main(["rollup", vault, "--json", "--today", "2026-11-25"], alias)).toBe(0);
		expect(alias.stdout).toBe(json.stdout);
		expect(await main(["rollup", vault, "--sort", "size"], capture())).toBe(2);
	});
});
