/**
 * ```intl-plan-rollup``` — every plan in the vault (or a folder) in a table: completion per
 * dimension, overall, overdue and gaps; click a column to sort; refreshed when the index changes.
 */
import { MarkdownRenderChild, type App, type MarkdownPostProcessorContext } from "obsidian";
import { DIMENSIONS, doneByText, parseRollupOptions, rollup, t, type Lang, type Library, type RollupRow, type RollupSort } from "../../core/index.js";
import type { IndexSource } from "../view/index-source.js";

export interface RollupDeps {
	readonly app: App;
	readonly source: IndexSource;
	readonly lang: () => Lang;
	readonly library: () => Library | null;
	readonly today: () => string;
}

export function rollupBlockProcessor(deps: RollupDeps) {
	return (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
		ctx.addChild(new RollupBlock(el, source, deps));
	};
}

class RollupBlock extends MarkdownRenderChild {
	private sort: RollupSort;
	private readonly options: ReturnType<typeof parseRollupOptions>;

	constructor(
		containerEl: HTMLElement,
		source: string,
		private readonly deps: RollupDeps,
	) {
		super(containerEl);
		this.options = parseRollupOptions(source);
		this.sort = this.options.sort;
	}

	override onload(): void {
		this.render();
		this.register(this.deps.source.onChange(() => this.render()));
	}

	private render(): void {
		const lang = this.deps.lang();
		const el = this.containerEl;
		el.empty();
		el.addClass("intl-plan-rollup");
		if (this.options.errors.length > 0) {
			const box = el.createDiv({ cls: "intl-plan-block-error" });
			for (const e of this.options.errors) box.createDiv({ text: t(lang, e.key, e.args) });
			return;
		}
		const rows = rollup(this.deps.source.current(), this.deps.library(), this.deps.today(), { sort: this.sort, ...(this.options.folder ? { folder: this.options.folder } : {}) });
		if (rows.length === 0) {
			el.createDiv({ cls: "intl-plan-empty", text: t(lang, "rollup.none") });
			return;
		}
		const table = el.createEl("table", { cls: "intl-plan-rollup-table", attr: { "aria-label": t(lang, "rollup.title") } });
		const head = table.createEl("thead").createEl("tr");
		const columns: [RollupSort, string][] = [
			["plan", t(lang, "rollup.col.plan")],
			...DIMENSIONS.map((d): [RollupSort, string] => [d, t(lang, `dimension.${d}.short`)]),
			["overall", t(lang, "rollup.col.total")],
			["overdue", t(lang, "rollup.col.overdue")],
			["gaps", t(lang, "rollup.col.gaps")],
		];
		const doneByHeader = t(lang, "rollup.col.doneBy");
		for (const [key, label] of columns) {
			const th = head.createEl("th", { text: label, attr: { tabindex: "0", title: t(lang, "rollup.sortHint"), "aria-sort": key === this.sort ? "ascending" : "none" } });
			th.toggleClass("is-sorted", key === this.sort);
			const choose = (): void => {
				this.sort = key;
				this.render();
			};
			this.registerDomEvent(th, "click", choose);
			this.registerDomEvent(th, "keydown", (e: KeyboardEvent) => {
				if (e.key === "Enter" || e.key === " ") {
					e.preventDefault();
					choose();
				}
			});
		}
		head.createEl("th", { text: doneByHeader });
		const body = table.createEl("tbody");
		for (const row of rows) this.renderRow(body, row);
	}

	private renderRow(body: HTMLElement, row: RollupRow): void {
		const tr = body.createEl("tr");
		const link = tr.createEl("td").createEl("a", { cls: "internal-link", text: row.title, attr: { "data-href": row.path, href: row.path } });
		this.registerDomEvent(link, "click", (e: MouseEvent) => {
			e.preventDefault();
			void this.deps.app.workspace.openLinkText(row.path, "", e.ctrlKey || e.metaKey);
		});
		const pct = (n: number | null): string => (n === null ? "—" : `${n}%`);
		for (const d of DIMENSIONS) tr.createEl("td", { text: pct(row.completion[d]) });
		tr.createEl("td", { text: pct(row.overall) });
		tr.createEl("td", { text: String(row.overdue), cls: row.overdue > 0 ? "intl-plan-overdue" : "" });
		tr.createEl("td", { text: String(row.gaps) });
		tr.createEl("td", { text: doneByText(row) || "—" });
	}
}
