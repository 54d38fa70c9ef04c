import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, typed by its JSDoc only
import { bumpVersion } from "../../scripts/version-bump.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("release files", () => {
	it("should be in step now: package.json, manifest.json and versions.json agree", () => {
		const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; files: string[]; bin: Record<string, string>; dependencies?: unknown };
		const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { version: string; minAppVersion: string };
		const versions = JSON.parse(readFileSync(join(ROOT, "versions.json"), "utf8")) as Record<string, string>;
		expect(manifest.version).toBe(pkg.version);
		expect(versions[pkg.version]).toBe(manifest.minAppVersion);
		// The CLI is one bundled file: installing it fetches nothing.
		expect(pkg.dependencies).toBeUndefined();
		expect(pkg.files).toEqual(expect.arrayContaining([pkg.bin["intl-plan"], "dist/cli.js"]));
	});

	it("should carry a new version into manifest.json and versions.json, keeping the versions before", () => {
		const dir = mkdtempSync(join(tmpdir(), "intl-plan-release-"));
		dirs.push(dir);
		for (const f of ["manifest.json", "versions.json"]) cpSync(join(ROOT, f), join(dir, f));
		writeFileSync(join(dir, "package.json"), JSON.stringify({ version: "0.2.0" }));
		const before = JSON.parse(readFileSync(join(dir, "versions.json"), "utf8")) as Record<string, string>;
		expect((bumpVersion as (d: string) => unknown)(dir)).toEqual({ version: "0.2.0", minAppVersion: "1.12.2" });
		const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Record<string, unknown>;
		expect(manifest.version).toBe("0.2.0");
		expect(JSON.parse(readFileSync(join(dir, "versions.json"), "utf8"))).toEqual({ ...before, "0.2.0": "1.12.2" });
		writeFileSync(join(dir, "package.json"), JSON.stringify({ version: "0.3.0-beta" }));
		expect(() => (bumpVersion as (d: string) => unknown)(dir)).toThrow(/x\.y\.z/);
	});
});
