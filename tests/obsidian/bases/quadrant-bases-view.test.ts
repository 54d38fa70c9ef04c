// @vitest-environment happy-dom
/**
 * The Quadrant Bases view over fakes of what Obsidian hands a view (obsidian.d.ts): a QueryController,
 * a BasesViewConfig answering get/getAsPropertyId, a BasesQueryResult whose `data` holds BasesEntry
 * objects (a file and getValue), and Values (toString; lists with length/get).
 */
import type { BasesEntry, BasesViewRegistration, Value } from "obsidian";
import { BasesQueryResult, BasesViewConfig, QueryController, StringValue } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import { QuadrantBasesView } from "../../../src/obsidian/bases/quadrant-bases-view.js";
import { registerQuadrantBasesView } from "../../../src/obsidian/bases/register.js";
import { activeFilePath, loadPlugin, settle, type Harness } from "../support/harness.js";
import { setLanguage__ } from "../support/obsidian-shim.js";

const text = (s: string): Value => StringValue.create__(s).asOriginalType4__();
const list = (...items: string[]): Value => ({ length: () => items.length, get: (i: number) => text(items[i] ?? ""), toString: () => items.join(", "), isTruthy: () => items.length > 0 }) as unknown as Value;

function entry(h: Harness, path: string, values: Record<string, Value | null>): BasesEntry {
	const file = h.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return { file, getValue: (id: string) => values[id] ?? null };
}

function registration(h: Harness): BasesViewRegistration {
	const found = h.mockPlugin.basesViewRegistrations__.get("intl-plan-quadrant");
	if (!found) throw new Error("the view is not registered");
	return found;
}

function openView(h: Harness, entries: BasesEntry[], property?: string, groups?: { key: string | null; entries: BasesEntry[] }[]): { view: QuadrantBasesView; el: HTMLElement } {
	const el = document.body.createDiv();
	const controller = QueryController.create2__(h.mockApp, h.mockPlugin, el, null).asOriginalType2__();
	const view = registration(h).factory(controller, el) as QuadrantBasesView;
	const config = BasesViewConfig.create__("", "intl-plan-quadrant", "Quadrant");
	if (property !== undefined) config.set("dimensionProperty", property);
	const result = BasesQueryResult.create__(h.mockApp, config, [], []);
	result.setData__(entries as never);
	if (groups) result.setGroupedData__(groups.map((g) => ({ key: g.key === null ? undefined : text(g.key), entries: g.entries, hasKey: () => g.key !== null })) as never);
	Object.assign(view, { config: config.asOriginalType__(), data: result.asOriginalType__() });
	view.onDataUpdated();
	return { view, el };
}

function placed(el: HTMLElement): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const section of Array.from(el.querySelectorAll<HTMLElement>(".intl-plan-bases-section"))) {
		const key = section.dataset.dimension ?? "other";
		out[key] = Array.from(section.querySelectorAll(".intl-plan-bases-entry")).map((a) => a.textContent ?? "");
	}
	return out;
}

const NOTES = ["a.md", "b.md", "c.md", "d.md", "e.md", "f.md", "g.md"];
const files = Object.fromEntries(NOTES.map((n) => [`Base/${n}`, `# ${n}\n`]));

