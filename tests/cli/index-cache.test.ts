import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, withDefaults } from "../../src/core/index.js";
import { IndexCache } from "../../src/cli/index-cache.js";
import { indexFolder } from "../../src/cli/index-vault.js";
import { main, type Io } from "../../src/cli/main.js";

const ROOT = join(import.meta.dirname, "..", "..");
let vault: string;
let cacheHome: string;
const env = (): Io["env"] => ({ XDG_CACHE_HOME: cacheHome });
const run = (config = DEFAULT_CONFIG, e = env()) => indexFolder(vault, config, "", [], IndexCache.open(vault, config, e)).index;
/** The one cache file a run leaves in the cache home. */
const cacheFile = (): string => join(cacheHome, "intl-plan", readdirSync(join(cacheHome, "intl-plan"))[0] ?? "");
const HOUR_AGO = new Date(Date.now() - 3_600_000);

beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "intl-plan-cache-vault-"));
	cacheHome = mkdtempSync(join(tmpdir(), "intl-plan-cache-home-"));
});
afterEach(() => {
	rmSync(vault, { recursive: true, force: true });
	rmSync(cacheHome, { recursive: true, force: true });
});

/** Writes a note with an mtime an hour ago: read now, it is not "racy". */
function settled(path: string, text: string, when = HOUR_AGO): void {
	const full = join(vault, ...path.split("/"));
	mkdirSync(join(full, ".."), { recursive: true });
	writeFileSync(full, text);
	utimesSync(full, when, when);
}

