// @vitest-environment happy-dom
/**
 * Vaults built from hostile notes (every class of issue 10, plus random bytes, random YAML and random deep
 * nesting), with every verb run on each under a time limit. What must hold whatever the vault holds:
 * no stack trace, an exit status the README documents, nothing a terminal would obey, no byte changed
 * outside the lines a verb edits, nothing written outside the vault, every generated block well formed.
 *
 * The verbs run in a child process (tests/cli/support/run-verbs.mjs over a fresh build of the CLI), so
 * a verb that blocks fails the test at its time limit instead of stalling the run.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../../esbuild.config.mjs";

const RUNNER = join(dirname(fileURLToPath(import.meta.url)), "support", "run-verbs.mjs");
const TODAY = "2026-12-03";
/** Per vault, all verbs together; a verb that hangs is killed here. */
const VAULT_LIMIT_MS = 90_000;
/** Per verb on a vault of a dozen notes under 1 MB: the budget is 1 s a note, this leaves room for a loaded CI. */
const VERB_LIMIT_MS = 15_000;

let work = "";
let cliJs = "";
let parseMermaid: (text: string) => Promise<unknown>;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), "intl-plan-hostile-"));
	// A build of the sources under test, not whatever dist/ holds.
	await build({ ...cli, outdir: join(work, "dist"), sourcemap: false, logLevel: "silent" });
	cliJs = join(work, "dist", "cli.js");
	// The runner imports `./cli.js` beside itself: a fixed path, nothing computed is imported.
	copyFileSync(RUNNER, join(work, "dist", "run-verbs.mjs"));
	const mermaid = (await import("mermaid")).default;
	parseMermaid = (text) => mermaid.parse(text);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------------
// Hostile pieces of text. A note is a list of parts: strings (written as UTF-8) and raw bytes.

type Part = string | Uint8Array;

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const ESC = "\u001b";

/** Values that try to leave their line, their cell, their label or the terminal. */
const breakout = fc.constantFrom(
	"line one\n```mermaid\ngraph TD\nA-->B\nclick B href \"javascript:alert(1)\"\n```\n",
	"%%{init: {'securityLevel': 'loose'}}%%",
	"<script>alert(1)</script>",
	"%% intl-plan:summary end %%",
	"a | b | c",
	"[[Evil|alias]] ]] |",
	"[x](javascript:alert(1)) <javascript:alert(2)> <a href=\"JaVaScRiPt:alert(3)\">y</a>",
	`${ESC}]52;c;ZXZpbA==\u0007${ESC}]0;owned\u0007${ESC}[2J\u009b31m`,
	"# heading\n> quote\n- [ ] injected task #intl/strategy",
	"\u2028\u2029\u0085",
	'"; A-->B; click A call evil() %%',
	"$$\\begin{x}$$",
	"`code` ``` ~~~",
);

