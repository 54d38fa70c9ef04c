/** What the CLI does without being told: the vault is the current directory; --version names the package. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../../esbuild.config.mjs";
import { main } from "../../src/cli/main.js";
import { capture } from "./sync-support.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
let work = "";

beforeAll(async () => {
	// A build of the sources under test laid out as the package is: dist/ beside package.json.
	work = mkdtempSync(join(tmpdir(), "intl-plan-defaults-"));
	await build({ ...cli, outdir: join(work, "dist"), sourcemap: false, logLevel: "silent" });
	copyFileSync(join(ROOT, "package.json"), join(work, "package.json"));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The built CLI run in `cwd` with `args`, as `npx intl-plan …` would be. */
function run(cwd: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
	const entry = pathToFileURL(join(work, "dist", "cli.js")).href;
	const script = `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(${JSON.stringify(args)});`;
	return spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", NO_COLOR: "1" } });
}

describe("the CLI without a vault named", () => {
	it.each([
		[["show"], "恒泰制造 国际化规划"],
		[["index", "--json"], "恒泰制造 国际化规划"],
		[["sync", "--check"], "All 2 plans are in step with the library."],
		[["rollup"], "恒泰制造 国际化规划"],
	])("should read the current directory as the vault: %j", (args, shown) => {
		const r = run(join(ROOT, "examples", "vault"), args);
		expect(r.stderr).toBe("");
		expect(r.status).toBe(0);
		expect(r.stdout).toContain(shown);
	});

	it("should name the current directory, not '.', when it holds no plan", () => {
		const r = run(work, ["show"]);
		expect(r.status).toBe(0);
		expect(r.stderr).toContain(`No plan notes found in ${work}.`);
	});
});

describe("intl-plan --version", () => {
	it.each(["--version", "-V"])("should print the package's version for %s, exit 0", (flag) => {
		expect(run(work, [flag])).toMatchObject({ status: 0, stdout: `${VERSION}\n` });
	});

	it("should print it from the sources too", async () => {
		const io = capture();
		expect(await main(["--version"], io)).toBe(0);
		expect(io.stdout).toBe(`${VERSION}\n`);
	});
});
