// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { quadrants } from "../../../src/core/index.js";
import { renderQuadrants } from "../../../src/obsidian/view/quadrant-render.js";
import { inAnotherRealm } from "../support/other-realm.js";
import { exampleFiles, itemRow, openView, TestSource, TODAY } from "./support.js";

describe("the plan view in a pop-out window (another realm)", () => {
	it("should leave Space on a checkbox to the checkbox: one tick, not two", () => {
		const index = TestSource.build({ "Acme/Plan.md": "---\nintl-plan: 1\ncompany: Acme\n---\n## 战略决策 Strategy\n\n- [ ] Pick markets\n" });
		const el = document.body.createDiv();
		let toggles = 0;
		renderQuadrants(el, { title: "Acme", profile: index.plans[0]?.profile ?? null, quadrants: quadrants(index, "all"), today: TODAY, lang: "en", layout: "grid" }, { onToggle: () => toggles++, onOpen: () => {} });
		const box = el.querySelector("input");
		if (!box) throw new Error("no checkbox");
		inAnotherRealm(() => box.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true })));
		expect(toggles).toBe(0);
	});

	it("should keep the keyboard user's place when the view is drawn anew", async () => {
		const h = await openView();
		const row = itemRow(h.el, "Institutional & cultural distance DE vs. US");
		row.querySelector<HTMLElement>(".intl-plan-item-text")?.focus();
		h.source.reindex(exampleFiles());
		inAnotherRealm(() => h.view.render());
		expect(document.activeElement?.classList.contains("intl-plan-item-text")).toBe(true);
		expect(document.activeElement?.textContent).toContain("Institutional & cultural distance");
	});
});
