/**
 * One ```intl-plan``` block in a note: its options checked (mistakes shown, nothing guessed), its
 * plan's quadrants drawn with the plan view's renderer, and drawn again whenever the index changes.
 */
import { MarkdownRenderChild, type App, type HoverParent, type HoverPopover } from "obsidian";
import { filterItems, parseBlockOptions, quadrants, sortItems, t, unsortedIn, type BlockOptions, type Dimension, type Lang, type ListedItem, type UnsortedTask } from "../../core/index.js";
import { uiLang } from "../ui/language.js";
import type { IntlPlanSettings } from "../settings/settings.js";
import { localToday } from "../ui/today.js";
import type { IndexSource } from "../view/index-source.js";
import { HOVER_SOURCE } from "../view/plan-view.js";
import { renderQuadrants, type QuadrantCallbacks } from "../view/quadrant-render.js";
import { toggleItem } from "../view/toggle-item.js";
import { giveTaskDimension } from "../view/give-dimension.js";
import { inform, warn } from "../ui/notices.js";
import { resolveBlockPlan } from "./resolve-plan.js";
import { writeError } from "../vault/write-note.js";

export interface PlanBlockHost {
	readonly app: App;
	readonly settings: IntlPlanSettings;
	readonly index: IndexSource;
}

export class PlanBlock extends MarkdownRenderChild implements HoverParent {
	hoverPopover: HoverPopover | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
		private readonly sourcePath: string,
		private readonly host: PlanBlockHost,
	) {
		super(containerEl);
	}

	override onload(): void {
		const { options, errors } = parseBlockOptions(this.source);
		if (errors.length > 0) {
			const lang = this.lang();
			const box = this.containerEl.createDiv({ cls: "intl-plan-block-error", attr: { role: "alert" } });
			box.createDiv({ cls: "intl-plan-block-error-title", text: t(lang, "codeblock.title") });
			const list = box.createEl("ul");
			for (const e of errors) list.createEl("li", { text: t(lang, e.key, e.args), attr: { "data-line": String(e.line) } });
			return;
		}
		this.register(this.host.index.onChange(() => this.render(options)));
		this.render(options);
	}

	override onunload(): void {
		this.containerEl.empty();
	}

	render(options: BlockOptions): void {
		const el = this.containerEl;
		const lang = this.lang();
		const { index: source, app } = this.host;
		el.addClass("intl-plan-block");
		if (!source.isReady()) {
			el.empty();
			el.createDiv({ cls: "intl-plan-message", text: t(lang, "index.loading") });
			return;
		}
		const index = source.current();
		const resolved = resolveBlockPlan(options.plan, this.sourcePath, index, app.metadataCache, lang);
		if (!resolved.ok) {
			el.empty();
			el.createDiv({ cls: "intl-plan-block-error", text: resolved.message, attr: { role: "alert" } });
			return;
		}
		const { filter, sort } = options;
		const today = localToday();
		const filtered = filter.status !== "all" || filter.market !== null || filter.owner !== null || Boolean(filter.due);
		const pick = <T extends ListedItem>(items: readonly T[]): T[] => (sort ? sortItems(filterItems(items, filter, today), sort) : filterItems(items, filter, today));
		const shown = quadrants(index, resolved.scope).map((q) => ({ ...q, items: pick(q.items) }));
		const tray = unsortedIn(index, resolved.scope);
		const model = { title: resolved.title, profile: resolved.profile, quadrants: shown, today, lang, layout: options.layout, filtered, unsorted: pick(tray), unsortedTotal: tray.length, sorted: sort !== null };
		renderQuadrants(el, model, this.callbacks(options));
	}

	private callbacks(options: BlockOptions): QuadrantCallbacks {
		const { workspace } = this.host.app;
		return {
			onToggle: (item) => void this.toggle(item, options),
			onGiveDimension: (task, dimension) => void this.giveDimension(task, dimension, options),
			onOpen: (item, newLeaf) => void workspace.openLinkText(item.path, this.sourcePath, newLeaf, { eState: { line: item.line - 1 } }),
			onHover: (event, item, targetEl) => {
				workspace.trigger("hover-link", { event, source: HOVER_SOURCE, hoverParent: this, targetEl, linktext: item.path, sourcePath: this.sourcePath, state: { scroll: item.line - 1 } });
			},
			onOpenLink: (linktext, sourcePath, newLeaf) => void workspace.openLinkText(linktext, sourcePath, newLeaf),
			onHoverLink: (event, linktext, sourcePath, targetEl) => {
				workspace.trigger("hover-link", { event, source: HOVER_SOURCE, hoverParent: this, targetEl, linktext, sourcePath });
			},
		};
	}

	/** The plan view's checked edit: the task's tag added; a refusal is told and the block redrawn. */
	private async giveDimension(task: UnsortedTask, dimension: Dimension, options: BlockOptions): Promise<void> {
		const lang = this.lang();
		try {
			const outcome = await giveTaskDimension(this.host.app, this.host.settings, task, dimension);
			if (outcome.ok) {
				inform(t(lang, "unsorted.given", { path: task.path, tag: outcome.tag }));
				return;
			}
			warn(outcome.reason === "no-tag" ? t(lang, "unsorted.noTag", { dimension: t(lang, `dimension.${dimension}`) }) : t(lang, "view.stale", { text: task.text, path: task.path }));
		} catch (e) {
			warn(writeError(e, task.path, lang));
		}
		this.render(options);
	}

	/** The plan view's verified toggle; a refusal is told and the block redrawn from the note as it is. */
	private async toggle(item: ListedItem, options: BlockOptions): Promise<void> {
		const lang = this.lang();
		try {
			const outcome = await toggleItem(this.host.app, this.host.settings, item, localToday());
			if (outcome.ok) {
				if (outcome.keptNested) inform(t(lang, "view.keptNested", { text: item.text }));
				return;
			}
			warn(t(lang, "view.stale", { text: item.text, path: item.path }));
		} catch (e) {
			warn(writeError(e, item.path, lang));
		}
		this.render(options);
	}

	private lang(): Lang {
		return uiLang(this.host.settings);
	}
}
