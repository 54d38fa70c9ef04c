// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_LIBRARY, DEFAULT_CONFIG, indexVault, readLibrary, REGION_START, type VaultIndex } from "../../../src/core/index.js";
import { settingsFrom } from "../../../src/obsidian/settings/settings.js";
import { rollupBlockProcessor } from "../../../src/obsidian/summary/rollup-block.js";
import { exportPlanCanvas, writePlanSummary } from "../../../src/obsidian/summary/summary-actions.js";
import type { IndexSource } from "../../../src/obsidian/view/index-source.js";
import { text, vault } from "../support/harness.js";

function exampleFiles(root = "examples/vault", dir = root): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, e.name);
		if (e.isDirectory()) Object.assign(out, exampleFiles(root, full));
		else if (e.name.endsWith(".md")) out[relative(root, full).split(sep).join("/")] = readFileSync(full, "utf8");
	}
	return out;
}

const FILES = exampleFiles();
const INDEX = indexVault(Object.entries(FILES).map(([path, t]) => [path, t] as const).map(([path, t]) => ({ path, text: t })));
const LIBRARY = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG);
const LINGXI = INDEX.plans.find((p) => p.path.includes("Lingxi"))!;

function sourceOf(index: VaultIndex): IndexSource & { fire(): void } {
	const listeners = new Set<() => void>();
	return { current: () => index, isReady: () => true, onChange: (l) => (listeners.add(l), () => listeners.delete(l)), fire: () => listeners.forEach((l) => l()) };
}

describe("write plan summary", () => {
	it("should write its own note next to the plan, then nothing when regenerated the same day", async () => {
		const app = vault(FILES).asOriginalType__();
		const settings = settingsFrom({});
		const first = await writePlanSummary(app, settings, INDEX, LINGXI, LIBRARY, "2026-11-25", "en");
		expect(first).toMatchObject({ ok: true, path: "Plans/Lingxi Trading 灵犀贸易/灵犀贸易 国际化规划 摘要 Summary.md" });
		const written = await text(app, first.ok ? first.path : "");
		expect(written).toContain("# 规划摘要：灵犀贸易 国际化规划"); // the plan's own language (zh)
		const second = await writePlanSummary(app, settings, INDEX, LINGXI, LIBRARY, "2026-11-25", "en");
		expect(second.message).toContain("up to date");
		expect(await text(app, first.ok ? first.path : "")).toBe(written);
	});

	it("should say what changed since the last report it wrote, and keep the report's record in the note", async () => {
		const app = vault(FILES).asOriginalType__();
		const settings = settingsFrom({});
		const first = await writePlanSummary(app, settings, INDEX, LINGXI, LIBRARY, "2026-11-25", "en");
		const path = first.ok ? first.path : "";
		expect(await text(app, path)).toMatch(/\n%% intl-plan:snapshot \{.*\} %%\n$/);
		// A week later, one open task of the plan is done and one is new.
		const open = INDEX.items.find((i) => i.plan === LINGXI.path && i.kind === "task" && i.status === "open");
		if (!open) throw new Error("no open task");
		const later: VaultIndex = {
			...INDEX,
			items: [...INDEX.items.map((i) => (i === open ? { ...i, status: "done" as const, statusChar: "x" } : i)), { ...open, line: 9999, text: "Brand-new task", blockId: null }],
		};
		await writePlanSummary(app, settings, later, LINGXI, LIBRARY, "2026-12-02", "en");
		const written = await text(app, path);
		expect(written).toContain("## 自上次报告（2026-11-25）以来");
		expect(written).toContain(`- **此后完成**（1）：${open.text}`);
		expect(written).toContain("- **此后新增**（1）：Brand-new task");
		expect(written).toContain("| 2026-11-25 |");
		expect(written).toContain("| 2026-12-02 |");
	});

	it("should write between markers in the plan, every other byte kept", async () => {
		const app = vault(FILES).asOriginalType__();
		const r = await writePlanSummary(app, settingsFrom({ summaryTarget: "plan" }), INDEX, LINGXI, LIBRARY, "2026-11-25", "en");
		expect(r.ok).toBe(true);
		const after = await text(app, LINGXI.path);
		expect(after.startsWith(FILES[LINGXI.path]!)).toBe(true);
		expect(after).toContain(REGION_START);
	});

	it("should refuse unpaired markers and change nothing", async () => {
		const broken = FILES[LINGXI.path]! + "\n%% intl-plan:summary end %%\n";
		const app = vault({ ...FILES, [LINGXI.path]: broken }).asOriginalType__();
		const r = await writePlanSummary(app, settingsFrom({ summaryTarget: "plan" }), INDEX, LINGXI, LIBRARY, "2026-11-25", "en");
		expect(r.ok).toBe(false);
		expect(await text(app, LINGXI.path)).toBe(broken);
	});
});

