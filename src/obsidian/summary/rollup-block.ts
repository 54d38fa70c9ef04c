/**
 * ```intl-plan-rollup``` — every plan in the vault (or a folder) in a table: completion per
 * dimension, overall, overdue and gaps; click a column to sort; refreshed when the index or the
 * checklist library changes.
 */
import { MarkdownRenderChild, type App, type MarkdownPostProcessorContext } from "obsidian";
import { parseRollupOptions, rollup, t, type Lang, type Library, type RollupSort } from "../../core/index.js";
import type { IndexSource } from "../view/index-source.js";
import { renderRollupTable } from "./rollup-table.js";

export interface RollupDeps {
	readonly app: App;
	readonly source: IndexSource;
	readonly lang: () => Lang;
	readonly library: () => Library | null;
	/** Called when the library changes; returns the unsubscribe. */
	readonly onLibraryChange: (listener: () => void) => () => void;
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
		this.register(this.deps.onLibraryChange(() => this.render()));
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
		renderRollupTable(el, rows, lang, { sort: this.sort, onSort: (sort) => ((this.sort = sort), this.render()), onOpen: (path, newLeaf) => void this.deps.app.workspace.openLinkText(path, "", newLeaf) });
	}
}
