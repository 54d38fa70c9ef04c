/**
 * The four quadrants of a plan as DOM, shared by the plan view and the code block. Everything from a
 * note goes in as text (createEl's `text`, setText, text nodes): nothing is parsed as HTML, and no
 * class or tag name comes from a note. No `obsidian` import at run time, so the same code runs in a
 * plain browser page for the end-to-end tests.
 */
import type { PaneType } from "obsidian";
import { DIMENSIONS, t, type Dimension, type Lang, type ListedItem, type Profile, type Quadrant, type UnsortedTask } from "../../core/index.js";
import { ownLink, paneFor } from "../ui/own-link.js";
import { splitWikilinks } from "./item-text.js";
import { progressBar, renderHeader } from "./plan-header.js";

export interface QuadrantModel {
	title: string;
	profile: Profile | null;
	quadrants: readonly Quadrant[];
	/** YYYY-MM-DD; an item due before it and not done is overdue. */
	today: string;
	lang: Lang;
	layout: "grid" | "list";
	/** What an empty quadrant says when filters hid its items (default: that it has none yet). */
	filtered?: boolean;
	/** The plan note: its own items come first, then the other notes' in path order. */
	planPath?: string;
	/** Tasks with no dimension (the unsorted tray), drawn under the quadrants when there are any. */
	unsorted?: readonly UnsortedTask[];
	/** How many the tray holds before filters, when filters hid some. */
	unsortedTotal?: number;
	/** The items come sorted (by due date or priority): one list, each row naming its note, not grouped by note. */
	sorted?: boolean;
}

export interface QuadrantCallbacks {
	onToggle(item: ListedItem): void;
	onOpen(item: ListedItem, newLeaf: PaneType | boolean): void;
	onHover?(event: MouseEvent, item: ListedItem, target: HTMLElement): void;
	onCreateNote?(dimension: Dimension): void;
	/** A task in the unsorted tray given a dimension; without it, the tray offers no picker. */
	onGiveDimension?(task: UnsortedTask, dimension: Dimension): void;
	/** A `[[link]]` in an item's text or a note header; without it, clicking one opens the item. */
	onOpenLink?(linktext: string, sourcePath: string, newLeaf: PaneType | boolean): void;
	onHoverLink?(event: MouseEvent, linktext: string, sourcePath: string, target: HTMLElement): void;
}

/** Items drawn at first and at each "Show more": a quadrant of thousands stays quick to draw. */
export const PAGE_SIZE = 100;

const PRIORITIES = ["highest", "high", "medium", "low", "lowest"] as const;

export function renderQuadrants(container: HTMLElement, model: QuadrantModel, callbacks: QuadrantCallbacks): void {
	container.empty();
	const root = container.createDiv({ cls: "intl-plan-quadrants" });
	renderHeader(root, model);
	const grid = root.createDiv({ cls: model.layout === "grid" ? "intl-plan-grid" : "intl-plan-list" });
	for (const quadrant of model.quadrants) renderQuadrant(grid, quadrant, model, callbacks);
	if (model.unsorted && model.unsorted.length > 0) renderUnsorted(root, model.unsorted, model, callbacks);
}

/** Under the quadrants: the plan's tasks no quadrant shows, how many, how to sort them, and a picker for each. */
function renderUnsorted(parent: HTMLElement, tasks: readonly UnsortedTask[], model: QuadrantModel, callbacks: QuadrantCallbacks): void {
	const { lang } = model;
	const el = parent.createEl("section", { cls: "intl-plan-unsorted" });
	const head = el.createDiv({ cls: "intl-plan-quadrant-head" });
	const total = model.unsortedTotal ?? tasks.length;
	const title = t(lang, "unsorted.title", { count: total });
	head.createEl("h4", { cls: "intl-plan-quadrant-title", text: total === tasks.length ? title : `${title} (${t(lang, "unsorted.shown", { count: tasks.length })})` });
	el.createDiv({ cls: "intl-plan-unsorted-hint", text: t(lang, "unsorted.hint") });
	const picker = callbacks.onGiveDimension ? (body: HTMLElement, task: UnsortedTask): void => dimensionPicker(body, task, lang, (d) => callbacks.onGiveDimension?.(task, d)) : undefined;
	renderList(el, model.sorted ? tasks : planFirst(tasks, model.planPath), model, callbacks, picker);
}

