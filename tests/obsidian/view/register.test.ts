// @vitest-environment happy-dom
import type { View } from "obsidian";
import { WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import { PLAN_VIEW_TYPE, PlanView } from "../../../src/obsidian/view/plan-view.js";
import { command, loadPlugin, run, settle } from "../support/harness.js";
import { setLanguage__ } from "../support/obsidian-shim.js";
import { exampleFiles, LINGXI } from "./support.js";
import { file } from "../support/harness.js";

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("plan view registration", () => {
	it("should register the view, its page-preview source, a ribbon icon and a command without a hotkey", async () => {
		const h = await loadPlugin();
		expect([...h.mockPlugin.views__.keys()]).toContain(PLAN_VIEW_TYPE);
		expect(h.mockPlugin.hoverLinkSources__.get("intl-plan-view")).toEqual({ display: "Internationalization plan view", defaultMod: true });
		expect(h.mockPlugin.ribbonActions__).toHaveLength(1);
		expect(command(h, "open-plan-view").name).toBe("Open plan view");
		expect(command(h, "open-plan-view").hotkeys).toBeUndefined();
	});

	it("should name the command in the UI language", async () => {
		setLanguage__("zh");
		const h = await loadPlugin();
		expect(command(h, "open-plan-view").name).toBe("打开规划视图");
	});

	it("should open one plan view, and reveal it when asked again", async () => {
		const h = await loadPlugin();
		await run(h, "open-plan-view");
		expect(h.app.workspace.getLeavesOfType(PLAN_VIEW_TYPE)).toHaveLength(1);
		await run(h, "open-plan-view");
		expect(h.app.workspace.getLeavesOfType(PLAN_VIEW_TYPE)).toHaveLength(1);
	});

	it("should show the vault's plans once the layout is ready (the fallback index)", async () => {
		const h = await loadPlugin(exampleFiles());
		const create = h.mockPlugin.views__.get(PLAN_VIEW_TYPE);
		const leaf = WorkspaceLeaf.create2__(h.mockApp).asOriginalType3__();
		const view = create?.(leaf) as View;
		expect(view).toBeInstanceOf(PlanView);
		expect(view.getDisplayText()).toBe("Plan view");
		view.load();
		await (view as unknown as { onOpen(): Promise<void> }).onOpen();
		expect(view.containerEl.textContent).toContain("Reading the vault…");
		h.mockApp.workspace.setLayoutReady__();
		await wait(400);
		await settle();
		await wait(150);
		expect(view.containerEl.querySelector(".intl-plan-title")?.textContent).toBe("恒泰制造 国际化规划");
		h.plugin.unload();
	});

	/** A plan view made as Obsidian makes it at start: state restored before the vault is read. */
	async function restoredView(h: Awaited<ReturnType<typeof loadPlugin>>, state: Record<string, unknown>): Promise<PlanView> {
		const create = h.mockPlugin.views__.get(PLAN_VIEW_TYPE);
		const view = create?.(WorkspaceLeaf.create2__(h.mockApp).asOriginalType3__()) as PlanView;
		view.load();
		await (view as unknown as { onOpen(): Promise<void> }).onOpen();
		await view.setState(state, { history: false });
		return view;
	}

	it("should come back to the plan it showed, after a restart, not to the first plan or All plans", async () => {
		const h = await loadPlugin(exampleFiles());
		const view = await restoredView(h, { scope: `plan:${LINGXI}` });
		h.mockApp.workspace.setLayoutReady__();
		await wait(400);
		await settle();
		await wait(150);
		expect(view.containerEl.querySelector(".intl-plan-title")?.textContent).toBe("灵犀贸易 国际化规划");
		h.plugin.unload();
	});

	it("should keep showing a plan that is renamed or moved, and save its new path", async () => {
		const h = await loadPlugin(exampleFiles());
		const view = await restoredView(h, { scope: `plan:${LINGXI}` });
		h.mockApp.workspace.setLayoutReady__();
		await wait(400);
		await settle();
		const moved = "Archive/灵犀贸易 国际化规划 2026.md";
		await h.app.fileManager.renameFile(file(h.app, LINGXI), moved);
		await wait(400);
		await settle();
		expect(view.getState().scope).toBe(`plan:${moved}`);
		expect(view.containerEl.querySelector(".intl-plan-title")?.textContent).toBe("灵犀贸易 国际化规划 2026");
		h.plugin.unload();
	});
});
