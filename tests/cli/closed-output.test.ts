/**
 * `intl-plan … | head -1`: the reader closes the pipe after the first chunk. The real CLI, built as
 * `npm run build` builds it and started as `bin/intl-plan.js` is, must end quietly with exit 0.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The very options `node esbuild.config.mjs cli` bundles the CLI with.
import { cli } from "../../esbuild.config.mjs";

let root: string;
let vault: string;

/** A plan with many items, so a verb's output is larger than a pipe's buffer (64 KB on Linux). */
function bigVault(): void {
	const tasks = Array.from({ length: 400 }, (_, i) => `- [ ] Task number ${i} with some words to make the line longer 📅 2026-01-${String((i % 28) + 1).padStart(2, "0")}`);
	mkdirSync(join(vault, "Plans"), { recursive: true });
	for (const name of ["Alpha"]) {
		writeFileSync(
			join(vault, "Plans", `${name} plan.md`),
			`---\nintl-plan: 1\ncompany: ${name}\nsize: small\nindustry: trading\nmarkets: [DE]\nchannel: platform\n---\n## Strategy\n${tasks.join("\n")}\n## Compliance\n${tasks.join("\n")}\n`,
		);
	}
}

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), "intl-plan-pipe-"));
	await build({ ...cli, outdir: join(root, "dist"), sourcemap: false, logLevel: "silent" });
	mkdirSync(join(root, "bin"));
	copyFileSync("bin/intl-plan.js", join(root, "bin", "intl-plan.js"));
	vault = join(root, "vault");
	bigVault();
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Runs the CLI with its stdout piped to us, and closes the pipe: at once (`intl-plan … | true`), or as
 * soon as the first chunk arrives (`| head -1`, the rest still being written).
 */
function runClosing(args: string[], when: "at-once" | "after-first-chunk"): Promise<{ code: number | null; signal: string | null; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(root, "bin", "intl-plan.js"), ...args], { stdio: ["ignore", "pipe", "pipe"] });
		let stderr = "";
		child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
		if (when === "at-once") child.stdout.destroy();
		else child.stdout.once("data", () => child.stdout.destroy());
		child.on("error", reject);
		child.on("close", (code, signal) => resolve({ code, signal, stderr }));
	});
}

const today = ["--today", "2026-01-05"];

describe("a closed stdout (intl-plan … | head -1): the process ends quietly, exit 0, no stack trace", () => {
	it.each([
		["index --json", () => ["index", vault, "--json"]],
		["summary --format json", () => ["summary", vault, "--format", "json", ...today]],
	])("should end %s, closed after the first chunk of a large output", async (_, args) => {
		const result = await runClosing(args(), "after-first-chunk");
		expect(result.stderr).toBe("");
		expect([result.code, result.signal]).toEqual([0, null]);
	}, 60_000);

	it.each([
		["index", () => ["index", vault]],
		["summary", () => ["summary", vault, ...today]],
		["show", () => ["show", vault, ...today]],
		["rollup", () => ["rollup", vault, "--format", "json", ...today]],
		["checklist", () => ["checklist", "--json"]],
		["library check", () => ["library", "check", "templates/checklist-library.md"]],
		["sync --dry-run", () => ["sync", vault, "--dry-run", ...today]],
		["--help", () => ["--help"]],
	])("should end %s, closed before it writes", async (_, args) => {
		const result = await runClosing(args(), "at-once");
		expect(result.stderr).toBe("");
		expect([result.code, result.signal]).toEqual([0, null]);
	}, 60_000);
});