/** A select, not a menu: one choice gives the dimension, on a phone as on a desktop, with no Obsidian menu to stand in for. */
function dimensionPicker(body: HTMLElement, task: UnsortedTask, lang: Lang, give: (dimension: Dimension) => void): void {
	const select = body.createEl("select", { cls: ["dropdown", "intl-plan-give-dimension"], attr: { "aria-label": t(lang, "unsorted.giveLabel", { text: task.text }) } });
	const placeholder = select.createEl("option", { text: t(lang, "unsorted.give"), value: "" });
	placeholder.disabled = true;
	placeholder.selected = true;
	for (const d of DIMENSIONS) select.createEl("option", { text: t(lang, `dimension.${d}`), value: d });
	select.addEventListener("click", (evt) => evt.stopPropagation());
	select.addEventListener("keydown", (evt) => evt.stopPropagation());
	select.addEventListener("change", () => {
		const d = DIMENSIONS.find((x) => x === select.value);
		select.value = "";
		if (d) give(d);
	});
}

function renderQuadrant(parent: HTMLElement, q: Quadrant, model: QuadrantModel, callbacks: QuadrantCallbacks): void {
	const { lang } = model;
	const el = parent.createEl("section", { cls: ["intl-plan-quadrant", `intl-plan-quadrant-${q.dimension}`], attr: { "data-dimension": q.dimension } });
	const head = el.createDiv({ cls: "intl-plan-quadrant-head" });
	head.createEl("h4", { cls: "intl-plan-quadrant-title", text: t(lang, `dimension.${q.dimension}`) });
	head.createSpan({ cls: "intl-plan-progress-label", text: t(lang, "show.progress", { done: q.done, total: q.total }) });
	progressBar(el, q.done, q.total);
	const counts = el.createDiv({ cls: "intl-plan-counts" });
	for (const status of ["open", "in-progress", "done", "cancelled"] as const) {
		const count = q.counts[status];
		counts.createSpan({
			cls: ["intl-plan-count", `intl-plan-count-${status}`],
			text: t(lang, "show.statusCount", { count, status: t(lang, `status.${status}`) }),
			attr: { "data-status": status, "data-count": String(count) },
		});
	}

	if (q.items.length === 0) {
		const empty = el.createDiv({ cls: "intl-plan-empty" });
		empty.createSpan({ text: t(lang, model.filtered ? "view.emptyFiltered" : "view.empty") });
		if (callbacks.onCreateNote && !model.filtered) {
			const name = t(lang, `dimension.${q.dimension}.short`).toLocaleLowerCase();
			const button = empty.createEl("button", { cls: "intl-plan-create-note", text: t(lang, "view.createNote", { dimension: name }) });
			button.addEventListener("click", () => callbacks.onCreateNote?.(q.dimension));
		}
		return;
	}

	renderList(el, model.sorted ? q.items : planFirst(q.items, model.planPath), model, callbacks);
}