describe("Quadrant Bases view", () => {
	it("should register as Quadrant, with a dimension property option", async () => {
		const h = await loadPlugin(files);
		const reg = registration(h);
		expect(reg.name).toBe("Quadrant");
		expect(reg.icon).toBe("layout-grid");
		expect(reg.options?.(BasesViewConfig.create__("", "", "").asOriginalType__() as never)).toEqual([
			{ type: "property", key: "dimensionProperty", displayName: "Dimension property", default: "note.dimension" },
		]);
	});

	it("should place each entry by its property: a key, a tag, a name in either language; Other for the rest", async () => {
		const h = await loadPlugin(files);
		const p = "note.dimension";
		const entries = [
			entry(h, "Base/a.md", { [p]: text("strategy") }),
			entry(h, "Base/b.md", { [p]: text("#intl/tech") }),
			entry(h, "Base/c.md", { [p]: text("营销协同") }),
			entry(h, "Base/d.md", { [p]: text("Risk & compliance") }),
			entry(h, "Base/e.md", { [p]: list("travel", "国际化/战略决策") }),
			entry(h, "Base/f.md", { [p]: text("lunch") }),
			entry(h, "Base/g.md", {}),
		];
		const { el } = openView(h, entries);
		expect(placed(el)).toEqual({ strategy: ["a", "e"], technology: ["b"], marketing: ["c"], compliance: ["d"], other: ["f", "g"] });
		expect(Array.from(el.querySelectorAll(".intl-plan-quadrant-title")).map((e) => e.textContent)).toEqual([
			"Strategic decision-making", "Technology enablement", "Marketing synergy", "Risk & compliance", "Other",
		]);
	});

	it("should read the property the user chose, named with or without its note. prefix", async () => {
		const h = await loadPlugin(files);
		const entries = [entry(h, "Base/a.md", { "note.area": text("compliance"), "note.dimension": text("strategy") })];
		expect(placed(openView(h, entries, "note.area").el).compliance).toEqual(["a"]);
		expect(placed(openView(h, entries, "area").el).compliance).toEqual(["a"]);
		expect(placed(openView(h, entries).el).strategy).toEqual(["a"]);
	});

	it("should open an entry's note on click, and show no Other section when every entry has a dimension", async () => {
		const h = await loadPlugin(files);
		const { el } = openView(h, [entry(h, "Base/c.md", { "note.dimension": text("marketing") })]);
		expect(el.querySelector(".intl-plan-bases-other")).toBeNull();
		el.querySelector<HTMLElement>(".intl-plan-bases-entry")?.click();
		await settle();
		expect(activeFilePath(h.app)).toBe("Base/c.md");
	});

	it("should speak the UI language", async () => {
		setLanguage__("zh");
		const h = await loadPlugin(files);
		expect(registration(h).name).toBe("四象限");
		const { el } = openView(h, [entry(h, "Base/f.md", {})]);
		expect(el.querySelector(".intl-plan-bases-other .intl-plan-quadrant-title")?.textContent).toBe("其他");
		expect(el.querySelector(".intl-plan-quadrant-strategy .intl-plan-empty")?.textContent).toBe("没有笔记");
	});

	it("should do nothing, quietly, where Bases is off or missing", async () => {
		const h = await loadPlugin(files);
		const off = { ...h.plugin, settings: h.plugin.settings, registerBasesView: () => false } as unknown as Parameters<typeof registerQuadrantBasesView>[0];
		expect(registerQuadrantBasesView(off)).toBe(false);
		const throwing = { settings: h.plugin.settings, registerBasesView: () => { throw new Error("Bases is disabled"); } } as unknown as Parameters<typeof registerQuadrantBasesView>[0];
		expect(registerQuadrantBasesView(throwing)).toBe(false);
		const missing = { settings: h.plugin.settings } as unknown as Parameters<typeof registerQuadrantBasesView>[0];
		expect(registerQuadrantBasesView(missing)).toBe(false);
	});

	it("should draw a long quadrant a page at a time, with a button for the rest", async () => {
		const many = Array.from({ length: 250 }, (_, i) => `Base/n${i}.md`);
		const h = await loadPlugin(Object.fromEntries(many.map((p) => [p, "# n\n"])));
		const { el } = openView(h, many.map((p) => entry(h, p, { "note.dimension": text("strategy") })));
		const strategy = el.querySelector<HTMLElement>('[data-dimension="strategy"]');
		expect(strategy?.querySelectorAll(".intl-plan-bases-entry")).toHaveLength(100);
		const more = strategy?.querySelector<HTMLButtonElement>(".intl-plan-show-more");
		expect(more?.textContent).toBe("Show 100 more");
		more?.click();
		more?.click();
		expect(strategy?.querySelectorAll(".intl-plan-bases-entry")).toHaveLength(250);
		expect(more?.classList.contains("intl-plan-hidden")).toBe(true);
	});

	it("should show the Base's Group by as groups inside each quadrant", async () => {
		const h = await loadPlugin(files);
		const p = "note.dimension";
		const a = entry(h, "Base/a.md", { [p]: text("strategy") });
		const b = entry(h, "Base/b.md", { [p]: text("strategy") });
		const c = entry(h, "Base/c.md", { [p]: text("technology") });
		const d = entry(h, "Base/d.md", { [p]: text("strategy") });
		const { el } = openView(h, [a, b, c, d], undefined, [
			{ key: "DE", entries: [a, c] },
			{ key: "VN", entries: [b] },
			{ key: null, entries: [d] },
		]);
		const strategy = el.querySelector<HTMLElement>('[data-dimension="strategy"]');
		expect(Array.from(strategy?.querySelectorAll(".intl-plan-bases-group") ?? [], (g) => g.textContent)).toEqual(["DE", "VN", "(no value)"]);
		expect(placed(el).strategy).toEqual(["a", "b", "d"]);
		expect(Array.from(el.querySelectorAll('[data-dimension="technology"] .intl-plan-bases-group'), (g) => g.textContent)).toEqual(["DE"]);
	});
});
