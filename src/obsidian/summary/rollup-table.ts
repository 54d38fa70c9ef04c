/** The roll-up table (code block and plan view): a row per plan, sortable by any column, rows link to plans. */
import type { PaneType } from "obsidian";
import { DIMENSIONS, doneByText, hasUnsafeLink, t, type Lang, type RollupRow, type RollupSort } from "../../core/index.js";
import { ownLink } from "../ui/own-link.js";

export interface RollupTableHandlers {
	readonly sort: RollupSort;
	onSort(sort: RollupSort): void;
	onOpen(path: string, newLeaf: PaneType | boolean): void;
}

/**
 * Listeners go on the table's own elements, not through a Component: the table is redrawn often and
 * each redraw discards the old elements, listeners and all.
 */
export function renderRollupTable(el: HTMLElement, rows: readonly RollupRow[], lang: Lang, handlers: RollupTableHandlers): void {
	if (rows.length === 0) {
		el.createDiv({ cls: "intl-plan-empty", text: t(lang, "rollup.none") });
		return;
	}
	// Nine columns do not fit a phone: the table scrolls sideways inside its own box, never the note.
	const scroller = el.createDiv({ cls: "intl-plan-rollup-scroll" });
	const table = scroller.createEl("table", { cls: "intl-plan-rollup-table", attr: { "aria-label": t(lang, "rollup.title") } });
	const head = table.createEl("thead").createEl("tr");
	const columns: [RollupSort, string][] = [
		["plan", t(lang, "rollup.col.plan")],
		...DIMENSIONS.map((d): [RollupSort, string] => [d, t(lang, `dimension.${d}.short`)]),
		["overall", t(lang, "rollup.col.total")],
		["overdue", t(lang, "rollup.col.overdue")],
		["gaps", t(lang, "rollup.col.gaps")],
	];
	for (const [key, label] of columns) {
		const th = head.createEl("th", { text: label, attr: { tabindex: "0", title: t(lang, "rollup.sortHint"), "aria-sort": key === handlers.sort ? "ascending" : "none" } });
		th.toggleClass("is-sorted", key === handlers.sort);
		th.addEventListener("click", () => handlers.onSort(key));
		th.addEventListener("keydown", (e: KeyboardEvent) => {
			if (e.key === "Enter" || e.key === " ") {
				e.preventDefault();
				handlers.onSort(key);
			}
		});
	}
	head.createEl("th", { text: t(lang, "rollup.col.doneBy") });
	const body = table.createEl("tbody");
	const pct = (n: number | null): string => (n === null ? "—" : `${n}%`);
	for (const row of rows) {
		const tr = body.createEl("tr");
		// A note named `javascript:….md` must not become a link a browser would run: such a path keeps no href.
		const attr: Record<string, string> = hasUnsafeLink(row.path) ? { "data-href": row.path } : { "data-href": row.path, href: row.path };
		const link = tr.createEl("td").createEl("a", { cls: "internal-link", text: row.title, attr });
		ownLink(link, (newLeaf) => handlers.onOpen(row.path, newLeaf));
		for (const d of DIMENSIONS) tr.createEl("td", { text: pct(row.completion[d]) });
		tr.createEl("td", { text: pct(row.overall) });
		tr.createEl("td", { text: String(row.overdue), cls: row.overdue > 0 ? "intl-plan-overdue" : "" });
		tr.createEl("td", { text: String(row.gaps) });
		tr.createEl("td", { text: doneByText(row) || "—" });
	}
}
