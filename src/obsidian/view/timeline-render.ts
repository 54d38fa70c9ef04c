/**
 * The plan view's Timeline tab: one lane per dimension, each dated task a bar placed by its start and
 * due days (core/plan/timeline.ts), today as a line, a month axis, and a lane of milestones first: the
 * plan's market entries (a button each, opening the row of the plan's entry sequence) and its horizon,
 * each also a line across the lanes below.
 * Bars sit one per row, so none hides another, and are buttons: a click opens the task. As the
 * quadrants, everything from a note goes in as text; positions are CSS variables set per element.
 * No `obsidian` import at run time, so it runs in the end-to-end test's plain page too.
 */
import type { PaneType } from "obsidian";
import { LABEL_BEFORE_FROM, t, type Lang, type ListedItem, type MarketEntry, type Timeline } from "../../core/index.js";
import { paneFor } from "../ui/own-link.js";
import { splitWikilinks } from "./item-text.js";

export interface TimelineModel {
	readonly timeline: Timeline<ListedItem> | null;
	readonly lang: Lang;
}

export interface TimelineCallbacks {
	onOpen(item: ListedItem, newLeaf: PaneType | boolean): void;
	/** A market entry's row in the plan note. */
	onOpenEntry(entry: MarketEntry, newLeaf: PaneType | boolean): void;
}

const pct = (x: number): string => `${(Math.max(0, Math.min(1, x)) * 100).toFixed(3)}%`;

export function renderTimeline(container: HTMLElement, model: TimelineModel, callbacks: TimelineCallbacks): void {
	const { lang, timeline } = model;
	const root = container.createDiv({ cls: "intl-plan-timeline" });
	if (!timeline) {
		root.createDiv({ cls: "intl-plan-message", text: t(lang, "timeline.empty") });
		return;
	}
	const axis = root.createDiv({ cls: "intl-plan-timeline-axis", attr: { "aria-hidden": "true" } });
	axis.createSpan({ cls: "intl-plan-timeline-tick", text: timeline.from.slice(0, 7) }).setCssProps({ "--intl-plan-at": pct(0) });
	for (const m of timeline.months) axis.createSpan({ cls: "intl-plan-timeline-tick", text: m.date.slice(0, 7) }).setCssProps({ "--intl-plan-at": pct(m.at) });

	renderMilestones(root, timeline, lang, callbacks);
	for (const lane of timeline.lanes) {
		// The tasks with no dimension have a lane too (last), drawn as the unsorted tray is.
		const look = lane.dimension ? `intl-plan-quadrant-${lane.dimension}` : "intl-plan-timeline-unsorted";
		const section = root.createEl("section", { cls: ["intl-plan-timeline-lane", look], attr: { "data-dimension": lane.dimension ?? "none" } });
		section.createEl("h4", { cls: "intl-plan-timeline-title", text: lane.dimension ? t(lang, `dimension.${lane.dimension}`) : t(lang, "timeline.unsorted") });
		const track = section.createDiv({ cls: "intl-plan-timeline-track" });
		if (timeline.today >= 0) track.createDiv({ cls: "intl-plan-timeline-today", attr: { "aria-hidden": "true" } }).setCssProps({ "--intl-plan-at": pct(timeline.today) });
		if (timeline.horizon) track.createDiv({ cls: "intl-plan-timeline-horizon", attr: { "aria-hidden": "true" } }).setCssProps({ "--intl-plan-at": pct(timeline.horizon.at) });
		for (const e of timeline.entries) track.createDiv({ cls: "intl-plan-timeline-entry-line", attr: { "aria-hidden": "true" } }).setCssProps({ "--intl-plan-at": pct(e.at) });
		for (const bar of lane.bars) {
			const row = track.createDiv({ cls: "intl-plan-timeline-row" });
			const dates = bar.start === bar.end ? bar.start : `${bar.start} – ${bar.end}`;
			// A link in the text reads as what it shows, as in the quadrants (the bar itself opens the task).
			const label = splitWikilinks(bar.item.text).map((run) => ("text" in run ? run.text : run.display)).join("");
			const el = row.createEl("button", {
				cls: ["intl-plan-timeline-bar", `intl-plan-status-${bar.item.status ?? "open"}`],
				text: label,
				attr: { "aria-label": `${label} (${dates})`, title: `${label}\n${dates}`, "data-path": bar.item.path, "data-line": String(bar.item.line), "data-start": bar.start, "data-end": bar.end },
			});
			el.toggleClass("intl-plan-overdue", bar.overdue);
			// The label may run past a short bar; the bar's own width shows the dates.
			el.setCssProps({ "--intl-plan-left": pct(bar.left), "--intl-plan-width": pct(bar.width) });
			el.addEventListener("click", (evt) => callbacks.onOpen(bar.item, paneFor(evt)));
		}
	}
	const notes: string[] = [];
	if (timeline.horizon) notes.push(t(lang, "timeline.horizon", { date: timeline.horizon.date }));
	if (timeline.undated > 0) notes.push(t(lang, "timeline.undated", { count: timeline.undated }));
	if (notes.length > 0) root.createDiv({ cls: "intl-plan-timeline-note", text: notes.join(" · ") });
}

/** The plan's own dates, one per row as the bars are, so that close ones never hide each other. */
function renderMilestones(root: HTMLElement, timeline: Timeline<ListedItem>, lang: Lang, callbacks: TimelineCallbacks): void {
	if (timeline.entries.length === 0 && !timeline.horizon) return;
	const section = root.createEl("section", { cls: ["intl-plan-timeline-lane", "intl-plan-timeline-milestones"], attr: { "data-dimension": "milestones" } });
	section.createEl("h4", { cls: "intl-plan-timeline-title", text: t(lang, "summary.roadmap.milestones") });
	const track = section.createDiv({ cls: "intl-plan-timeline-track" });
	if (timeline.today >= 0) track.createDiv({ cls: "intl-plan-timeline-today", attr: { "aria-hidden": "true" } }).setCssProps({ "--intl-plan-at": pct(timeline.today) });
	for (const { entry, at } of timeline.entries) {
		const label = t(lang, "timeline.entry", { market: entry.market, date: entry.date });
		const el = track.createDiv({ cls: "intl-plan-timeline-row" }).createEl("button", {
			cls: "intl-plan-timeline-milestone",
			text: label,
			attr: { "aria-label": label, title: label, "data-date": entry.date, "data-line": String(entry.line) },
		});
		placeFlag(el, at);
		el.addEventListener("click", (evt) => callbacks.onOpenEntry(entry, paneFor(evt)));
	}
	if (timeline.horizon) {
		const label = t(lang, "timeline.horizonFlag", { date: timeline.horizon.date });
		const horizon = track
			.createDiv({ cls: "intl-plan-timeline-row" })
			.createSpan({ cls: ["intl-plan-timeline-milestone", "intl-plan-timeline-milestone-horizon"], text: label, attr: { title: label, "data-date": timeline.horizon.date } });
		placeFlag(horizon, timeline.horizon.at);
	}
}

/** A flag far along the track carries its label on its left (LABEL_BEFORE_FROM), so that the track's edge never cuts it. */
function placeFlag(el: HTMLElement, at: number): void {
	el.toggleClass("intl-plan-timeline-milestone-end", at >= LABEL_BEFORE_FROM);
	el.setCssProps({ "--intl-plan-at": pct(at), "--intl-plan-from-end": pct(1 - at) });
}