describe("export plan to canvas", () => {
	it("should write the canvas beside the plan, and put a new one beside a rearranged one", async () => {
		const app = vault(FILES).asOriginalType__();
		const r = await exportPlanCanvas(app, INDEX, LINGXI, "zh");
		const path = "Plans/Lingxi Trading 灵犀贸易/灵犀贸易 国际化规划.canvas";
		expect(r).toMatchObject({ ok: true, path });
		const canvas = JSON.parse(await text(app, path)) as { nodes: { type: string; label?: string }[] };
		expect(canvas.nodes.filter((n) => n.type === "group").map((n) => n.label)).toEqual(["战略决策", "技术赋能", "营销协同", "风险合规"]);
		await app.vault.modify(app.vault.getFileByPath(path)!, '{"nodes":[]}');
		const again = await exportPlanCanvas(app, INDEX, LINGXI, "zh");
		expect(again).toMatchObject({ ok: true, path: "Plans/Lingxi Trading 灵犀贸易/灵犀贸易 国际化规划 2.canvas" });
		expect(await text(app, path)).toBe('{"nodes":[]}');
	});
});

describe("the roll-up code block", () => {
	function render(source: string, index: VaultIndex = INDEX) {
		const app = vault(FILES).asOriginalType__();
		const src = sourceOf(index);
		const el = document.body.createDiv();
		const children: { load(): void; unload(): void }[] = [];
		const ctx = { addChild: (c: { load(): void; unload(): void }) => (children.push(c), c.load()), sourcePath: "x.md" };
		rollupBlockProcessor({ app, source: src, lang: () => "en", library: () => LIBRARY, onLibraryChange: () => () => undefined, today: () => "2026-11-25" })(source, el, ctx as never);
		return { el, src, children };
	}

	it("should list every plan with completion, overdue and gaps", () => {
		const { el } = render("");
		const rows = Array.from(el.querySelectorAll("tbody tr"), (tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent));
		expect(rows).toEqual([
			["恒泰制造 国际化规划", "17%", "16%", "9%", "17%", "15%", "10", "45", "—"],
			["灵犀贸易 国际化规划", "13%", "14%", "12%", "10%", "12%", "8", "46", "—"],
		]);
	});

	it("should sort when a column header is clicked", () => {
		const { el } = render("");
		const header = Array.from(el.querySelectorAll<HTMLElement>("th")).find((th) => th.textContent === "Compliance")!;
		header.click();
		// Least complete first: Lingxi (19%) before Hengtai (23%), the reverse of the default order.
		expect(Array.from(el.querySelectorAll<HTMLElement>("tbody tr td:first-child")).map((td) => td.textContent)).toEqual(["灵犀贸易 国际化规划", "恒泰制造 国际化规划"]);
		expect(el.querySelector("th.is-sorted")?.textContent).toBe("Compliance");
	});

	it("should report bad options inline and draw no table", () => {
		const { el } = render("sort: size\ncolour: red");
		expect(el.querySelector("table")).toBeNull();
		expect(Array.from(el.querySelectorAll<HTMLElement>(".intl-plan-block-error div")).map((d) => d.textContent)).toEqual([
			'Line 1: sort cannot be "size". Use plan, overall, overdue, gaps, strategy, technology, marketing, compliance.',
			"Line 2: colour is not an option here. Options: folder, sort.",
		]);
	});

	it("should refresh when the index changes and stop listening when unloaded", () => {
		const { el, src, children } = render("folder: Plans/Lingxi Trading 灵犀贸易");
		expect(el.querySelectorAll("tbody tr")).toHaveLength(1);
		children[0]?.unload();
		el.empty();
		src.fire();
		expect(el.querySelector("table")).toBeNull();
	});
});
