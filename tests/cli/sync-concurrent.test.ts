/** Someone saves a plan while `intl-plan sync` works on it: the write is refused and their edit stays. */
import { appendFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cli, LIBRARY, LIBRARY_PATH, makeVault, plan, read, SETTINGS } from "./sync-support.js";

const ACME = "Plans/Acme plan.md";
const BETA = "Plans/Beta plan.md";
const meddle = { path: "", reads: 0 };

// The command reads each note once (readNote); right after it reads the plan under test, "someone" saves it.
vi.mock("../../src/cli/vault-files.js", async (importOriginal) => {
	const real = await importOriginal<typeof import("../../src/cli/vault-files.js")>();
	return {
		...real,
		readNote: (root: string, path: string) => {
			const result = real.readNote(root, path);
			if (path === meddle.path && ++meddle.reads === 1) appendFileSync(join(root, ...path.split("/")), "\n- [x] 同事刚加的一行\n");
			return result;
		},
	};
});

let vault = "";
afterEach(() => {
	rmSync(vault, { recursive: true, force: true });
	meddle.path = "";
	meddle.reads = 0;
});

describe("intl-plan sync and a concurrent edit", () => {
	it("should refuse to write a plan that changed since it was read, keep the edit, and write the others", async () => {
		vault = makeVault({ ...SETTINGS, [LIBRARY_PATH]: LIBRARY, [ACME]: plan("Acme", "李明", "zh", "EU"), [BETA]: plan("Beta", "Anna", "en", "US") });
		meddle.path = ACME;
		const r = await cli(["sync", vault]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain("Plans/Acme plan.md changed while it was being synced; nothing was written there. Run the sync again.");
		expect(read(vault, ACME)).toBe(`${plan("Acme", "李明", "zh", "EU")}\n- [x] 同事刚加的一行\n`);
		expect(read(vault, BETA)).toContain("^ck-tech-data");
		meddle.path = "";
		const again = await cli(["sync", vault]);
		expect(again.status).toBe(0);
		expect(read(vault, ACME)).toContain("- [x] 同事刚加的一行\n");
		expect(read(vault, ACME)).toContain("^ck-tech-data");
	});
});
