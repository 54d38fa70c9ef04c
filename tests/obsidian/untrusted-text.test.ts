// @vitest-environment happy-dom
/** Text from notes and forms is shown as text: a company or item named like markup creates no element. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, parseNote, readProfile } from "../../src/core/index.js";
import { fieldError, fill, lastNotice, loadPlugin, openNote, run, submit, text } from "./support/harness.js";
import { notices__ } from "./support/obsidian-shim.js";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";

function expectNoMarkupElements(): void {
	expect(document.querySelectorAll("script, img, iframe, object, embed")).toHaveLength(0);
	expect(document.querySelectorAll("[onerror], [onload], [onclick]")).toHaveLength(0);
}

const FORM = { size: "small", industry: "trading", markets: "DE", channel: "platform", platforms: "", owner: IMG, horizon: "", lang: "en", folder: "Plans" };

describe("untrusted text in the plugin's UI", () => {
	it("should store a company named like markup as text and create no element from it", async () => {
		const h = await loadPlugin();
		await run(h, "create-plan");
		fill({ ...FORM, company: IMG });
		expect(document.querySelector(".intl-plan-form")?.textContent).toContain("Creates Plans/img src=x onerror=alert(1) internationalization plan.md.");
		await submit();
		expectNoMarkupElements();
		const [note] = h.app.vault.getMarkdownFiles();
		const fm = parseNote(await text(h.app, note?.path ?? "")).frontmatter;
		expect(fm && readProfile(fm, DEFAULT_CONFIG).profile).toMatchObject({ company: IMG, owner: IMG });
	});

	it("should show a refusal naming such a note as text", async () => {
		const h = await loadPlugin({ "Plans/script alert(1) script internationalization plan.md": "" });
		await run(h, "create-plan");
		fill({ ...FORM, company: SCRIPT });
		await submit();
		expect(fieldError("folder")).toBe("Plans/script alert(1) script internationalization plan.md already exists. Choose another folder, or rename the existing note.");
		expectNoMarkupElements();
	});

	it("should show a plan's company as text in the insert notice", async () => {
		const plan = `---\nintl-plan: 1\ncompany: "${SCRIPT}${IMG}"\nsize: small\nmarkets: [DE]\n---\n\n## 战略决策 Strategy\n`;
		const h = await loadPlugin({ "Plans/x.md": plan });
		await openNote(h.app, "Plans/x.md");
		await run(h, "insert-checklist");
		expect(lastNotice()).toMatch(new RegExp(`^${SCRIPT.replace(/[()]/g, "\\$&")}${IMG.replace(/[()]/g, "\\$&")}: added \\d+ checklist items\\.$`));
		expect(notices__.at(-1)?.messageEl.children).toHaveLength(0);
		expectNoMarkupElements();
	});

	it("should show a library item's markup as text in the problem notice", async () => {
		const library = `## 战略决策 Strategy\n\n- ${SCRIPT} ${IMG}\n    - en:: no id here\n`;
		const h = await loadPlugin({ "Team/library.md": library, "Plans/x.md": "---\nintl-plan: 1\n---\n" }, { libraryPath: "Team/library.md" });
		await openNote(h.app, "Plans/x.md");
		await run(h, "insert-checklist");
		expect(lastNotice()).toContain(`Line 3: "${`${SCRIPT} ${IMG}`.slice(0, 40)}" looks like a checklist item`);
		expect(notices__.at(-1)?.messageEl.children).toHaveLength(0);
		expectNoMarkupElements();
	});
});
