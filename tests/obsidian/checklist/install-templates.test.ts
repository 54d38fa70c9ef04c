// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { TEMPLATES } from "../../../src/core/index.js";
import { control, fieldError, fill, lastNotice, loadPlugin, openModals, run, submit, text } from "../support/harness.js";

const NAMES = Object.keys(TEMPLATES);

describe("command: install templates into vault", () => {
	it("should ask for the folder, prefilled from the settings", async () => {
		const h = await loadPlugin({}, { templatesFolder: "Team/Templates" });
		await run(h, "install-templates");
		expect(openModals()).toHaveLength(1);
		expect(control<HTMLInputElement>("folder").value).toBe("Team/Templates");
	});

	it("should create every template in the folder", async () => {
		expect(NAMES).toEqual([
			"plan.md", "strategy-decision-record.md", "technology-capability.md", "marketing-campaign.md",
			"compliance-risk-register.md", "market-entry.md", "trading-services.md", "checklist-library.md",
		]);
		const h = await loadPlugin();
		await run(h, "install-templates");
		await submit();
		for (const name of NAMES) expect(await text(h.app, `Templates/Intl plan/${name}`)).toBe(TEMPLATES[name]);
		expect(openModals()).toEqual([]);
		expect(lastNotice()).toBe("Installed 8 templates in Templates/Intl plan.");
	});

	it("should leave a template that exists byte for byte as it was, and say it was skipped", async () => {
		const ours = "---\nintl-plan: 1\n---\n\n# Our own plan template\r\n";
		const h = await loadPlugin({ "Templates/Intl plan/plan.md": ours });
		await run(h, "install-templates");
		await submit();
		expect(await text(h.app, "Templates/Intl plan/plan.md")).toBe(ours);
		for (const name of NAMES.filter((n) => n !== "plan.md")) expect(await text(h.app, `Templates/Intl plan/${name}`)).toBe(TEMPLATES[name]);
		expect(lastNotice()).toBe("Installed 7 templates in Templates/Intl plan.\nSkipped 1 that already exist: plan.md.");
	});

	it("should install into the folder typed in the form", async () => {
		const h = await loadPlugin();
		await run(h, "install-templates");
		fill({ folder: " /Shared/模板/ " });
		await submit();
		expect(await text(h.app, "Shared/模板/plan.md")).toBe(TEMPLATES["plan.md"]);
	});

	it("should refuse an empty folder inline and stay open", async () => {
		const h = await loadPlugin();
		await run(h, "install-templates");
		fill({ folder: "  " });
		await submit();
		expect(fieldError("folder")).toBe("Enter a folder.");
		expect(openModals()).toHaveLength(1);
		expect(h.app.vault.getMarkdownFiles()).toEqual([]);
	});

	it("should refuse a folder path that runs through a file", async () => {
		const h = await loadPlugin({ Templates: "a file named Templates" });
		await run(h, "install-templates");
		fill({ folder: "Templates/Intl plan" });
		await submit();
		expect(fieldError("folder")).toBe("Templates is a file, not a folder. Choose another folder.");
		expect(openModals()).toHaveLength(1);
	});
});
