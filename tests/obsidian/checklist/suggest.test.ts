// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { completeMarket, MarketSuggest, marketSuggestions, splitMarkets } from "../../../src/obsidian/checklist/market-suggest.js";
import { FolderSuggest, matchingPaths } from "../../../src/obsidian/settings/path-suggest.js";
import { vault } from "../support/harness.js";

const codes = (typed: string): string[] => marketSuggestions(typed).map((m) => m.code);

describe("market suggestions", () => {
	it("should suggest for the market being typed, after the last comma", () => {
		expect(codes("DE, u").slice(0, 3)).toEqual(["UA", "US", "UZ"]);
	});

	it("should put the market a name stands for first, in either language", () => {
		expect(codes("德国")[0]).toBe("DE");
		expect(codes("germany")[0]).toBe("DE");
		expect(codes("东南亚")[0]).toBe("Southeast Asia");
	});

	it("should leave out markets already chosen", () => {
		expect(codes("US, GB, ")).not.toContain("US");
		expect(codes("US, GB, ")).not.toContain("GB");
		expect(codes("美国，")).not.toContain("US");
	});

	it("should complete only the market being typed", () => {
		expect(completeMarket("DE，u", "US")).toBe("DE, US, ");
		expect(completeMarket("", "EU")).toBe("EU, ");
		expect(splitMarkets("DE, US, ")).toEqual(["DE", "US"]);
	});

	it("should render a suggestion as text, with its market type", () => {
		const input = document.body.createEl("input");
		const suggest = new MarketSuggest(vault().asOriginalType__(), input, "zh");
		const el = document.body.createDiv();
		suggest.renderSuggestion({ code: "VN", type: "emerging" }, el);
		expect(el.textContent).toBe("VN新兴市场");
		input.value = "DE, v";
		let typed = "";
		input.addEventListener("input", () => (typed = input.value));
		suggest.selectSuggestion({ code: "VN", type: "emerging" });
		expect(typed).toBe("DE, VN, ");
	});
});

describe("path suggestions", () => {
	it("should match paths containing the text, shortest first", () => {
		const items = [{ path: "Archive/Plans/2024" }, { path: "Plans" }, { path: "Team/Plans" }, { path: "Notes" }];
		expect(matchingPaths(items, "plans").map((i) => i.path)).toEqual(["Plans", "Team/Plans", "Archive/Plans/2024"]);
	});

	it("should fill the field with the folder picked, firing input", () => {
		const app = vault({ "Strategy/Plans/": "" }).asOriginalType__();
		const input = document.body.createEl("input");
		let typed = "";
		input.addEventListener("input", () => (typed = input.value));
		const folder = app.vault.getFolderByPath("Strategy/Plans");
		if (!folder) throw new Error("no folder");
		new FolderSuggest(app, input).selectSuggestion(folder);
		expect(typed).toBe("Strategy/Plans");
	});
});
