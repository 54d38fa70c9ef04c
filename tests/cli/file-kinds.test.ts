/**
 * What stands behind a note's name: bytes that are not UTF-8, a link, a FIFO, a folder. Writers keep
 * every byte they do not edit or refuse the note and write nothing; links stay links; nothing blocks.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cli as cliBuild } from "../../esbuild.config.mjs";
import { cli, LIBRARY, LIBRARY_PATH, makeVault, plan, read, SETTINGS } from "./sync-support.js";

const PLAN_PATH = "Plans/Acme.md";
const TODAY = "2026-12-03";
const bytesOf = (root: string, path: string): Buffer => readFileSync(join(root, ...path.split("/")));
const sync = (vault: string, ...more: string[]) => cli(["sync", vault, "--today", TODAY, ...more]);

let vault: string;
beforeEach(() => {
	vault = makeVault({ ...SETTINGS, [LIBRARY_PATH]: LIBRARY });
	mkdirSync(join(vault, "Plans"), { recursive: true });
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("a note that is not UTF-8", () => {
	/** A plan with a Latin-1 "é" in the owner's prose: `Caf\xe9`. */
	const latin1Plan = (): Buffer => {
		const [head, tail] = plan("Acme", "Zhang", "en", "SG").split("Zhang 的规划。");
		return Buffer.concat([Buffer.from(head ?? ""), Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from(tail ?? "")]);
	};

	it("should be refused by sync, naming its first bad line, with every byte left as it was", async () => {
		const before = latin1Plan();
		writeFileSync(join(vault, "Plans", "Acme.md"), before);
		const r = await sync(vault);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain("Plans/Acme.md is not UTF-8 text (from line 11)");
		expect(bytesOf(vault, PLAN_PATH).equals(before)).toBe(true);
	});

	it("should still be read, and listed by index as a note that will not be written", async () => {
		writeFileSync(join(vault, "Plans", "Acme.md"), latin1Plan());
		const r = await cli(["index", vault]);
		expect(r.stdout).toMatch(/Plans\/Acme\.md:11: Not UTF-8 text from line 11/);
		const json = JSON.parse((await cli(["index", vault, "--json"])).stdout) as { plans: { path: string }[] };
		expect(json.plans.map((p) => p.path)).toEqual([PLAN_PATH]);
	});

	it("should not be replaced by summary --write, in the plan or as the summary note", async () => {
		writeFileSync(join(vault, "Plans", "Acme.md"), latin1Plan());
		const inPlan = await cli(["summary", vault, "--write", "--in-plan", "--today", TODAY]);
		expect(inPlan.status).toBe(2);
		expect(inPlan.stderr).toContain("is not UTF-8 text");
		expect(bytesOf(vault, PLAN_PATH).equals(latin1Plan())).toBe(true);
	});

	it("should keep every byte of every line sync does not edit, whatever the bytes (property)", async () => {
		// Random bytes, not only UTF-8, on lines of their own between the plan's sections.
		const line = fc.uint8Array({ maxLength: 24 }).map((b) => Buffer.from(b.filter((x) => x !== 0x0a && x !== 0x0d && x !== 0)));
		await fc.assert(
			fc.asyncProperty(fc.array(line, { maxLength: 6 }), fc.boolean(), async (lines, crlf) => {
				const eol = crlf ? "\r\n" : "\n";
				const text = plan("Acme", "Zhang", "en", "SG").replace(/\n/g, eol);
				const parts = text.split(`## 技术赋能 Technology${eol}`);
				const user = Buffer.concat(lines.flatMap((l) => [Buffer.from("> "), l, Buffer.from(eol)]));
				const before = Buffer.concat([Buffer.from(parts[0] ?? ""), user, Buffer.from(`## 技术赋能 Technology${eol}`), Buffer.from(parts[1] ?? "")]);
				writeFileSync(join(vault, "Plans", "Acme.md"), before);
				const r = await sync(vault);
				const after = bytesOf(vault, PLAN_PATH);
				if (r.status !== 0) {
					expect(after.equals(before)).toBe(true);
					return;
				}
				// Written: everything up to the first checklist marker, and the user's lines with the heading after them, come back byte for byte.
				const head = (parts[0] ?? "").slice(0, (parts[0] ?? "").indexOf("%% intl-plan:checklist %%"));
				expect(after.subarray(0, Buffer.byteLength(head)).equals(before.subarray(0, Buffer.byteLength(head)))).toBe(true);
				expect(after.includes(Buffer.concat([user, Buffer.from(`## 技术赋能 Technology${eol}`)]))).toBe(true);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 40) },
		);
	}, 120_000);
});