const plainWord = fc.constantFrom("Acme", "灵犀", "Café", "市场", "Data", "合规", "x");
const value = fc.oneof({ weight: 3, arbitrary: plainWord }, { weight: 2, arbitrary: breakout }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

/** A YAML double-quoted scalar holding any string (newlines and controls escaped as YAML wants them). */
const yamlQuoted = (s: string): string => JSON.stringify(s);

const validPlan = fc.record({ company: value, owner: value, market: fc.constantFrom("DE", "SG", "US", "XYZ", "欧洲", "Brasil") }).map(
	({ company, owner, market }): Part[] => [
		`---\nintl-plan: 1\ncompany: ${yamlQuoted(company)}\nsize: small\nindustry: trading\nmarkets: [${market}, SG]\nchannel: platform\nowner: ${yamlQuoted(owner)}\nlang: both\n---\n`,
		"# Plan\n\n## 战略决策 Strategy\n- [ ] Pick the first market 📅 2026-01-10\n",
	],
);

const brokenFrontmatter = fc.constantFrom(
	"---\nintl-plan: 1\ncompany: [unclosed\nsize: small\n---\n",
	"---\nintl-plan: 1\n<<<<<<< HEAD\ncompany: Ours\n=======\ncompany: Theirs\n>>>>>>> branch\n---\n",
	"---\nintl-plan: 1\n\tcompany: tabbed\n---\n",
	"---\nintl-plan: 1\ncompany: A\ncompany: B\n---\n",
	`---\nintl-plan: 1\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n`,
);
const brokenPlan = brokenFrontmatter.map((fm): Part[] => [fm, "## 风险合规 Compliance\n- [ ] A task in a broken plan #intl/compliance\n"]);

/** Body text: tasks with hostile text, bytes that are not UTF-8, odd line endings, deep nesting. */
const bodyPart: fc.Arbitrary<Part> = fc.oneof(
	value.map((v) => `- [ ] ${v} #intl/marketing\n`),
	value.map((v) => `- [x] done: ${v} [owner:: ${v.replace(/\n/g, " ")}] #intl/technology\n`),
	fc.constant(bytes(0x2d, 0x20, 0x5b, 0x20, 0x5d, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x23, 0x69, 0x6e, 0x74, 0x6c, 0x2f, 0x72, 0x69, 0x73, 0x6b, 0x0a)), // "- [ ] Caf\xe9 #intl/risk\n" in Latin-1
	fc.constant(bytes(0xd6, 0xd0, 0xce, 0xc4, 0x0a)), // 中文 in GBK
	fc.constant(bytes(0xed, 0xb0, 0x80, 0xff, 0xfe, 0xc0, 0x80, 0xe2, 0x82, 0x0a)), // encoded surrogate, invalid bytes, truncated sequence
	fc.uint8Array({ maxLength: 40 }).filter((b) => !b.includes(0)),
	fc.constant("- [ ] one #intl/strategy\r- [ ] two #intl/strategy\r"),
	fc.constant("- [ ] crlf #intl/strategy\r\n"),
	fc.integer({ min: 50, max: 3000 }).map((n) => `${"- ".repeat(n)}[ ] deep\n`),
	fc.integer({ min: 50, max: 3000 }).map((n) => `${"> ".repeat(n)}- [ ] quoted deep\n`),
	fc.integer({ min: 100, max: 5000 }).map((n) => `${"[".repeat(n)}\n${"*_".repeat(n)}\n`),
	fc.constant("```\n- [ ] inside an unclosed fence #intl/strategy\n"),
	fc.constant("%% unbalanced comment\n- [ ] hidden? #intl/strategy\n"),
	fc.constant("- [ ] checklist line #intl/strategy ^ck-strategy-scoring\n- [ ] its duplicate #intl/strategy ^ck-strategy-scoring\n"),
);

const taskNote = fc.tuple(fc.constantFrom("", "---\ndimension: compliance\n---\n", "---\nplan: \"[[Plans/Plan 0]]\"\n---\n"), fc.array(bodyPart, { maxLength: 8 })).map(
	([fm, body]): Part[] => [fm, "## 营销协同 Marketing\n", ...body],
);
const randomYaml = fc.string({ maxLength: 200 }).map((s): Part[] => [`---\nintl-plan: 1\n${s}\n---\n- [ ] after random yaml #intl/strategy\n`]);
const randomBytes = fc.uint8Array({ minLength: 1, maxLength: 400 }).map((b): Part[] => [b]);

interface VaultSpec {
	readonly notes: readonly (readonly Part[])[];
	readonly plans: readonly (readonly Part[])[];
	readonly links: boolean;
	readonly fifo: boolean;
}

const vaultSpec: fc.Arbitrary<VaultSpec> = fc.record({
	plans: fc.array(fc.oneof(validPlan, brokenPlan, randomYaml), { minLength: 1, maxLength: 3 }),
	notes: fc.array(fc.oneof({ weight: 4, arbitrary: taskNote }, { weight: 1, arbitrary: randomBytes }), { maxLength: 6 }),
	links: fc.boolean(),
	fifo: fc.boolean(),
});

const encoder = new TextEncoder();
const toBytes = (parts: readonly Part[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === "string" ? encoder.encode(p) : p)));

// ---------------------------------------------------------------------------------------------------
// Building a vault on disk, and what it held before the verbs ran.

interface Built {
	readonly root: string;
	readonly vault: string;
	readonly outside: string;
	/** Regular files in the vault and what they held, by vault path. */
	readonly before: ReadonlyMap<string, Buffer>;
}

function buildVault(spec: VaultSpec, n: number): Built {
	const root = join(work, `v${n}`);
	const vault = join(root, "vault");
	mkdirSync(join(vault, "Plans"), { recursive: true });
	const outside = join(root, "outside.md");
	writeFileSync(outside, "---\nintl-plan: 1\ncompany: Outside\n---\n- [ ] outside the vault #intl/strategy\n");
	const put = (path: string, data: Buffer): void => {
		mkdirSync(dirname(join(vault, path)), { recursive: true });
		writeFileSync(join(vault, path), data);
	};
	spec.plans.forEach((p, i) => put(i === 0 ? "Plans/Plan 0.md" : `Plans/Team ${i}/Plan ${i}.md`, toBytes(p)));
	spec.notes.forEach((p, i) => put(`Plans/Note ${i}.md`, toBytes(p)));
	if (spec.links) {
		symlinkSync(join(vault, "Plans", "Plan 0.md"), join(vault, "Linked plan.md"));
		symlinkSync(outside, join(vault, "Plans", "Escape.md"));
		symlinkSync(root, join(vault, "Parent"));
	}
	if (spec.fifo && process.platform !== "win32") {
		// A FIFO named like a note, and a note that links to one: reading either would block for ever.
		spawnSync("mkfifo", [join(vault, "Plans", "Pipe.md"), join(vault, "pipe")]);
		symlinkSync(join(vault, "pipe"), join(vault, "Plans", "Pipe link.md"));
	}
	const before = new Map<string, Buffer>();
	for (const path of regularFiles(vault)) before.set(path, readFileSync(join(vault, path)));
	return { root, vault, outside, before };
}