/** Items grouped by note, a page at a time ("Show more"), each with `extra` drawn into its body. */
function renderList<T extends ListedItem>(el: HTMLElement, items: readonly T[], model: QuadrantModel, callbacks: QuadrantCallbacks, extra?: (body: HTMLElement, item: T) => void): void {
	const list = el.createDiv({ cls: "intl-plan-items" });
	let shown = 0;
	let group: { path: string; ul: HTMLElement } | null = null;
	const more = el.createEl("button", { cls: "intl-plan-show-more" });
	const page = (): void => {
		const end = Math.min(items.length, shown + PAGE_SIZE);
		for (; shown < end; shown++) {
			const item = items[shown];
			if (!item) continue;
			if (model.sorted) group ??= { path: "", ul: list.createEl("ul", { cls: "intl-plan-note-items" }) };
			else if (group?.path !== item.path) group = { path: item.path, ul: noteGroup(list, item, callbacks) };
			const body = renderItem(group.ul, item, model, callbacks);
			if (model.sorted) noteChip(body, item, callbacks);
			extra?.(body, item);
		}
		const left = items.length - shown;
		more.setText(t(model.lang, "view.showMore", { count: Math.min(left, PAGE_SIZE) }));
		more.toggleClass("intl-plan-hidden", left === 0);
	};
	more.addEventListener("click", page);
	page();
}

function planFirst<T extends ListedItem>(items: readonly T[], planPath: string | undefined): readonly T[] {
	if (planPath === undefined) return items;
	return [...items.filter((i) => i.path === planPath), ...items.filter((i) => i.path !== planPath)];
}