describe("a note that is a link", () => {
	it("should be synced through the link: the link stays a link and its target gets the edit", async () => {
		// The target in a dot-folder, which the index skips: the plan is read once, through its link.
		mkdirSync(join(vault, ".shared"));
		writeFileSync(join(vault, ".shared", "Acme.md"), plan("Acme", "Zhang", "en", "SG"));
		chmodSync(join(vault, ".shared", "Acme.md"), 0o640);
		symlinkSync(join("..", ".shared", "Acme.md"), join(vault, "Plans", "Acme.md"));
		const r = await sync(vault);
		expect(r.stderr).toBe("");
		expect(lstatSync(join(vault, "Plans", "Acme.md")).isSymbolicLink()).toBe(true);
		expect(readlinkSync(join(vault, "Plans", "Acme.md"))).toBe(join("..", ".shared", "Acme.md"));
		expect(read(vault, ".shared/Acme.md")).toContain("^ck-strategy-scoring");
		expect(statSync(join(vault, ".shared", "Acme.md")).mode & 0o777).toBe(0o640);
	});

	it("should be read once when it links to another note of the vault: its tasks count once, sync writes it once", async () => {
		writeFileSync(join(vault, "Plans", "Acme.md"), plan("Acme", "Zhang", "en", "SG"));
		symlinkSync("Acme.md", join(vault, "Plans", "Acme again.md"));
		const r = await sync(vault);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).not.toContain("Acme again");
		const json = JSON.parse((await cli(["index", vault, "--json"])).stdout) as { plans: { path: string }[] };
		expect(json.plans.map((p) => p.path)).toEqual([PLAN_PATH]);
		expect(lstatSync(join(vault, "Plans", "Acme again.md")).isSymbolicLink()).toBe(true);
	});

	it("should not be written when it leads outside the vault, and the file there stays as it was", async () => {
		const outside = mkdtempSync(join(tmpdir(), "intl-plan-outside-"));
		try {
			const text = plan("Acme", "Zhang", "en", "SG");
			writeFileSync(join(outside, "Acme.md"), text);
			symlinkSync(join(outside, "Acme.md"), join(vault, "Plans", "Acme.md"));
			const r = await sync(vault);
			expect(r.status).toBe(1);
			expect(r.stderr).toContain("Plans/Acme.md is a link to a file outside the vault");
			expect(readFileSync(join(outside, "Acme.md"), "utf8")).toBe(text);
			expect(lstatSync(join(vault, "Plans", "Acme.md")).isSymbolicLink()).toBe(true);
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});
});

describe("folders where a file is expected", () => {
	it("should say so for a library path that is a folder (--library and the setting)", async () => {
		writeFileSync(join(vault, "Plans", "Acme.md"), plan("Acme", "Zhang", "en", "SG"));
		rmSync(join(vault, ...LIBRARY_PATH.split("/")));
		mkdirSync(join(vault, ...LIBRARY_PATH.split("/")));
		for (const args of [["sync", vault], ["checklist", "--library", join(vault, ...LIBRARY_PATH.split("/"))], ["library", "check", LIBRARY_PATH, "--vault", vault]]) {
			const r = await cli(args);
			expect(r.status, args.join(" ")).toBe(2);
			expect(r.stderr, args.join(" ")).toMatch(/is not a library note but a folder/);
			expect(r.stderr).not.toMatch(/\n\s+at /);
		}
	});

	it("should say so for a summary note or a canvas path that is a folder", async () => {
		writeFileSync(join(vault, "Plans", "Acme.md"), plan("Acme", "Zhang", "en", "SG"));
		await sync(vault);
		mkdirSync(join(vault, "Plans", "Acme 摘要 Summary.md"));
		mkdirSync(join(vault, "Board.canvas"));
		const summary = await cli(["summary", vault, "--write", "--today", TODAY]);
		const canvas = await cli(["canvas", vault, "--out", "Board.canvas", "--force"]);
		for (const r of [summary, canvas]) {
			expect(r.status).toBe(2);
			expect(r.stderr).toMatch(/is not a regular file \(a folder, FIFO, socket or device\); nothing was written/);
			expect(r.stderr).not.toMatch(/\n\s+at /);
		}
	});
});

describe("FIFOs and other files that are not regular", () => {
	let work: string;
	let cliJs: string;
	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), "intl-plan-fifo-"));
		// A child process: a read that blocks fails at the time limit instead of stalling the run.
		await build({ ...cliBuild, outdir: join(work, "dist"), sourcemap: false, logLevel: "silent" });
		mkdirSync(join(work, "bin"));
		copyFileSync("bin/intl-plan.js", join(work, "bin", "intl-plan.js"));
		cliJs = join(work, "bin", "intl-plan.js");
	}, 120_000);
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	const run = (...args: string[]) => spawnSync(process.execPath, [cliJs, ...args], { encoding: "utf8", timeout: 15_000, env: { ...process.env, LANG: "en_US.UTF-8" } });

	it.runIf(process.platform !== "win32")("should list a note that is a FIFO, or a link to one, as a problem and exit 1 in every verb, never block", () => {
		writeFileSync(join(vault, "Plans", "Acme.md"), plan("Acme", "Zhang", "en", "SG"));
		execFileSync("mkfifo", [join(vault, "Plans", "Pipe.md")]);
		execFileSync("mkfifo", [join(work, "outside-pipe")]);
		symlinkSync(join(work, "outside-pipe"), join(vault, "Plans", "Linked pipe.md"));
		const verbs = [["index", vault], ["show", vault, "--today", TODAY], ["sync", vault, "--today", TODAY], ["sync", vault, "--check", "--today", TODAY], ["summary", vault, "--today", TODAY], ["rollup", vault, "--today", TODAY]];
		for (const verb of verbs) {
			const r = run(...verb);
			expect(r.error, verb.join(" ")).toBeUndefined();
			expect(r.status, `${verb.join(" ")}: ${r.stderr}`).toBe(1);
			const said = r.stdout + r.stderr;
			expect(said).toContain("Plans/Pipe.md");
			expect(said).toContain("Plans/Linked pipe.md");
			expect(said).toMatch(/Not a regular file/);
		}
	});

	it.runIf(process.platform !== "win32")("should refuse a library that is a FIFO with a message, exit 2, never block", () => {
		execFileSync("mkfifo", [join(work, "library-pipe.md")]);
		for (const args of [["checklist", "--library", join(work, "library-pipe.md")], ["library", "check", join(work, "library-pipe.md")]]) {
			const r = run(...args);
			expect(r.error, args.join(" ")).toBeUndefined();
			expect(r.status).toBe(2);
			expect(r.stderr).toContain("is not a library note but a folder, FIFO, socket or device");
		}
	});
});