/** Regular files under a folder (symlinks and FIFOs are not followed or read), by relative `/` path. */
function regularFiles(dir: string, base = dir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = join(dir, e.name);
		if (e.isDirectory()) return regularFiles(full, base);
		return e.isFile() ? [relative(base, full).split("\\").join("/")] : [];
	});
}

function verbs(vault: string): string[][] {
	const t = ["--today", TODAY];
	const plan = ["--plan", "Plans/Plan 0.md"];
	return [
		["index", vault],
		["index", vault, "--json"],
		["show", vault, "--width", "100", "--no-color", ...t],
		["summary", vault, ...t],
		["summary", vault, "--format", "json", ...t],
		["rollup", vault, ...t],
		["rollup", vault, "--format", "json", ...t],
		["checklist", "--vault", vault, "--size", "small", "--industry", "trading", "--markets", "DE,XYZ", "--channel", "platform"],
		["library", "check", join(vault, "Plans", "Plan 0.md"), "--vault", vault],
		["sync", vault, "--check", ...t],
		["sync", vault, "--dry-run", ...t],
		["sync", vault, "--dedupe", ...t],
		["summary", vault, "--write", ...t],
		["summary", vault, "--write", "--in-plan", ...plan, ...t],
		["canvas", vault, ...plan, "--force"],
		["new", vault, "--company", "Evil\n```mermaid\nclick\n```", "--size", "small", "--industry", "trading", "--markets", "DE", "--channel", "platform", ...t],
		["library", "export", vault],
	];
}

interface VerbResult {
	readonly argv: string[];
	readonly status: number | null;
	readonly thrown: string | null;
	readonly stdout: string;
	readonly stderr: string;
	readonly ms: number;
}

function runVerbs(vault: string, n: number): VerbResult[] {
	const runs = join(work, `runs-${n}.json`);
	writeFileSync(runs, JSON.stringify(verbs(vault)));
	const child = spawnSync(process.execPath, [join(dirname(cliJs), "run-verbs.mjs"), runs], { encoding: "utf8", timeout: VAULT_LIMIT_MS, maxBuffer: 256 * 1024 * 1024 });
	if (child.error || child.status !== 0) throw new Error(`the verbs did not finish (${child.error?.message ?? `exit ${child.status}`}): ${child.stderr.slice(0, 2000)}`);
	return JSON.parse(child.stdout) as VerbResult[];
}

// ---------------------------------------------------------------------------------------------------
// What must hold.

/** C0 and C1 controls but tab and newline: what a terminal would act on. */
const isControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
const hasControl = (s: string): boolean => [...s].some((ch) => isControl(ch.codePointAt(0) ?? 0));
const STACK = /\n\s+at .+:\d+:\d+\)?$/mu;

/** Lines of a note as bytes (compared as latin1 strings: one char a byte, nothing lost). */
function byteLines(b: Buffer): string[] {
	const text = b.toString("latin1");
	const lines: string[] = [];
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === "\r" && text[i + 1] === "\n") i++;
		else if (text[i] !== "\n" && text[i] !== "\r") continue;
		lines.push(text.slice(from, i + 1));
		from = i + 1;
	}
	if (from < text.length) lines.push(text.slice(from));
	return lines;
}

