// @vitest-environment happy-dom
import { WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import { PlanView } from "../../../src/obsidian/view/plan-view.js";
import { settle } from "../support/harness.js";
import { exampleVault, loadIndexed } from "../index/live-harness.js";
import { pick, selectEl } from "../view/support.js";

describe("the plan view's All plans page", () => {
	it("should lead with the plans roll-up, and only there", async () => {
		const h = await loadIndexed(exampleVault(), { uiLanguage: "en" });
		const leaf = WorkspaceLeaf.create2__(h.mockApp).asOriginalType3__();
		const view = new PlanView(leaf, h.plugin, h.plugin.index, () => "2026-11-25");
		document.body.appendChild(view.containerEl);
		view.load();
		await (view as unknown as { onOpen(): Promise<void> }).onOpen();
		await settle();
		const el = view.contentEl;
		expect(el.querySelector(".intl-plan-rollup-section")).toBeNull();
		pick(selectEl(el, "intl-plan-picker"), "all");
		expect(el.querySelector(".intl-plan-title")?.textContent).toBe("All plans");
		const rows = Array.from(el.querySelectorAll<HTMLElement>(".intl-plan-rollup-section tbody tr"), (tr) => tr.querySelector("td")?.textContent);
		expect(rows).toEqual(["恒泰制造 国际化规划", "灵犀贸易 国际化规划"]);
		const sortByCompliance = Array.from(el.querySelectorAll<HTMLElement>(".intl-plan-rollup-section th")).find((th) => th.textContent === "Compliance");
		sortByCompliance?.click();
		expect(Array.from(el.querySelectorAll<HTMLElement>(".intl-plan-rollup-section tbody tr td:first-child"), (td) => td.textContent)).toEqual(["灵犀贸易 国际化规划", "恒泰制造 国际化规划"]);
	});
});
