/**
 * Type-ahead for target markets in a comma-separated field: suggestions for the market being typed
 * (after the last comma), from the core's market table; picking one completes that market only.
 */
import { AbstractInputSuggest, type App } from "obsidian";
import { classifyMarket, knownMarkets, t, type Lang, type Market } from "../../core/index.js";

/** The separators the plan's `markets` property accepts, in either width. */
const SEPARATOR = /[,，、;；]/;

export function splitMarkets(typed: string): string[] {
	return typed
		.split(SEPARATOR)
		.map((m) => m.trim())
		.filter((m) => m !== "");
}

/** Markets for the one being typed: the market a name stands for (德国 → DE) first, then codes starting with it, then containing it. */
export function marketSuggestions(typed: string): Market[] {
	const parts = typed.split(SEPARATOR);
	const current = (parts.pop() ?? "").trim();
	const chosen = new Set(parts.map((p) => p.trim()).filter((p) => p !== "").map((p) => classifyMarket(p).market.code));
	const open = knownMarkets().filter((m) => !chosen.has(m.code));
	if (current === "") return open;
	const query = current.toLowerCase();
	const named = classifyMarket(current);
	const rank = (m: Market): number => {
		if (named.known && m.code === named.market.code) return 0;
		const code = m.code.toLowerCase();
		if (code.startsWith(query)) return 1;
		return code.includes(query) ? 2 : 3;
	};
	return open
		.map((m) => ({ m, r: rank(m) }))
		.filter(({ r }) => r < 3)
		.sort((a, b) => a.r - b.r || a.m.code.localeCompare(b.m.code))
		.map(({ m }) => m);
}

/** The field's text with the market being typed replaced by the chosen one, ready for the next. */
export function completeMarket(typed: string, code: string): string {
	const kept = typed.split(SEPARATOR).slice(0, -1).map((p) => p.trim()).filter((p) => p !== "");
	return [...kept, code].join(", ") + ", ";
}

export class MarketSuggest extends AbstractInputSuggest<Market> {
	constructor(
		app: App,
		private readonly inputEl: HTMLInputElement,
		private readonly lang: Lang,
	) {
		super(app, inputEl);
	}

	protected getSuggestions(typed: string): Market[] {
		return marketSuggestions(typed);
	}

	renderSuggestion(market: Market, el: HTMLElement): void {
		el.addClass("intl-plan-suggestion");
		el.createSpan({ text: market.code });
		el.createSpan({ cls: "intl-plan-suggestion-note", text: t(this.lang, `market.${market.type}`) });
	}

	override selectSuggestion(market: Market): void {
		this.setValue(completeMarket(this.getValue(), market.code));
		this.inputEl.trigger("input");
		this.close();
	}
}
