/**
 * The page side of the end-to-end test, bundled with esbuild at test time: the example vault's
 * index made by the real core, drawn by the real renderer into a page styled by the real styles.css.
 */
import { BUILTIN_LIBRARY, DEFAULT_CONFIG, indexVault, quadrants, readLibrary, rollup, timeline, unsortedIn, type Lang } from "../../src/core/index.js";
import { renderTimeline } from "../../src/obsidian/view/timeline-render.js";
import { renderRollupTable } from "../../src/obsidian/summary/rollup-table.js";
import { renderQuadrants } from "../../src/obsidian/view/quadrant-render.js";
import { createControls, planKey } from "../../src/obsidian/view/view-controls.js";
import { installDomHelpers } from "./dom-helpers.js";

export interface PageRequest {
	readonly files: Record<string, string>;
	readonly plan: string;
	readonly today: string;
	readonly lang: Lang;
}

export interface Drawn {
	/** Item rows drawn (the first page of each quadrant). */
	readonly items: number;
	readonly indexMs: number;
	/** Building the DOM and the browser's first layout of it. */
	readonly renderMs: number;
}

declare global {
	interface Window {
		drawPlan(request: PageRequest): Drawn;
		/** The plan view's Timeline tab for one plan; returns the number of bars. */
		drawTimeline(request: PageRequest): number;
		/** The roll-up table of every plan, as the intl-plan-rollup code block draws it. */
		drawRollup(request: Omit<PageRequest, "plan">): number;
	}
}

installDomHelpers();

window.drawPlan = ({ files, plan, today, lang }) => {
	const started = performance.now();
	const index = indexVault(Object.entries(files).map(([path, text]) => ({ path, text })));
	const indexed = performance.now();
	const found = index.plans.find((p) => p.path === plan);
	if (!found) throw new Error(`no plan ${plan}`);
	const root = document.getElementById("root");
	if (!root) throw new Error("no #root");
	const noop = (): void => undefined;
	const model = { title: found.title, profile: found.profile, quadrants: quadrants(index, { plan }), unsorted: unsortedIn(index, { plan }), today, lang, layout: "grid" as const, planPath: plan };
	// As the plan view draws it: its toolbar (plan picker, filters) above the quadrants.
	root.addClass("intl-plan-view");
	const controls = createControls(root, lang, noop);
	controls.update(index.plans, model.quadrants.flatMap((q) => q.items), { scope: planKey(plan), filter: { status: "all", market: null, owner: null, text: null } });
	renderQuadrants(root.createDiv({ cls: "intl-plan-body" }), model, { onToggle: noop, onOpen: noop, onCreateNote: noop, onGiveDimension: noop });
	root.getBoundingClientRect(); // forces layout, so the time includes it
	const drawn = performance.now();
	return { items: root.querySelectorAll(".intl-plan-item").length, indexMs: indexed - started, renderMs: drawn - indexed };
};

window.drawRollup = ({ files, today, lang }) => {
	const index = indexVault(Object.entries(files).map(([path, text]) => ({ path, text })));
	const root = document.getElementById("root");
	if (!root) throw new Error("no #root");
	const block = root.createDiv({ cls: "intl-plan-rollup" });
	const rows = rollup(index, readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG), today, { sort: "plan" });
	renderRollupTable(block, rows, lang, { sort: "plan", onSort: () => undefined, onOpen: () => undefined });
	return rows.length;
};

window.drawTimeline = ({ files, plan, today, lang }) => {
	const index = indexVault(Object.entries(files).map(([path, text]) => ({ path, text })));
	const found = index.plans.find((p) => p.path === plan);
	if (!found) throw new Error(`no plan ${plan}`);
	const root = document.getElementById("root");
	if (!root) throw new Error("no #root");
	root.addClass("intl-plan-view");
	// As the view: the plan's items and its unsorted tray, whose dated tasks get a lane of their own.
	const items = [...index.items.filter((i) => i.plan === plan), ...index.unsorted.filter((u) => u.plan === plan)];
	renderTimeline(root.createDiv({ cls: "intl-plan-body" }), { timeline: timeline(items, found.profile, today), lang }, { onOpen: () => undefined, onOpenEntry: () => undefined });
	return root.querySelectorAll(".intl-plan-timeline-bar").length;
};