describe("the CLI's index cache", () => {
	it("should give a warm run exactly what a cold run gives, on the example vault and on plan folders with unsorted tasks", () => {
		cpSync(join(ROOT, "examples", "vault"), vault, { recursive: true });
		settled("Plans/Lingxi Trading 灵犀贸易/todo.md", "- [ ] a chore with no dimension\n");
		settled("Elsewhere/todo.md", "- [ ] not in a plan\n");
		writeFileSync(join(vault, "latin1.md"), Buffer.from([0x23, 0x20, 0xe9, 0x0a, 0x2d, 0x20, 0x5b, 0x20, 0x5d, 0x20, 0x23, 0x69, 0x6e, 0x74, 0x6c, 0x2f, 0x72, 0x69, 0x73, 0x6b, 0x0a]));
		const cold = indexFolder(vault, DEFAULT_CONFIG, "", []).index;
		expect(run()).toEqual(cold);
		expect(readdirSync(join(cacheHome, "intl-plan"))).toHaveLength(1);
		expect(run()).toEqual(cold);
		expect(cold.unsorted.map((u) => u.path)).toContain("Plans/Lingxi Trading 灵犀贸易/todo.md");
	});

	it("should not read an unchanged note again (shown by a change its mtime and size cannot see), and --no-cache reads it", async () => {
		settled("P/Acme.md", "---\nintl-plan: 1\n---\n## Strategy\n- [ ] first wording\n");
		expect(run().items.map((i) => i.text)).toEqual(["first wording"]);
		// Same size, mtime put back: only a read would see it.
		settled("P/Acme.md", "---\nintl-plan: 1\n---\n## Strategy\n- [ ] other wording\n");
		expect(run().items.map((i) => i.text)).toEqual(["first wording"]);
		const io = { out: () => undefined, err: () => undefined, columns: undefined, color: false, env: env() } as Io;
		let printed = "";
		expect(await main(["index", vault, "--json", "--no-cache"], { ...io, out: (s) => void (printed += s) })).toBe(0);
		expect(printed).toContain("other wording");
	});

	it("should read again a note changed since, and one read within two seconds of its mtime (racy)", () => {
		settled("P/Acme.md", "---\nintl-plan: 1\n---\n## Strategy\n- [ ] a\n");
		run();
		settled("P/Acme.md", "---\nintl-plan: 1\n---\n## Strategy\n- [ ] a\n- [ ] b\n");
		expect(run().items.map((i) => i.text)).toEqual(["a", "b"]);
		// Written just now: a rewrite within the same second could keep mtime and size, so it is not trusted.
		const now = new Date();
		settled("P/Acme.md", "---\nintl-plan: 1\n---\n## Strategy\n- [ ] c\n- [ ] d\n", now);
		run();
		settled("P/Acme.md", "---\nintl-plan: 1\n---\n## Strategy\n- [ ] e\n- [ ] f\n", now);
		expect(run().items.map((i) => i.text)).toEqual(["e", "f"]);
	});

	it("should start over when the settings that decide reading change, or the cache file is damaged", () => {
		settled("P/Acme.md", "---\nintl-plan: 1\n---\n## Misc\n- [ ] a #acme/ops\n");
		expect(run().items).toEqual([]);
		const config = withDefaults({ tagAliases: { strategy: ["acme/ops"] } });
		expect(run(config).items.map((i) => i.dimension)).toEqual(["strategy"]);
		const file = cacheFile();
		writeFileSync(file, "{ not json");
		expect(run(config).items.map((i) => i.dimension)).toEqual(["strategy"]);
		expect(() => void JSON.parse(readFileSync(file, "utf8"))).not.toThrow();
	});

	it("should read again a note whose kept record is damaged, and keep the others", () => {
		settled("P/Acme.md", "---\nintl-plan: 1\n---\n## Strategy\n- [ ] a\n");
		settled("P/Notes.md", "- [ ] b #intl/tech\n");
		run();
		const file = cacheFile();
		const saved = JSON.parse(readFileSync(file, "utf8")) as { notes: Record<string, { note: { items: unknown[] } }> };
		const notes = saved.notes["P/Notes.md"];
		if (!notes) throw new Error("no entry");
		notes.note.items = [["not", "an item"]];
		writeFileSync(file, JSON.stringify(saved));
		expect(run().items.map((i) => [i.path, i.text])).toEqual([
			["P/Acme.md", "a"],
			["P/Notes.md", "b"],
		]);
	});

	it("should keep every character of a note exactly in a file of ASCII, and not read a file holding anything else", () => {
		const text = "---\nintl-plan: 1\n---\n## 风险合规\n- [ ] 注册商标 😀 \u2028 عربي e\u0301 \u0085 [负责人:: 林晓] #国际化/风险合规\n";
		settled("P/Lingxi.md", text);
		settled("计划/灵犀 😀.md", text);
		const cold = indexFolder(vault, DEFAULT_CONFIG, "", []).index;
		expect(run()).toEqual(cold);
		const bytes = readFileSync(cacheFile());
		expect(bytes.every((b) => b < 0x80)).toBe(true);
		expect(run()).toEqual(cold);
		// Written by something else (UTF-8, and a record the note does not give): read as ASCII it would be
		// garbled, so it is not read at all and the note is.
		const saved = readFileSync(cacheFile(), "latin1");
		writeFileSync(cacheFile(), JSON.stringify(JSON.parse(saved)).replace("注册商标", "已改"));
		expect(run().items.map((i) => i.text)).toEqual(cold.items.map((i) => i.text));
		expect(run()).toEqual(cold);
	});

	it("should leave the cache file as it is after a run that read nothing new, and drop a deleted note from it", () => {
		settled("P/Acme.md", "---\nintl-plan: 1\n---\n## Strategy\n- [ ] a\n");
		settled("P/Notes.md", "- [ ] b #intl/tech\n");
		run();
		const file = cacheFile();
		const long = new Date(Date.now() - 7_200_000);
		utimesSync(file, long, long);
		const before = statSync(file).mtimeMs;
		expect(run().items.map((i) => i.text)).toEqual(["a", "b"]);
		expect(statSync(file).mtimeMs).toBe(before);
		rmSync(join(vault, "P", "Notes.md"));
		expect(run().items.map((i) => i.text)).toEqual(["a"]);
		expect(statSync(file).mtimeMs).not.toBe(before);
		expect(readFileSync(file, "utf8")).not.toContain("Notes.md");
	});

	it("should keep no cache without a home for it, and never one inside the vault", () => {
		settled("P/Acme.md", "---\nintl-plan: 1\n---\n");
		run(DEFAULT_CONFIG, {});
		expect(readdirSync(cacheHome)).toEqual([]);
		run();
		expect(readdirSync(vault)).toEqual(["P"]);
	});
});
