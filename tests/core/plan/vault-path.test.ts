import { posix } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readWorkspace, vaultPath, workspaceWithDefaults } from "../../../src/core/plan/index.js";

describe("vault paths: one rule for settings, flags and forms", () => {
	it.each([
		["Plans", "Plans"],
		[" Plans/EU/ ", "Plans/EU"],
		["\\Plans\\EU\\", "Plans/EU"],
		["./Plans//EU/.", "Plans/EU"],
		["Plans/../Notes/x.md", "Notes/x.md"],
		["/Plans", "Plans"],
		["Plans/..", ""],
		["", ""],
		["a..b/c.", "a..b/c."],
		["中文/规划", "中文/规划"],
	])("should read %j as %j", (typed, path) => {
		expect(vaultPath(typed)).toEqual({ ok: true, path });
	});

	it.each(["..", "../x", "Plans/../../x", "..\\x", "a/b/../../../c", "./../x", "C:/Windows", "c:\\x", "C:"])("should refuse %j: it leaves the vault", (typed) => {
		expect(vaultPath(typed)).toEqual({ ok: false, reason: "outside" });
	});

	it.each(["...", ".. /x", "a/. ./b", "a\u0000b", "a\nb", "Plans/\u001b]0;x"])("should refuse %j: not a path a vault can hold", (typed) => {
		expect(vaultPath(typed)).toEqual({ ok: false, reason: "not-a-path" });
	});

	const segment = fc.constantFrom("a", "b", "é", "c d", ".", "..", "", "x.md");
	const typed = fc.tuple(fc.array(segment, { maxLength: 8 }), fc.array(fc.constantFrom("/", "\\"), { minLength: 8, maxLength: 8 }), fc.boolean()).map(
		([segments, separators, rooted]) => (rooted ? "/" : "") + segments.map((s, i) => (i === 0 ? s : `${separators[i] ?? "/"}${s}`)).join(""),
	);

	it("should give a path that never starts with .. or /, and holds no . or .. segment", () => {
		fc.assert(
			fc.property(typed, (input) => {
				const read = vaultPath(input);
				if (!read.ok) return;
				expect(read.path.startsWith("/")).toBe(false);
				expect(read.path.startsWith("..")).toBe(false);
				expect(read.path.split("/")).not.toContain("..");
				expect(read.path.split("/")).not.toContain(".");
				if (read.path !== "") expect(read.path.split("/")).not.toContain("");
			}),
		);
	});

	it("should refuse exactly the paths that leave the vault, and read the others as the file system would", () => {
		fc.assert(
			fc.property(typed, (input) => {
				const segments = input.replace(/\\/g, "/").split("/");
				let depth = 0;
				let escapes = false;
				for (const s of segments) {
					if (s === "..") depth--;
					else if (s !== "" && s !== ".") depth++;
					if (depth < 0) escapes = true;
				}
				const read = vaultPath(input);
				if (escapes) expect(read).toEqual({ ok: false, reason: "outside" });
				else {
					const resolved = posix.relative("/vault", posix.resolve("/vault", `./${input.replace(/\\/g, "/")}`));
					expect(read).toEqual({ ok: true, path: resolved });
				}
			}),
		);
	});
});

describe("workspace settings: paths that leave the vault are not used", () => {
	it("should keep settings that stay inside the vault, in vault form", () => {
		const read = readWorkspace({ plansFolder: "./Strategy\\Plans/", libraryPath: "Team/../Team/library.md", templatesFolder: "/T" });
		expect(read.settings).toMatchObject({ plansFolder: "Strategy/Plans", libraryPath: "Team/library.md", templatesFolder: "T" });
		expect(read.problems).toEqual([]);
	});

	it("should use the default for each path setting that leaves the vault, and name it", () => {
		const read = readWorkspace({ plansFolder: "../escaped", libraryPath: "/../../etc/lib.md", templatesFolder: "C:\\Templates", summaryNoteName: "../{title}" });
		expect(read.settings).toMatchObject({ plansFolder: "Plans", libraryPath: "", templatesFolder: "Templates/Intl plan", summaryNoteName: "{title} 摘要 Summary" });
		expect(read.problems).toEqual([
			{ setting: "libraryPath", value: "/../../etc/lib.md", reason: "outside", fallback: "" },
			{ setting: "templatesFolder", value: "C:\\Templates", reason: "outside", fallback: "Templates/Intl plan" },
			{ setting: "plansFolder", value: "../escaped", reason: "outside", fallback: "Plans" },
			{ setting: "summaryNoteName", value: "../{title}", reason: "not-a-name", fallback: "{title} 摘要 Summary" },
		]);
		expect(workspaceWithDefaults({ plansFolder: "../escaped" }).plansFolder).toBe("Plans");
	});

	it("should say nothing about settings that are missing or not text (an older or hand-edited data.json)", () => {
		expect(readWorkspace({ plansFolder: 3, libraryPath: null }).problems).toEqual([]);
		expect(readWorkspace(undefined).problems).toEqual([]);
	});
});
