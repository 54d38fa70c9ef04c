// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { applicableItems, BUILTIN_LIBRARY, createPlanNote, DEFAULT_CONFIG, parseNote, PLAN_TEMPLATE, readLibrary, readProfile, type NewPlan } from "../../../src/core/index.js";
import { file, lastNotice, loadPlugin, noticeTexts, openNote, run, text, type Harness } from "../support/harness.js";

const LIBRARY = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG);
const PLAN: NewPlan = {
	company: "Acme",
	size: "small",
	industry: "trading",
	markets: ["DE", "VN"],
	channel: "platform",
	platforms: ["Amazon"],
	owner: "李明",
	horizon: "2027-01-01",
	lang: "zh",
};
const PATH = "Plans/Acme plan.md";
const full = createPlanNote(PLAN_TEMPLATE, PLAN, LIBRARY, DEFAULT_CONFIG, { title: "Acme plan", date: "2026-01-01" });
const APPLICABLE = applicableItems(LIBRARY, full.profile).map((a) => a.item.id);

/** The plan as a team has it: a third of the items, the first one ticked and given an owner by hand. */
function partialPlan(eol = "\n"): string {
	const item = /^- \[ \] .* \^ck-[\w-]+$/;
	let kept = 0;
	const lines = full.text.split("\n").filter((line) => !item.test(line) || kept++ % 3 === 0);
	const first = lines.findIndex((l) => item.test(l));
	lines[first] = (lines[first] ?? "").replace("- [ ] ", "- [x] ").replace(" [source::", " [owner:: 李明] ✅ 2026-03-01 [source::");
	return lines.join(eol);
}

const ids = (note: string): string[] => parseNote(note).listItems.flatMap((i) => (i.blockId ? [i.blockId.id] : []));

function expectSubsequence(original: string, result: string): void {
	const out = result.split("\n");
	let at = 0;
	for (const line of original.split("\n")) {
		while (at < out.length && out[at] !== line) at++;
		expect(at, `line kept in order: ${line}`).toBeLessThan(out.length);
		at++;
	}
}

async function planOpen(note: string, saved?: unknown): Promise<Harness> {
	const h = await loadPlugin({ [PATH]: note, "Notes/ideas.md": "# Ideas\n\n- [ ] something\n" }, saved);
	await openNote(h.app, PATH);
	return h;
}

describe("command: insert checklist for this plan", () => {
	it("should add only the missing applicable items", async () => {
		const before = partialPlan();
		const h = await planOpen(before);
		expect(await run(h, "insert-checklist")).toBe(true);
		const after = await text(h.app, PATH);
		expect(ids(after).filter((id) => id.startsWith("ck-")).sort()).toEqual([...APPLICABLE].sort());
		expect(new Set(ids(after)).size).toBe(ids(after).length);
		const added = APPLICABLE.length - ids(before).length;
		expect(added).toBeGreaterThan(0);
		expect(lastNotice()).toBe(`Acme: added ${added} checklist items.`);
	});

	it("should keep every line of the note, byte for byte and in order, the user's edits included", async () => {
		const before = partialPlan();
		expect(before).toContain("- [x] ");
		expect(before).toContain("[owner:: 李明] ✅ 2026-03-01");
		const h = await planOpen(before);
		await run(h, "insert-checklist");
		expectSubsequence(before, await text(h.app, PATH));
	});

	it("should keep Windows line endings", async () => {
		const before = partialPlan("\r\n");
		const h = await planOpen(before);
		await run(h, "insert-checklist");
		const after = await text(h.app, PATH);
		expect(after.includes(before.split("\r\n")[0] ?? "")).toBe(true);
		expect(after.replace(/\r\n/g, "").includes("\n")).toBe(false);
		expectSubsequence(before.replace(/\r\n/g, "\n"), after.replace(/\r\n/g, "\n"));
	});

	it("should add nothing, and write nothing, when run again", async () => {
		const h = await planOpen(partialPlan());
		await run(h, "insert-checklist");
		const once = await text(h.app, PATH);
		let writes = 0;
		h.app.vault.on("modify", () => writes++);
		await run(h, "insert-checklist");
		expect(await text(h.app, PATH)).toBe(once);
		expect(writes).toBe(0);
		expect(lastNotice()).toBe("Acme already has every applicable checklist item.");
	});

	it("should word new items in the UI language when the plan sets none", async () => {
		const before = partialPlan().replace("lang: zh", 'lang: ""');
		const h = await planOpen(before, { uiLanguage: "en" });
		await run(h, "insert-checklist");
		const old = new Set(before.split("\n"));
		const added = (await text(h.app, PATH)).split("\n").filter((l) => !old.has(l) && l.trim() !== "");
		expect(added.length).toBeGreaterThan(0);
		for (const line of added) expect(line).toMatch(/^- \[ \] [A-Z][^\u4e00-\u9fff]*\^ck-[\w-]+$/);
	});

	it("should compute its edits from the note as it is when written, not as it was read", async () => {
		const h = await planOpen(partialPlan());
		const process = h.app.vault.process.bind(h.app.vault);
		// Someone edits the note between the command's first look and its write.
		h.app.vault.process = async (f, fn, options) => {
			const now = (await h.app.vault.read(f)).replace("## 技术赋能 Technology", "## 技术赋能 Technology\n\n- [ ] 团队刚加的任务");
			await h.mockApp.vault.adapter.write(f.path, now);
			return process(f, fn, options);
		};
		await run(h, "insert-checklist");
		const after = await text(h.app, PATH);
		expect(after).toContain("- [ ] 团队刚加的任务");
		expect(ids(after).filter((id) => id.startsWith("ck-")).sort()).toEqual([...APPLICABLE].sort());
	});

	it("should refuse a plan whose profile cannot be read, and change nothing", async () => {
		const before = partialPlan().replace("size: small", "size: huge");
		const h = await planOpen(before);
		await run(h, "insert-checklist");
		expect(await text(h.app, PATH)).toBe(before);
		expect(lastNotice()).toMatch(/^The properties of Acme plan have 1 problem\. Line 4: size "huge" is not one of/);
	});

	it("should be unavailable on a note that is not a plan, and with no note open", async () => {
		const h = await planOpen(partialPlan());
		await openNote(h.app, "Notes/ideas.md");
		expect(await run(h, "insert-checklist")).toBe(false);
		expect(await text(h.app, "Notes/ideas.md")).toBe("# Ideas\n\n- [ ] something\n");
		const bare = await loadPlugin({ [PATH]: partialPlan() });
		expect(await run(bare, "insert-checklist")).toBe(false);
		expect(noticeTexts()).toEqual([]);
	});

	it("should be available on the plan note, from Obsidian's reading of its properties", async () => {
		const h = await planOpen(partialPlan());
		expect(h.app.metadataCache.getFileCache(file(h.app, PATH))?.frontmatter?.["intl-plan"]).toBe(1);
		expect(await run(h, "insert-checklist")).toBe(true);
	});

	it("should read the profile back unchanged after inserting", async () => {
		const h = await planOpen(partialPlan());
		await run(h, "insert-checklist");
		const fm = parseNote(await text(h.app, PATH)).frontmatter;
		expect(fm && readProfile(fm, DEFAULT_CONFIG).profile).toEqual(full.profile);
	});
});
