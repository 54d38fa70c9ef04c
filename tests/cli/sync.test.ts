import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli, LIBRARY, LIBRARY_PATH, makeVault, plan, read, SETTINGS, write } from "./sync-support.js";

const ACME = "Plans/Acme plan.md";
const BETA = "Plans/Beta/Beta plan.md";
let vault = "";
afterEach(() => rmSync(vault, { recursive: true, force: true }));

function team(): string {
	vault = makeVault({ ...SETTINGS, [LIBRARY_PATH]: LIBRARY, [ACME]: plan("Acme", "李明", "zh", "EU"), [BETA]: plan("Beta", "Anna", "en", "US") });
	return vault;
}

describe("intl-plan sync", () => {
	it("should show what would change with --dry-run and write nothing", async () => {
		const v = team();
		const r = await cli(["sync", v, "--dry-run", "--today", "2026-05-01"]);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain("Plans/Acme plan.md: 6 added\n--- a/Plans/Acme plan.md\n+++ b/Plans/Acme plan.md\n@@ ");
		expect(r.stdout).toContain("+- [ ] 在欧盟注册商标 [source:: §3.4] ^ck-comp-eu-trademark\n");
		expect(r.stdout).toContain("Plans/Beta/Beta plan.md: 5 added\n");
		expect(r.stdout.indexOf("Acme")).toBeLessThan(r.stdout.indexOf("Beta"));
		expect(read(v, ACME)).toBe(plan("Acme", "李明", "zh", "EU"));
	});

	it("should exit 1 with --check while plans are out of step, and 0 once they are synced", async () => {
		const v = team();
		const check = await cli(["sync", v, "--check"]);
		expect(check.status).toBe(1);
		expect(check.stdout).toContain("2 of 2 plans are out of step with the library.");
		const sync = await cli(["sync", v, "--today", "2026-05-01"]);
		expect(sync.status).toBe(0);
		expect(sync.stdout).toBe("Plans/Acme plan.md: synced (6 added)\nPlans/Beta/Beta plan.md: synced (5 added)\n");
		expect(read(v, BETA)).toContain("- [ ] Build a data platform [source:: §3.2] ^ck-tech-data\n");
		expect(await cli(["sync", v, "--check"])).toEqual({ status: 0, stdout: "All 2 plans are in step with the library.\n", stderr: "" });
	});

	it("should use the library the vault's settings name, reword and retire, and speak Chinese with --lang zh", async () => {
		const v = team();
		await cli(["sync", v]);
		write(v, ACME, read(v, ACME).replace("- [ ] 建设数据中台", "- [x] 建设数据中台").replace("^ck-tech-data", "[owner:: 王芳] ^ck-tech-data"));
		write(v, LIBRARY_PATH, LIBRARY.replace("- 建设数据中台 ^ck-tech-data", "- 搭建统一数据中台 ^ck-tech-data").replace(/- 接入海外支付[^]*?§3\.2\n/, ""));
		const r = await cli(["sync", v, "--plan", "Acme", "--lang", "zh", "--today", "2026-05-02"]);
		expect(r.stdout).toBe("Plans/Acme plan.md：已同步（更新措辞 1 项，停用 1 项）\n");
		const acme = read(v, ACME);
		expect(acme).toContain("- [x] 搭建统一数据中台 [source:: §3.2] [owner:: 王芳] ^ck-tech-data\n");
		expect(acme).toContain("- [-] 接入海外支付 [source:: §3.2] [retired:: 2026-05-02] ^ck-tech-payments\n");
	});

	it("should report duplicated ids, exit 1, and merge them with --dedupe", async () => {
		const v = team();
		await cli(["sync", v]);
		const acme = read(v, ACME);
		const line = acme.split("\n").find((l) => l.endsWith("^ck-tech-data")) ?? "";
		write(v, ACME, acme.replace(line, `${line}\n    - 供应商 A\n${line.replace("[ ]", "[x]")}\n    - 供应商 B`));
		const r = await cli(["sync", v, "--check"]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain("Plans/Acme plan.md: ^ck-tech-data appear more than once; those items were left alone. Merge them with intl-plan sync --dedupe.");
		const d = await cli(["sync", v, "--dedupe"]);
		expect(d.stdout).toContain("Plans/Acme plan.md: synced (1 de-duplicated)\n");
		expect(read(v, ACME)).toContain(`${line.replace("[ ]", "[x]")}\n    - 供应商 B\n    - 供应商 A\n`);
		expect((await cli(["sync", v, "--check"])).status).toBe(0);
	});

	it("should refuse a plan whose profile cannot be read, and sync the others", async () => {
		const v = team();
		write(v, BETA, plan("Beta", "Anna", "en", "US").replace("size: small", "size: enormous"));
		const r = await cli(["sync", v]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain("Plans/Beta/Beta plan.md: not synced. Line 4:");
		expect(read(v, BETA)).not.toContain("^ck-");
		expect(read(v, ACME)).toContain("^ck-");
	});

	it("should stop on a library with problems, writing nothing", async () => {
		const v = team();
		write(v, LIBRARY_PATH, LIBRARY.replace("    - source:: §3.4\n", ""));
		const r = await cli(["sync", v]);
		expect(r.status).toBe(2);
		expect(read(v, ACME)).toBe(plan("Acme", "李明", "zh", "EU"));
	});

	it("should stop, naming the note, when the library the settings name is not in the vault, never using the built-in one", async () => {
		const v = team();
		await cli(["sync", v, "--today", "2026-05-01"]);
		const synced = read(v, ACME);
		rmSync(join(v, ...LIBRARY_PATH.split("/")));
		for (const args of [["sync", v], ["sync", v, "--check"], ["summary", v], ["rollup", v]]) {
			const r = await cli(args);
			expect(r.status, args.join(" ")).toBe(2);
			expect(r.stderr).toBe(`intl-plan: The plugin's settings name the checklist library ${LIBRARY_PATH}, which is not in the vault; nothing was done. Restore it, pass --library, or clear the libraryPath setting to use the built-in library.\n`);
		}
		expect(read(v, ACME)).toBe(synced);
	});
});
