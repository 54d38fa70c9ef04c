// @vitest-environment happy-dom
/** Note text and block options shown by the code block and the Bases view stay text: no element is made from them. */
import type { BasesEntry, BasesViewRegistration, Value } from "obsidian";
import { BasesQueryResult, BasesViewConfig, QueryController } from "obsidian-test-mocks/obsidian";
import { describe, expect, it } from "vitest";
import { loadIndexed } from "../index/live-harness.js";
import { renderBlock } from "./block-harness.js";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";

function expectNoMarkupElements(): void {
	expect(document.querySelectorAll("script, img, iframe, object, embed")).toHaveLength(0);
	expect(document.querySelectorAll("[onerror], [onload], [onclick]")).toHaveLength(0);
}

const PLAN = `---\nintl-plan: 1\ncompany: "${SCRIPT}"\nsize: small\nmarkets: [DE]\n---\n`;

describe("untrusted text in the code block and the Bases view", () => {
	it("should show items, owners and plan titles written like markup as text", async () => {
		const h = await loadIndexed({
			[`P/${"img src=x onerror=alert(1)"}.md`]: PLAN,
			"P/work.md": `- [ ] ${SCRIPT} ${IMG} [owner:: ${IMG}] #intl/strategy\n`,
		});
		const { el } = await renderBlock(h, "", "P/work.md");
		expect(el.querySelector(".intl-plan-item-text")?.textContent).toBe(`${SCRIPT} ${IMG}`);
		expect(el.querySelector(".intl-plan-chip-owner")?.textContent).toBe(IMG);
		expectNoMarkupElements();
	});

	it("should show block options written like markup, in its mistakes, as text", async () => {
		const h = await loadIndexed({});
		const { el } = await renderBlock(h, `layout: ${IMG}\n${SCRIPT}\nplan: [[${IMG}]]`, "x.md");
		const lines = Array.from(el.querySelectorAll(".intl-plan-block-error li")).map((li) => li.textContent);
		expect(lines[0]).toBe(`Line 1: layout cannot be "${IMG}". Use grid, list.`);
		expect(lines[1]).toContain(SCRIPT);
		expectNoMarkupElements();
		const missing = await renderBlock(h, `plan: [[${IMG}]]`, "x.md");
		expect(missing.el.textContent).toBe(`No plan note named [[${IMG}]].`);
		expectNoMarkupElements();
	});

	it("should show note names and property values written like markup as text in the Bases view", async () => {
		const name = "img src=x onerror=alert(1)";
		const h = await loadIndexed({ [`${name}.md`]: "x" });
		const registration = h.mockPlugin.basesViewRegistrations__.get("intl-plan-quadrant") as BasesViewRegistration;
		const el = document.body.createDiv();
		const view = registration.factory(QueryController.create2__(h.mockApp, h.mockPlugin, el, null).asOriginalType2__(), el);
		const config = BasesViewConfig.create__("", "", "");
		const result = BasesQueryResult.create__(h.mockApp, config, [], []);
		const value = { toString: () => SCRIPT, isTruthy: () => true } as unknown as Value;
		result.setData__([{ file: h.app.vault.getFileByPath(`${name}.md`), getValue: () => value } as unknown as BasesEntry] as never);
		Object.assign(view, { config: config.asOriginalType__(), data: result.asOriginalType__() });
		view.onDataUpdated();
		expect(el.querySelector(".intl-plan-bases-entry")?.textContent).toBe(name);
		expectNoMarkupElements();
	});
});
