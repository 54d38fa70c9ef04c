/**
 * The view's toolbar: the plan picker and the filters (status, due date, market, owner, words). Built once, so
 * typing in the search box keeps its focus; `update` refreshes the choices as the index changes.
 */
import { dueFilterText, filterChoices, parseDueFilter, t, type Item, type ItemFilter, type Lang, type Plan } from "../../core/index.js";

/** `plan:<path>`, `all` or `unassigned`: what the picker's options carry. */
export type ScopeKey = string;
export const ALL = "all";
export const UNASSIGNED = "unassigned";
export const planKey = (path: string): ScopeKey => `plan:${path}`;

export type ViewTab = "quadrants" | "timeline";

export interface ControlsState {
	scope: ScopeKey;
	filter: ItemFilter;
	/** Quadrants (default) or the timeline. */
	tab?: ViewTab;
}

export interface Controls {
	readonly el: HTMLElement;
	update(plans: readonly Plan[], items: readonly Item[], state: ControlsState): void;
}

export function createControls(parent: HTMLElement, lang: Lang, onChange: (change: Partial<ControlsState>) => void): Controls {
	const el = parent.createDiv({ cls: "intl-plan-toolbar" });
	// Two views of the same items: the quadrants, or the timeline.
	const tabs = el.createDiv({ cls: "intl-plan-tabs", attr: { role: "group" } });
	const tabButton = (tab: ViewTab, label: string): HTMLButtonElement => {
		const button = tabs.createEl("button", { cls: ["intl-plan-tab", `intl-plan-tab-${tab}`], text: label, attr: { "aria-pressed": String(tab === "quadrants"), "data-tab": tab } });
		button.addEventListener("click", () => onChange({ tab }));
		return button;
	};
	const tabButtons = [tabButton("quadrants", t(lang, "view.tab.quadrants")), tabButton("timeline", t(lang, "view.tab.timeline"))];
	const picker = select(el, "intl-plan-picker", t(lang, "view.picker"));
	const status = select(el, "intl-plan-filter-status", t(lang, "view.filter.status"));
	options(status, [["all", t(lang, "view.filter.all")], ["open", t(lang, "view.filter.open")]], "all");
	const due = select(el, "intl-plan-filter-due", t(lang, "view.filter.due"));
	const dueChoices: [string, string][] = [["", t(lang, "view.filter.anyDue")], ["overdue", t(lang, "view.filter.overdue")], ["0d", t(lang, "view.filter.dueToday")], ["7d", t(lang, "view.filter.dueWeek")], ["30d", t(lang, "view.filter.dueMonth")]];
	options(due, dueChoices, "");
	const market = select(el, "intl-plan-filter-market", t(lang, "view.filter.market"));
	const owner = select(el, "intl-plan-filter-owner", t(lang, "view.filter.owner"));
	const search = el.createEl("input", { cls: "intl-plan-filter-text", type: "search", attr: { placeholder: t(lang, "view.filter.search"), "aria-label": t(lang, "view.filter.search") } });

	let filter: ItemFilter = { status: "all", market: null, owner: null, text: null };
	const filterChange = (change: Partial<ItemFilter>): void => {
		filter = { ...filter, ...change };
		onChange({ filter });
	};
	picker.addEventListener("change", () => onChange({ scope: picker.value }));
	status.addEventListener("change", () => filterChange({ status: status.value === "open" ? "open" : "all" }));
	due.addEventListener("change", () => filterChange({ due: parseDueFilter(due.value) }));
	market.addEventListener("change", () => filterChange({ market: market.value || null }));
	owner.addEventListener("change", () => filterChange({ owner: owner.value || null }));
	search.addEventListener("input", () => filterChange({ text: search.value.trim() || null }));

	return {
		el,
		update(plans, items, state) {
			filter = state.filter;
			for (const button of tabButtons) {
				const on = button.dataset.tab === (state.tab ?? "quadrants");
				button.setAttribute("aria-pressed", String(on));
				button.toggleClass("is-active", on);
			}
			const scopes: [string, string][] = [...plans.map((p): [string, string] => [planKey(p.path), p.title]), [ALL, t(lang, "show.allPlans")], [UNASSIGNED, t(lang, "show.unassigned")]];
			options(picker, scopes, state.scope);
			status.value = state.filter.status;
			// A window saved with the view that is not one of the choices (from a code block's words) is kept listed.
			const dueValue = state.filter.due ? dueFilterText(state.filter.due) : "";
			options(due, dueChoices.some(([v]) => v === dueValue) ? dueChoices : [...dueChoices, [dueValue, dueValue]], dueValue);
			const choices = filterChoices(items);
			// A chosen value stays listed even when no item has it any more, so the control shows what filters.
			const keep = (list: string[], value: string | null): string[] => (value && !list.includes(value) ? [...list, value] : list);
			options(market, [["", t(lang, "view.filter.anyMarket")], ...keep(choices.markets, state.filter.market).map((m): [string, string] => [m, m])], state.filter.market ?? "");
			options(owner, [["", t(lang, "view.filter.anyOwner")], ...keep(choices.owners, state.filter.owner).map((o): [string, string] => [o, o])], state.filter.owner ?? "");
			if (search.value.trim() !== (state.filter.text ?? "")) search.value = state.filter.text ?? "";
		},
	};
}

function select(parent: HTMLElement, cls: string, label: string): HTMLSelectElement {
	return parent.createEl("select", { cls: ["dropdown", cls], attr: { "aria-label": label } });
}

/** Replaces the options only when they differ, so an open dropdown is not reset under the pointer. */
function options(el: HTMLSelectElement, entries: readonly (readonly [string, string])[], value: string): void {
	const same = el.options.length === entries.length && entries.every(([v, label], i) => el.options[i]?.value === v && el.options[i]?.text === label);
	if (!same) {
		el.empty();
		for (const [v, label] of entries) el.createEl("option", { text: label, attr: { value: v } });
	}
	el.value = value;
}
