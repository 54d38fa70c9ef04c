// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { loadPlugin } from "../support/harness.js";
import { changedWhileClosed, metadataCatchesUp } from "../support/stale-metadata.js";
import { afterDebounce, itemTexts, waitFor } from "./live-harness.js";

const PLAN = "---\nintl-plan: 1\ncompany: Acme\n---\n# Acme plan\n";

describe("a note changed while Obsidian was closed", () => {
	it("should be indexed once the metadata cache catches up, though the first read saw the old cache", async () => {
		const h = await loadPlugin({ "Acme/Plan.md": PLAN, "Notes/Ideas.md": "Nothing to plan yet.\n" });
		// A git pull while Obsidian was closed gave the note a dimension.
		changedWhileClosed(h, "Notes/Ideas.md", "---\ndimension: marketing\nplan: \"[[Plan]]\"\n---\n- [ ] Localize the listings\n");
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.plugin.index.isReady());
		metadataCatchesUp(h, "Notes/Ideas.md");
		await afterDebounce();
		await waitFor(() => itemTexts(h, "Notes/Ideas.md").length > 0);
		expect(itemTexts(h, "Notes/Ideas.md")).toContain("Localize the listings");
	});

	it("should stay ruled out when the cache catches up with nothing for the index", async () => {
		const h = await loadPlugin({ "Acme/Plan.md": PLAN, "Notes/Ideas.md": "Nothing.\n" });
		changedWhileClosed(h, "Notes/Ideas.md", "Still nothing to plan.\n");
		h.mockApp.workspace.setLayoutReady__();
		await waitFor(() => h.plugin.index.isReady());
		metadataCatchesUp(h, "Notes/Ideas.md");
		await afterDebounce();
		expect(itemTexts(h, "Notes/Ideas.md")).toEqual([]);
	});
});
