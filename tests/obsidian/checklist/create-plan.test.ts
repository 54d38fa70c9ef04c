// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { applicableItems, BUILTIN_LIBRARY, DEFAULT_CONFIG, parseNote, readLibrary, readProfile } from "../../../src/core/index.js";
import { readPlanForm, type PlanFormValues } from "../../../src/obsidian/checklist/plan-form.js";
import { activeFilePath, control, fieldError, fill, lastNotice, loadPlugin, noticeTexts, openModals, run, submit, text } from "../support/harness.js";

const LIBRARY = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG);

const ACME = {
	company: "Acme 家居",
	size: "small",
	industry: "manufacturing",
	markets: "DE, US, 东南亚",
	channel: "hybrid",
	platforms: "Amazon, Shopify",
	owner: "李明",
	horizon: "2027-06-30",
	lang: "both",
	folder: "Strategy/Plans",
} as const;

const PATH = "Strategy/Plans/Acme 家居 internationalization plan.md";

function readBack(note: string) {
	const facts = parseNote(note);
	if (!facts.frontmatter) throw new Error("no frontmatter");
	return { facts, ...readProfile(facts.frontmatter, DEFAULT_CONFIG) };
}

describe("command: create internationalization plan", () => {
	it("should open one form, with the plans folder and the UI language filled in", async () => {
		const h = await loadPlugin({}, { plansFolder: "Plans", uiLanguage: "zh" });
		await run(h, "create-plan");
		expect(openModals()).toHaveLength(1);
		expect(control<HTMLInputElement>("folder").value).toBe("Plans");
		expect(control<HTMLSelectElement>("lang").value).toBe("zh");
		expect(control<HTMLInputElement>("horizon").type).toBe("date");
		expect(control<HTMLSelectElement>("size").value).toBe("");
		const options = (name: string): string[] => Array.from(control<HTMLSelectElement>(name).options).map((o) => `${o.value}=${o.text}`);
		expect(options("size")).toEqual(["=请选择…", "large=大型", "medium=中型", "small=小型", "micro=微型"]);
		expect(options("channel")).toEqual(["=请选择…", "platform=平台依赖", "independent-site=独立站主导", "hybrid=混合模式"]);
		expect(options("lang")).toEqual(["zh=中文", "en=英文", "both=中英双语"]);
		expect(document.querySelector(".intl-plan-form")?.textContent).toContain("目标市场");
	});

	it("should label the choices in sentence case in English", async () => {
		const h = await loadPlugin();
		await run(h, "create-plan");
		expect(Array.from(control<HTMLSelectElement>("industry").options).map((o) => o.text)).toEqual(["Choose…", "Manufacturing", "Trading", "Other industry"]);
		expect(h.app.vault.getMarkdownFiles()).toEqual([]);
	});

	it("should write a note that reads back as the profile entered, with every applicable item", async () => {
		const h = await loadPlugin();
		await run(h, "create-plan");
		fill(ACME);
		await submit();

		const note = await text(h.app, PATH);
		const { profile, problems, facts } = readBack(note);
		expect(problems).toEqual([]);
		expect(profile).toEqual({
			company: "Acme 家居",
			size: "small",
			industry: "manufacturing",
			channel: "hybrid",
			platforms: ["Amazon", "Shopify"],
			markets: [
				{ code: "DE", type: "developed" },
				{ code: "US", type: "developed" },
				{ code: "Southeast Asia", type: "emerging" },
			],
			owner: "李明",
			horizon: "2027-06-30",
			lang: "both",
			entries: [],
		});
		const expected = applicableItems(LIBRARY, profile).map((a) => a.item.id);
		const ids = facts.listItems.map((i) => i.blockId?.id).filter((id) => id?.startsWith("ck-"));
		expect(ids.sort()).toEqual([...expected].sort());
		expect(expected.length).toBeGreaterThan(10);
		expect(note).toContain("# Acme 家居 internationalization plan");
	});

	it("should close the form, open the new note and say how many items it holds", async () => {
		const h = await loadPlugin();
		await run(h, "create-plan");
		fill(ACME);
		await submit();
		expect(openModals()).toEqual([]);
		expect(activeFilePath(h.app)).toBe(PATH);
		const { profile } = readBack(await text(h.app, PATH));
		expect(lastNotice()).toBe(`Created ${PATH} with ${applicableItems(LIBRARY, profile).length} checklist items.`);
	});

	it("should title a Chinese plan in Chinese", async () => {
		const h = await loadPlugin();
		await run(h, "create-plan");
		fill({ ...ACME, lang: "zh", folder: "" });
		await submit();
		expect(activeFilePath(h.app)).toBe("Acme 家居 国际化规划.md");
	});

	it("should show an inline error for each invalid field, stay open and create nothing", async () => {
		const h = await loadPlugin();
		await run(h, "create-plan");
		fill({ ...ACME, company: "  ", markets: " , ", size: "" });
		const horizon = control<HTMLInputElement>("horizon");
		// A browser keeps a half-typed date out of .value and reports it as bad input.
		Object.defineProperty(horizon, "validity", { value: { badInput: true } });
		await submit();
		expect(fieldError("company")).toBe("Enter the company name.");
		expect(fieldError("markets")).toBe("Enter at least one target market.");
		expect(fieldError("horizon")).toBe("Enter a whole date (YYYY-MM-DD), or leave it empty.");
		expect(fieldError("size")).toBe("Choose one of the options.");
		expect(fieldError("industry")).toBe("");
		expect(control("company").getAttribute("aria-invalid")).toBe("true");
		expect(document.activeElement).toBe(control("company"));
		expect(openModals()).toHaveLength(1);
		expect(h.app.vault.getMarkdownFiles()).toEqual([]);
		expect(noticeTexts()).toEqual([]);
	});

	it("should clear an error once the field is put right", async () => {
		const h = await loadPlugin();
		await run(h, "create-plan");
		fill({ ...ACME, company: "" });
		await submit();
		expect(fieldError("company")).not.toBe("");
		fill({ company: "Acme" });
		await submit();
		expect(h.app.vault.getFileByPath("Strategy/Plans/Acme internationalization plan.md")).not.toBeNull();
	});

	it("should refuse a title that exists, inline, and leave that note as it was", async () => {
		const h = await loadPlugin({ [PATH]: "# ours\n" });
		await run(h, "create-plan");
		fill(ACME);
		await submit();
		expect(fieldError("folder")).toBe(`${PATH} already exists. Choose another folder, or rename the existing note.`);
		expect(await text(h.app, PATH)).toBe("# ours\n");
		expect(openModals()).toHaveLength(1);
	});

	it("should refuse, with a notice, when the team's library note has problems", async () => {
		const h = await loadPlugin({ "Team/library.md": "## 战略决策 Strategy\n\n- 没有编号的条目\n    - en:: No id\n" }, { libraryPath: "Team/library.md" });
		await run(h, "create-plan");
		fill(ACME);
		await submit();
		expect(lastNotice()).toMatch(/^The checklist library Team\/library\.md has 1 problem\. Line 3: /);
		expect(h.app.vault.getFileByPath(PATH)).toBeNull();
		expect(openModals()).toHaveLength(1);
	});

	it("should use the team's library note when the settings name one", async () => {
		const library = "## 技术赋能 Technology\n\n- 建数据中台 ^ck-tech-ours\n    - en:: Build the data platform\n    - when:: always\n    - source:: §3.2\n";
		const h = await loadPlugin({ "Team/library.md": library }, { libraryPath: "Team/library.md" });
		await run(h, "create-plan");
		fill(ACME);
		await submit();
		const { facts } = readBack(await text(h.app, PATH));
		expect(facts.listItems.map((i) => i.blockId?.id).filter(Boolean)).toEqual(["ck-tech-ours"]);
	});
});

