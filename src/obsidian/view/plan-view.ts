/**
 * The plan view: a plan's four quadrants beside the notes. It follows the active note to its plan,
 * offers every plan (or all of them) in a picker, filters the items, and ticks tasks in place.
 */
import { debounce, ItemView, type PaneType, type TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { dueFilterText, filterItems, NO_FILTER, parseDueFilter, planForNote, quadrants, t, timeline, unsortedIn, type Dimension, type Lang, type ListedItem, type Plan, type PlanScope, type UnsortedTask } from "../../core/index.js";
import { uiLang } from "../ui/language.js";
import { inform, warn } from "../ui/notices.js";
import type { IntlPlanSettings } from "../settings/settings.js";
import { renderBrokenPlans } from "./broken-plans.js";
import { createDimensionNote } from "./dimension-note.js";

import type { IndexSource } from "./index-source.js";
import { renderQuadrants, type QuadrantCallbacks } from "./quadrant-render.js";
import { renderTimeline } from "./timeline-render.js";
import { localToday } from "../ui/today.js";
import { toggleItem } from "./toggle-item.js";
import { giveTaskDimension } from "./give-dimension.js";
import { ALL, createControls, planKey, UNASSIGNED, type Controls, type ControlsState } from "./view-controls.js";
import { writeError } from "../vault/write-note.js";

export const PLAN_VIEW_TYPE = "intl-plan-view";
export const HOVER_SOURCE = "intl-plan-view";

export interface PlanViewHost {
	readonly settings: IntlPlanSettings;
	/** Draws the plans roll-up into a section of the view when it shows every plan (summary features). */
	readonly rollupSection?: (el: HTMLElement) => void;
}

export class PlanView extends ItemView {
	/** The scope starts undecided (""): the active note's plan, else the first plan. */
	private shown: ControlsState = { scope: "", filter: NO_FILTER };
	/** Whether the user has not picked yet: until then, the first plan stands in when no note leads to one. */
	private chosen = false;
	/** A note the view opened itself: landing on it must not switch plans (an item under "All plans"). */
	private opening: string | null = null;
	private controls: Controls | null = null;
	private bodyEl: HTMLElement | null = null;
	/** The "Reading the vault…" message while the first read runs; null once the plan is shown. */
	private loadingEl: HTMLElement | null = null;
	private readonly renderSoon = debounce(() => this.render(), 100, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: PlanViewHost,
		private readonly source: IndexSource,
		private readonly today: () => string = () => localToday(),
	) {
		super(leaf);
		this.icon = "layout-grid";
	}

	getViewType(): string {
		return PLAN_VIEW_TYPE;
	}

	getDisplayText(): string {
		return t(this.lang(), "view.name");
	}

	/** What Obsidian saves with the layout: the plan shown and every filter, so a reload shows the same. */
	override getState(): Record<string, unknown> {
		const { filter } = this.shown;
		return { ...super.getState(), scope: this.shown.scope, tab: this.shown.tab ?? "quadrants", status: filter.status, market: filter.market, owner: filter.owner, text: filter.text, due: filter.due ? dueFilterText(filter.due) : null };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const s = (state && typeof state === "object" ? state : {}) as Record<string, unknown>;
		if (typeof s.scope === "string") {
			this.shown = { ...this.shown, scope: s.scope };
			this.chosen = true;
		}
		// Saved state is data from disk (or another plugin's setViewState): each field is taken only when well-formed.
		const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
		const filter = { ...this.shown.filter };
		if (s.status === "open" || s.status === "all") filter.status = s.status;
		if ("market" in s) filter.market = text(s.market);
		if ("owner" in s) filter.owner = text(s.owner);
		if ("text" in s) filter.text = text(s.text);
		if ("due" in s) filter.due = typeof s.due === "string" ? parseDueFilter(s.due) : null;
		this.shown = { ...this.shown, filter, ...(s.tab === "timeline" || s.tab === "quadrants" ? { tab: s.tab } : {}) };
		await super.setState(state, result);
		this.render();
	}

	protected override async onOpen(): Promise<void> {
		await super.onOpen();
		const root = this.contentEl;
		root.empty();
		root.addClass("intl-plan-view");
		this.controls = createControls(root, this.lang(), (change) => {
			if (change.scope !== undefined) this.chosen = true;
			this.shown = { ...this.shown, ...change };
			this.render();
		});
		this.bodyEl = root.createDiv({ cls: "intl-plan-body" });
		this.register(this.source.onChange(() => this.renderSoon()));
		// Only the count changes while a large vault is read: the message's text, not a redraw.
		if (this.source.onProgress) this.register(this.source.onProgress(() => this.showProgress()));
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.follow(file)));
		// The picked plan renamed or moved: keep showing it, and save its new path in the layout.
		this.registerEvent(
			this.app.vault.on("rename", (file, oldPath) => {
				if (this.shown.scope !== planKey(oldPath)) return;
				this.shown = { ...this.shown, scope: planKey(file.path) };
				this.app.workspace.requestSaveLayout();
				this.renderSoon();
			}),
		);
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.follow(this.app.workspace.getActiveFile())));
		this.follow(this.app.workspace.getActiveFile());
		this.render();
	}

	protected override async onClose(): Promise<void> {
		this.renderSoon.cancel();
		this.contentEl.empty();
		await super.onClose();
	}

	/** Shows the plan the note belongs to; a note in no plan leaves the view as it was. */
	follow(file: TFile | null): void {
		if (!file) return;
		// Obsidian tells of one open twice (file-open, active-leaf-change): the mark lasts until another note.
		if (this.opening === file.path) return;
		this.opening = null;
		const plan = planForNote(this.source.current(), file.path);
		if (!plan || this.shown.scope === planKey(plan)) return;
		this.shown = { ...this.shown, scope: planKey(plan) };
		this.chosen = true;
		this.render();
	}

	/** "Reading the vault…", with how far it is on a large vault (the status bar shows it on desktop only). */
	private showProgress(): void {
		if (!this.loadingEl) return;
		const lang = this.lang();
		const progress = this.source.progress?.() ?? null;
		this.loadingEl.setText(progress ? t(lang, "view.loadingProgress", { done: progress.done, total: progress.total }) : t(lang, "view.loading"));
	}

	render(): void {
		const body = this.bodyEl;
		if (!body || !this.controls) return;
		const lang = this.lang();
		const index = this.source.current();
		if (!this.source.isReady() && index.items.length === 0 && index.plans.length === 0) {
			body.empty();
			this.loadingEl = body.createDiv({ cls: "intl-plan-message" });
			this.showProgress();
			return;
		}
		this.loadingEl = null;
		const plan = this.resolvePlan(index.plans);
		const scope: PlanScope = plan ? { plan: plan.path } : this.shown.scope === UNASSIGNED ? "unassigned" : "all";
		const all = quadrants(index, scope);
		this.controls.update(index.plans, all.flatMap((q) => q.items), { ...this.shown, scope: plan ? planKey(plan.path) : scope === "all" ? ALL : UNASSIGNED });
		const filter = this.shown.filter;
		const filtered = filter.status !== "all" || filter.market !== null || filter.owner !== null || filter.text !== null || Boolean(filter.due);
		const today = this.today();
		const shown = all.map((q) => ({ ...q, items: filterItems(q.items, filter, today) }));
		const tray = unsortedIn(index, scope);
		// Drawing anew must not lose the reader's place: scroll position and the focused item stay.
		const scroll = this.contentEl.scrollTop;
		const focus = focusedItem(body);
		body.empty();
		if (index.plans.length === 0) body.createDiv({ cls: "intl-plan-message", text: t(lang, "view.noPlans") });
		const title = plan ? plan.title : t(lang, scope === "all" ? "show.allPlans" : "show.unassigned");
		const model = { title, profile: plan?.profile ?? null, quadrants: shown, today, lang, layout: "grid" as const, filtered, unsorted: filterItems(tray, filter, today), unsortedTotal: tray.length };
		if (this.shown.tab === "timeline") {
			// The quadrants' items and the unsorted tray's, as filtered: a dated task with no dimension has a lane too.
			const items: ListedItem[] = [...shown.flatMap((q) => q.items), ...model.unsorted];
			renderTimeline(body, { timeline: timeline(items, plan?.profile ?? null, today), lang }, {
				onOpen: (item, newLeaf) => void this.openItem(item, newLeaf),
				onOpenEntry: (entry, newLeaf) => {
					if (plan) void this.openItem({ path: plan.path, line: entry.line }, newLeaf);
				},
			});
		} else renderQuadrants(body, { ...model, ...(plan ? { planPath: plan.path } : {}) }, this.callbacks(plan));
		if (scope === "all" && this.host.rollupSection) {
			// Every plan at once: the roll-up leads, above the quadrants (which draw into a fresh body).
			const section = body.createDiv({ cls: "intl-plan-rollup-section" });
			body.prepend(section);
			this.host.rollupSection(section);
		}
		// Plans that cannot be read lead, whatever is shown: their notes are in no plan until fixed.
		const broken = renderBrokenPlans(body, index.brokenPlans, lang);
		if (broken) body.prepend(broken);
		this.contentEl.scrollTop = scroll;
		if (focus) refocus(body, focus);
	}

	/** The picked plan, if it still exists; before any pick, the first plan. */
	private resolvePlan(plans: readonly Plan[]): Plan | null {
		const { scope } = this.shown;
		if (scope === ALL || scope === UNASSIGNED) return null;
		const found = plans.find((p) => planKey(p.path) === scope);
		if (found) return found;
		return this.chosen ? null : (plans[0] ?? null);
	}

	private callbacks(plan: Plan | null): QuadrantCallbacks {
		const { workspace } = this.app;
		return {
			onToggle: (item) => void this.toggle(item),
			onOpen: (item, newLeaf) => void this.openItem(item, newLeaf),
			onHover: (event, item, targetEl) => {
				workspace.trigger("hover-link", { event, source: HOVER_SOURCE, hoverParent: this, targetEl, linktext: item.path, sourcePath: "", state: { scroll: item.line - 1 } });
			},
			onOpenLink: (linktext, sourcePath, newLeaf) => {
				this.opening = this.app.metadataCache.getFirstLinkpathDest(linktext.split("#")[0] ?? linktext, sourcePath)?.path ?? null;
				void workspace.openLinkText(linktext, sourcePath, newLeaf);
			},
			onHoverLink: (event, linktext, sourcePath, targetEl) => {
				workspace.trigger("hover-link", { event, source: HOVER_SOURCE, hoverParent: this, targetEl, linktext, sourcePath });
			},
			onGiveDimension: (task, dimension) => void this.giveDimension(task, dimension),
			...(plan ? { onCreateNote: (dimension: Dimension) => void this.createNote(plan, dimension) } : {}),
		};
	}

	async openItem(item: Pick<ListedItem, "path" | "line">, newLeaf: PaneType | boolean): Promise<void> {
		const file = this.app.vault.getFileByPath(item.path);
		if (!file) return;
		this.opening = file.path;
		await this.app.workspace.getLeaf(newLeaf).openFile(file, { eState: { line: item.line - 1 } });
	}

	/** A task from the unsorted tray given a dimension: its tag added to its line; the index moves it to its quadrant. */
	async giveDimension(task: UnsortedTask, dimension: Dimension): Promise<void> {
		const lang = this.lang();
		try {
			const outcome = await giveTaskDimension(this.app, this.host.settings, task, dimension);
			if (outcome.ok) inform(t(lang, "unsorted.given", { path: task.path, tag: outcome.tag }));
			else {
				warn(outcome.reason === "no-tag" ? t(lang, "unsorted.noTag", { dimension: t(lang, `dimension.${dimension}`) }) : t(lang, "view.stale", { text: task.text, path: task.path }));
				this.render();
			}
		} catch (e) {
			warn(writeError(e, task.path, lang));
			this.render();
		}
	}

	async toggle(item: ListedItem): Promise<void> {
		const lang = this.lang();
		try {
			const outcome = await toggleItem(this.app, this.host.settings, item, this.today());
			if (!outcome.ok) {
				warn(t(lang, "view.stale", { text: item.text, path: item.path }));
				this.render();
			} else if (outcome.keptNested) inform(t(lang, "view.keptNested", { text: item.text }));
		} catch (e) {
			warn(writeError(e, item.path, lang));
			this.render();
		}
	}

	private async createNote(plan: Plan, dimension: Dimension): Promise<void> {
		const lang = this.lang();
		const file = await createDimensionNote(this.app, plan, dimension, lang, this.today());
		if (!file) return;
		inform(t(lang, "view.noteCreated", { path: file.path }));
		await this.app.workspace.getLeaf(false).openFile(file);
	}

	private lang(): Lang {
		return uiLang(this.host.settings);
	}
}

interface FocusedItem {
	readonly path: string;
	readonly line: string;
	readonly checkbox: boolean;
}

function focusedItem(body: HTMLElement): FocusedItem | null {
	const active = body.ownerDocument.activeElement;
	// `contains`, not `instanceof HTMLElement`: the view may live in a pop-out window (another realm).
	const row = active && body.contains(active) ? active.closest<HTMLElement>(".intl-plan-item") : null;
	if (!row || !active) return null;
	return { path: row.dataset.path ?? "", line: row.dataset.line ?? "", checkbox: active.tagName === "INPUT" };
}

function refocus(body: HTMLElement, focus: FocusedItem): void {
	const row = Array.from(body.querySelectorAll<HTMLElement>(".intl-plan-item")).find((r) => r.dataset.path === focus.path && r.dataset.line === focus.line);
	row?.querySelector<HTMLElement>(focus.checkbox ? "input" : ".intl-plan-item-text")?.focus();
}
