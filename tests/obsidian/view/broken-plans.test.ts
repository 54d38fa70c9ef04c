// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { afterDebounce, loadIndexed, modify, waitFor } from "../index/live-harness.js";
import { renderBlock } from "../codeblock/block-harness.js";
import { openView } from "./support.js";

const BROKEN = "---\nintl-plan: 1\n<<<<<<< HEAD\ncompany: Acme\n=======\ncompany: Acme Corp\n>>>>>>> theirs\n---\n# Acme\n- [ ] mine #intl/strategy\n";
const GLOBEX = "---\nintl-plan: 1\ncompany: Globex\n---\n# Globex\n- [ ] theirs #intl/strategy\n";
const TASKS = "- [ ] a task of the folder #intl/strategy\n";
const FILES = { "Plans/Acme/Acme.md": BROKEN, "Plans/Acme/tasks.md": TASKS, "Plans/Globex/Globex.md": GLOBEX, "Notes/linked.md": `---\nplan: "[[Acme]]"\n---\n${TASKS}` };

describe("broken plans in the plugin", () => {
	it("should name each broken plan in the plan view, with the line to fix", async () => {
		const { el } = await openView(FILES);
		const box = el.querySelector(".intl-plan-broken-plans");
		expect(box?.getAttribute("role")).toBe("alert");
		expect(box?.textContent).toContain("Plans/Acme/Acme.md: Broken plan: this note has intl-plan, but its frontmatter cannot be read (line 3)");
		expect(el.querySelector(".intl-plan-title")?.textContent).toBe("Globex");
	});

	it("should say so in Chinese", async () => {
		const { el } = await openView(FILES, { uiLanguage: "zh" });
		expect(el.querySelector(".intl-plan-broken-plans")?.textContent).toContain("Plans/Acme/Acme.md：规划已损坏");
	});

	it("should show no such box when every plan can be read", async () => {
		const { el } = await openView({ "Plans/Globex/Globex.md": GLOBEX });
		expect(el.querySelector(".intl-plan-broken-plans")).toBeNull();
	});

	it("should say in a code block that its plan is broken, in the plan's folder, in the plan, or linked", async () => {
		const h = await loadIndexed(FILES);
		for (const [source, path] of [["", "Plans/Acme/tasks.md"], ["", "Plans/Acme/Acme.md"], ["plan: [[Acme]]", "Notes/linked.md"]] as const) {
			const { el } = await renderBlock(h, source, path);
			expect(el.querySelector(".intl-plan-block-error")?.textContent).toContain("Plans/Acme/Acme.md: Broken plan");
		}
	});

	it("should follow a broken plan being broken, mended and broken again as notes change", async () => {
		const h = await loadIndexed(FILES);
		const index = (): ReturnType<typeof h.plugin.index.current> => h.plugin.index.current();
		expect(index().brokenPlans.map((b) => b.path)).toEqual(["Plans/Acme/Acme.md"]);
		expect(index().items.find((i) => i.path === "Plans/Acme/tasks.md")?.plan).toBeNull();
		await modify(h, "Plans/Acme/Acme.md", GLOBEX.replace("Globex", "Acme"));
		await afterDebounce();
		await waitFor(() => index().brokenPlans.length === 0);
		expect(index().items.find((i) => i.path === "Plans/Acme/tasks.md")?.plan).toBe("Plans/Acme/Acme.md");
		await modify(h, "Plans/Acme/Acme.md", BROKEN);
		await afterDebounce();
		await waitFor(() => index().brokenPlans.length === 1);
		expect(index().plans.map((p) => p.path)).toEqual(["Plans/Globex/Globex.md"]);
		expect(index().items.find((i) => i.path === "Plans/Acme/tasks.md")?.plan).toBeNull();
	});
});