describe("plan form: reading what was typed", () => {
	const values = (v: Partial<PlanFormValues> = {}): PlanFormValues => ({ ...ACME, horizonIncomplete: false, ...v });

	it("should accept the values in either language's separators", () => {
		const read = readPlanForm(values({ markets: "DE，US、 JP", platforms: "" }), "en");
		expect(read.ok && read.request.plan.markets).toEqual(["DE", "US", "JP"]);
		expect(read.ok && read.request.plan.platforms).toEqual([]);
	});

	it("should refuse a date that is not one", () => {
		const read = readPlanForm(values({ horizon: "2027-02-30" }), "zh");
		expect(!read.ok && read.errors.horizon).toBe("请填写完整日期（YYYY-MM-DD），或留空。");
	});

	it("should leave the horizon empty when none is given", () => {
		const read = readPlanForm(values({ horizon: "" }), "en");
		expect(read.ok && read.request.plan.horizon).toBe("");
	});

	it("should name the note as the CLI does, without characters a file name cannot hold", () => {
		const read = readPlanForm(values({ company: 'A/B: "C" #1', folder: "\\Plans\\" }), "en");
		expect(read.ok && read.request.path).toBe("Plans/A B C 1 internationalization plan.md");
		expect(read.ok && read.request.plan.company).toBe('A/B: "C" #1');
	});
});