/** In a sorted list, where the item is: its note's name as a link, after its chips. */
function noteChip(body: HTMLElement, item: ListedItem, callbacks: QuadrantCallbacks): void {
	const name = item.path.slice(item.path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
	const link = body.createEl("a", { cls: ["intl-plan-note-link", "intl-plan-item-note", "internal-link"], text: name, attr: { "data-href": item.path, tabindex: "0", role: "link" } });
	ownLink(link, (newLeaf) => (callbacks.onOpenLink ? callbacks.onOpenLink(item.path, item.path, newLeaf) : callbacks.onOpen(item, newLeaf)));
	link.addEventListener("mouseover", (evt) => callbacks.onHoverLink?.(evt, item.path, item.path, link));
}

/** The note's name as a small link heading, then its items. */
function noteGroup(list: HTMLElement, first: ListedItem, callbacks: QuadrantCallbacks): HTMLElement {
	const groupEl = list.createDiv({ cls: "intl-plan-note-group" });
	const name = first.path.slice(first.path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
	const header = groupEl.createEl("a", { cls: ["intl-plan-note-link", "internal-link"], text: name, attr: { "data-href": first.path, tabindex: "0", role: "link" } });
	const open = (newLeaf: PaneType | boolean): void => {
		if (callbacks.onOpenLink) callbacks.onOpenLink(first.path, first.path, newLeaf);
		else callbacks.onOpen(first, newLeaf);
	};
	ownLink(header, open);
	header.addEventListener("mouseover", (evt) => callbacks.onHoverLink?.(evt, first.path, first.path, header));
	return groupEl.createEl("ul", { cls: "intl-plan-note-items" });
}

/** One item's row; returns its body, where a caller may add more. */
function renderItem(ul: HTMLElement, item: ListedItem, model: QuadrantModel, callbacks: QuadrantCallbacks): HTMLElement {
	const { lang } = model;
	const li = ul.createEl("li", {
		cls: ["intl-plan-item", `intl-plan-kind-${item.kind}`],
		attr: { "data-path": item.path, "data-line": String(item.line) },
	});
	if (item.status) li.addClass(`intl-plan-status-${item.status}`);
	li.toggleClass("intl-plan-item-child", item.parentLine !== null);
	const overdue = isOverdue(item, model.today);
	li.toggleClass("intl-plan-overdue", overdue);

	if (item.kind === "task") {
		// The label is the touch target (44 px on a phone, styles.css); a tap on it ticks the box inside.
		const hit = li.createEl("label", { cls: "intl-plan-checkbox-hit" });
		const box = hit.createEl("input", { cls: ["intl-plan-checkbox", "task-list-item-checkbox"], type: "checkbox" });
		box.checked = item.status === "done";
		box.indeterminate = item.status === "in-progress";
		box.setAttribute("data-task", item.statusChar ?? " ");
		box.setAttribute("aria-label", item.text);
		box.addEventListener("click", (evt) => {
			evt.stopPropagation();
			callbacks.onToggle(item);
		});
	} else li.createSpan({ cls: "intl-plan-bullet", attr: { "aria-hidden": "true" } });

	const body = li.createDiv({ cls: "intl-plan-item-body" });
	const text = body.createSpan({ cls: "intl-plan-item-text", attr: { tabindex: "0", role: "link" } });
	for (const run of splitWikilinks(item.text)) {
		if ("text" in run) text.appendText(run.text);
		else wikilink(text, run.link, run.display, item, callbacks);
	}
	text.addEventListener("click", (evt) => callbacks.onOpen(item, paneFor(evt)));
	text.addEventListener("auxclick", (evt) => {
		if (evt.button === 1) callbacks.onOpen(item, true);
	});
	text.addEventListener("mouseover", (evt) => callbacks.onHover?.(evt, item, text));
	li.addEventListener("keydown", (evt) => onKey(evt, item, callbacks));
	renderChips(body, item, overdue, lang);
	return body;
}

function wikilink(parent: HTMLElement, link: string, display: string, item: ListedItem, callbacks: QuadrantCallbacks): void {
	// No href: the target is note text, and a browser would follow `javascript:` in one.
	const a = parent.createEl("a", { cls: "internal-link", text: display, attr: { "data-href": link, tabindex: "0", role: "link" } });
	const follow = (newLeaf: PaneType | boolean): void => {
		if (callbacks.onOpenLink) callbacks.onOpenLink(link, item.path, newLeaf);
		else callbacks.onOpen(item, newLeaf);
	};
	ownLink(a, follow);
	a.addEventListener("mouseover", (evt) => {
		if (!callbacks.onHoverLink) return;
		evt.stopPropagation();
		callbacks.onHoverLink(evt, link, item.path, a);
	});
}

/** Enter opens the item (a link inside it handles its own), Space ticks it; the checkbox keeps its own Space. */
function onKey(evt: KeyboardEvent, item: ListedItem, callbacks: QuadrantCallbacks): void {
	// The checkbox's own Space ticks it; `tagName`, not `instanceof`, holds in a pop-out window too.
	const onCheckbox = (evt.target as Element | null)?.tagName === "INPUT";
	if (evt.key === "Enter") {
		evt.preventDefault();
		callbacks.onOpen(item, paneFor(evt));
	} else if (evt.key === " " && !onCheckbox) {
		evt.preventDefault();
		if (item.kind === "task") callbacks.onToggle(item);
	}
}

function renderChips(body: HTMLElement, item: ListedItem, overdue: boolean, lang: Lang): void {
	const { owner, due, market, priority } = item.fields;
	if (!owner && !due && !market && !priority) return;
	const chips = body.createDiv({ cls: "intl-plan-chips" });
	const chip = (kind: string, text: string, label: string): HTMLElement =>
		chips.createSpan({ cls: ["intl-plan-chip", `intl-plan-chip-${kind}`], text, attr: { "aria-label": `${label}: ${text}` } });
	if (owner) chip("owner", owner, t(lang, "view.field.owner"));
	if (due) chip("due", due, t(lang, overdue ? "view.overdue" : "view.field.due")).toggleClass("intl-plan-overdue", overdue);
	for (const m of (market ?? "").split(/,\s*/).filter((x) => x !== "")) chip("market", m, t(lang, "view.field.market"));
	if (priority) {
		const known = PRIORITIES.find((p) => p === priority);
		const el = chip("priority", known ? t(lang, `view.priority.${known}`) : priority, t(lang, "view.field.priority"));
		if (known) el.addClass(`intl-plan-priority-${known}`);
	}
}

export function isOverdue(item: ListedItem, today: string): boolean {
	const due = item.fields.due;
	if (!due || !/^\d{4}-\d{2}-\d{2}$/.test(due)) return false;
	return due < today && item.status !== "done" && item.status !== "cancelled";
}