/** Which lines of the old note (by index) are gone in the new one (a longest common subsequence of whole lines). */
function removedLines(before: string[], after: string[]): number[] {
	const m = before.length;
	const n = after.length;
	const dp = Array.from({ length: m + 1 }, () => new Uint32Array(n + 1));
	for (let i = m - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) dp[i]![j] = before[i] === after[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
	const gone: number[] = [];
	let i = 0;
	let j = 0;
	while (i < m) {
		if (j < n && before[i] === after[j]) {
			i++;
			j++;
		} else if (j < n && dp[i]![j + 1]! >= dp[i + 1]![j]!) j++;
		else gone.push(i++);
	}
	return gone;
}

/** A line a verb may rewrite: a checklist line (by its block id) or one of a generated region's. */
function editable(line: string, inRegion: boolean): boolean {
	return inRegion || /\^ck-[\w-]+\s*$/u.test(line) || line.includes("%% intl-plan:");
}

function regionLines(lines: string[]): Set<number> {
	const inside = new Set<number>();
	let open = false;
	lines.forEach((l, i) => {
		if (l.includes("%% intl-plan:summary start %%")) open = true;
		if (open) inside.add(i);
		if (l.includes("%% intl-plan:summary end %%")) open = false;
	});
	return inside;
}

async function checkMarkdown(note: string, where: string): Promise<void> {
	// A note's frontmatter is YAML, not markdown: a company name of several lines is a block scalar there.
	const md = note.replace(/^---\n[\s\S]*?\n---(?:\n|$)/u, "");
	const lines = md.split("\n");
	const fences = lines.filter((l) => /^\s{0,3}(```|~~~)/u.test(l));
	expect(fences.length % 2, `${where}: unbalanced fences`).toBe(0);
	expect(md, where).not.toMatch(/%%\{\s*init/iu);
	expect(md, where).not.toMatch(/<script/iu);
	for (const block of md.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gmu)) {
		expect(block[1], where).not.toMatch(/^\s*click\s/imu);
		await expect(parseMermaid(block[1] ?? ""), `${where}: mermaid`).resolves.toBeTruthy();
	}
}

// Five vaults by default (about half a minute here); FC_RUNS=200 for a deeper search.
describe("a vault of hostile notes", () => {
	it("should be read and written by every verb without a stack trace, a hang, a lost byte or a write outside it (property)", async () => {
		let n = 0;
		await fc.assert(
			fc.asyncProperty(vaultSpec, async (spec) => {
				const built = buildVault(spec, n);
				const outsideBefore = readFileSync(built.outside);
				const results = runVerbs(built.vault, n++);
				for (const r of results) {
					const what = `intl-plan ${r.argv.join(" ")}`;
					expect(r.thrown, what).toBeNull();
					expect([0, 1, 2], `${what}: exit status`).toContain(r.status);
					expect(r.stderr, `${what}: stack trace`).not.toMatch(STACK);
					expect(hasControl(r.stdout), `${what}: controls on stdout`).toBe(false);
					expect(hasControl(r.stderr), `${what}: controls on stderr`).toBe(false);
					expect(r.ms, `${what}: time`).toBeLessThan(VERB_LIMIT_MS);
					if (r.argv[0] === "summary" && !r.argv.includes("--format") && r.status !== 2) await checkMarkdown(r.stdout, what);
					if (r.argv.includes("--json") || r.argv.includes("json")) {
						if (r.status !== 2 && r.stdout.trim() !== "") expect(() => JSON.parse(r.stdout) as unknown, `${what}: JSON`).not.toThrow();
					}
				}
				// Nothing outside the vault was written: the folder around it holds what it held.
				expect(readFileSync(built.outside).equals(outsideBefore), "a file outside the vault changed").toBe(true);
				expect(readdirSync(built.root).sort()).toEqual(["outside.md", "vault"]);
				// Every byte outside the lines the verbs edit is still there, in every note that was there.
				for (const [path, old] of built.before) {
					const full = join(built.vault, path);
					expect(existsSync(full), `${path} is gone`).toBe(true);
					expect(lstatSync(full).isFile(), `${path} is no longer a regular file`).toBe(true);
					const now = readFileSync(full);
					if (now.equals(old)) continue;
					const oldLines = byteLines(old);
					const region = regionLines(oldLines);
					const gone = removedLines(oldLines, byteLines(now));
					for (const i of gone) expect(editable(oldLines[i] ?? "", region.has(i)), `${path}: a line that is no verb's to edit changed: ${JSON.stringify(oldLines[i])}`).toBe(true);
				}
				// Links stay links.
				if (spec.links) {
					expect(lstatSync(join(built.vault, "Linked plan.md")).isSymbolicLink()).toBe(true);
					expect(lstatSync(join(built.vault, "Plans", "Escape.md")).isSymbolicLink()).toBe(true);
				}
				// What the verbs wrote is well formed.
				for (const path of regularFiles(built.vault)) {
					if (built.before.has(path)) continue;
					const text = readFileSync(join(built.vault, path), "utf8");
					if (path.endsWith(".canvas")) {
						const canvas = JSON.parse(text) as { nodes?: { url?: string; text?: string }[] };
						for (const node of canvas.nodes ?? []) {
							if (node.url !== undefined) expect(node.url).toMatch(/^https?:/u);
							// What browsers drop inside a URL (tab, CR, LF) is dropped before looking; a space before the
							// colon is how link-safety.ts makes a scheme inert (no parser reads `javascript :` as one).
							expect((node.text ?? "").replace(/[\t\n\r]/gu, ""), path).not.toMatch(/javascript:/iu);
						}
					} else if (path.endsWith(".md")) await checkMarkdown(text, path);
				}
				rmSync(built.root, { recursive: true, force: true });
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 5), endOnFailure: true },
		);
	}, 900_000);
});
