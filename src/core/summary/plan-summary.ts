/**
 * What a plan summary says, as data: progress per dimension, overdue work, the most urgent open
 * items, items without an owner, gaps against the checklist, the risks the paper names for the plan's
 * profile (risks.ts) with the open tasks for each, and next steps. Rendering (markdown, JSON) is separate. `today` is given, so tests can fix it.
 */
import { applicableItems } from "../checklist/applicability.js";
import type { Library } from "../checklist/library.js";
import { dayNumber, ISO_DAY } from "../plan/dates.js";
import { DIMENSIONS, type Dimension } from "../plan/dimensions.js";
import type { Item, ListedItem, Status } from "../plan/items.js";
import { itemsOfPlan } from "../plan/plan-items.js";
import { countStatuses, type StatusCounts } from "../plan/quadrants.js";
import type { Plan, VaultIndex } from "../plan/vault-index.js";
import { itemCovers } from "../checklist/covers.js";
import { risksFor, type RiskId } from "./risks.js";

export interface DimensionProgress {
	readonly dimension: Dimension;
	readonly counts: StatusCounts;
	/** Done over all tasks but cancelled, as a whole percentage; null when there is no task. */
	readonly completion: number | null;
}

export interface OverdueItem {
	readonly item: Item;
	readonly daysLate: number;
}

/** An open task waiting on others (Tasks' `⛔ id`) that are not done yet. */
export interface BlockedItem {
	readonly item: Item;
	/** The open tasks it waits on (by their `🆔`); an id no task has is named as written. */
	readonly waitingOn: readonly (Item | string)[];
}

export interface Gap {
	readonly id: string;
	readonly dimension: Dimension;
	readonly zh: string;
	readonly en: string;
	readonly sources: readonly string[];
	/** `missing`: not in the plan; `untouched`: there, open, with no owner and no date. */
	readonly kind: "missing" | "untouched";
}

/** A risk the paper names for this plan's profile, with what the plan does about it. */
export interface PlanRisk {
	readonly id: RiskId;
	readonly sources: readonly string[];
	/** The plan's markets it is about (its developed or its emerging ones); empty when it is not about markets. */
	readonly markets: readonly string[];
	/** Open tasks of the plan that address it (in those markets, for a market risk). */
	readonly open: readonly Item[];
	/** Checklist items for it that apply to the plan and are not in it yet. */
	readonly notInPlan: readonly string[];
}

export type NextStep =
	| { readonly kind: "overdue"; readonly item: Item }
	| { readonly kind: "urgent"; readonly item: Item }
	| { readonly kind: "gap"; readonly gap: Gap }
	| { readonly kind: "owners"; readonly count: number }
	| { readonly kind: "unsorted"; readonly count: number };

export interface PlanSummary {
	readonly plan: Plan;
	readonly today: string;
	readonly progress: readonly DimensionProgress[];
	readonly overall: DimensionProgress;
	readonly overdue: readonly OverdueItem[];
	readonly blocked: readonly BlockedItem[];
	readonly urgent: Readonly<Record<Dimension, readonly Item[]>>;
	readonly withoutOwner: readonly Item[];
	/** The plan's tasks with no dimension (its unsorted tray): in no quadrant and no count above. */
	readonly unsorted: readonly ListedItem[];
	readonly gaps: readonly Gap[];
	/** Tasks with a start, scheduled or due date (not cancelled): the roadmap's bars. */
	readonly dated: readonly Item[];
	readonly risks: readonly PlanRisk[];
	readonly next: readonly NextStep[];
}

const PRIORITY_RANK: Readonly<Record<string, number>> = { highest: 0, high: 1, medium: 2, low: 4, lowest: 5 };
/** Tasks without a priority rank between medium and low, as in the Tasks plugin. */
const NO_PRIORITY = 3;
const URGENT_PER_DIMENSION = 3;
const NEXT_STEPS = 5;

const isOpen = (i: ListedItem): boolean => i.status === "open" || i.status === "in-progress";

export function summarizePlan(index: Pick<VaultIndex, "plans" | "items"> & Partial<Pick<VaultIndex, "unsorted">>, planPath: string, library: Pick<Library, "items"> | null, today: string): PlanSummary | null {
	const plan = index.plans.find((p) => p.path === planPath);
	return plan ? summarizeItems(plan, itemsOfPlan(index.items, planPath), library, today, itemsOfPlan(index.unsorted ?? [], planPath)) : null;
}

/**
 * The summary of a plan from its own items (the roll-up groups the vault's items by plan once), in the
 * index's order (by path, then line): lists keep that order among equals.
 */
export function summarizeItems(plan: Plan, items: readonly Item[], library: Pick<Library, "items"> | null, today: string, unsorted: readonly ListedItem[] = []): PlanSummary {
	// One pass over the plan's items for what every part below starts from (a plan may hold thousands).
	const tasks: Item[] = [];
	const openTasks: Item[] = [];
	const overdueTasks: OverdueItem[] = [];
	const dated: Item[] = [];
	const byDimension = new Map<Dimension, Item[]>(DIMENSIONS.map((d) => [d, []]));
	const todayNumber = dayNumber(today);
	for (const i of items) {
		if (i.kind !== "task") continue;
		tasks.push(i);
		byDimension.get(i.dimension)?.push(i);
		const due = i.fields.due;
		const hasDue = due !== undefined && isDate(due);
		if (isOpen(i)) {
			openTasks.push(i);
			if (hasDue && due < today) overdueTasks.push({ item: i, daysLate: todayNumber - dayNumber(due) });
		}
		if (i.status !== "cancelled" && (hasDue || isDate(i.fields.scheduled) || isDate(i.fields.start))) dated.push(i);
	}
	const progress = DIMENSIONS.map((d) => progressOf(d, byDimension.get(d) ?? []));
	const overall = progressOf("strategy", tasks);
	// Items come in place order and the sort is stable: equally late ones stay in place order.
	const overdue = overdueTasks.sort((a, b) => b.daysLate - a.daysLate);
	const open = byUrgencySorted(openTasks);
	// Tasks' dependencies: `⛔ a, b` waits on the tasks marked `🆔 a`, `🆔 b` until they are done.
	const byTaskId = new Map<string, Item>();
	for (const t of tasks) if (t.fields.id) byTaskId.set(t.fields.id, t);
	const blocked = open.flatMap((item): BlockedItem[] => {
		const ids = (item.fields.dependsOn ?? "").split(/\s*,\s*/).filter((id) => id !== "");
		const waitingOn = ids.flatMap((id): (Item | string)[] => {
			const other = byTaskId.get(id);
			return other === undefined ? [id] : isOpen(other) ? [other] : [];
		});
		return waitingOn.length > 0 ? [{ item, waitingOn }] : [];
	});
	const urgent = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as Item[]])) as Record<Dimension, Item[]>;
	for (const i of open) if (urgent[i.dimension].length < URGENT_PER_DIMENSION) urgent[i.dimension].push(i);

	// Each item's checklist ids, worked out once, for the items that have any: the gaps and every risk look at them.
	const covers = new Map<Item, string[]>();
	for (const i of items) if (i.blockId || i.fields.covers) covers.set(i, itemCovers(i));
	const gaps: Gap[] = [];
	const applicable = library ? applicableItems(library, plan.profile) : [];
	if (library) {
		// An item is in the plan under its block id, or as a team's task that covers it ([covers:: ck-…]).
		const byId = new Map<string, Item>();
		for (const [i, ids] of covers) for (const id of ids) if (!byId.has(id) || i.blockId === id) byId.set(id, i);
		// The items the paper gives for this profile (§4 conditions) before those that apply to everyone.
		const ordered = [...applicable.filter((a) => a.item.condition.length > 0), ...applicable.filter((a) => a.item.condition.length === 0)];
		for (const { item } of ordered) {
			const there = byId.get(item.id);
			const untouched = there && there.status === "open" && !there.fields.owner && !there.fields.due;
			if (!there || untouched) gaps.push({ id: item.id, dimension: item.dimension, zh: item.zh, en: item.en, sources: item.sources, kind: there ? "untouched" : "missing" });
		}
	}

	// A checklist item nobody has taken up is a gap (listed once, there), not also an item without an owner.
	const untouched = new Set(gaps.filter((g) => g.kind === "untouched").map((g) => g.id));
	const withoutOwner = open.filter((i) => !i.fields.owner?.trim() && !(i.blockId !== null && untouched.has(i.blockId)));

	const inPlan = new Set([...covers.values()].flat());
	const applicableIds = new Set(applicable.map((a) => a.item.id));
	const openCovering = open.filter((i) => covers.has(i));
	const risks = risksFor(plan.profile).map((r): PlanRisk => {
		const markets = r.markets === null ? [] : plan.profile.markets.filter((m) => m.type === r.markets).map((m) => m.code);
		const ids = new Set(r.items);
		const scope = new Set(markets);
		return {
			id: r.id,
			sources: r.sources,
			markets,
			open: openCovering.filter((i) => (covers.get(i) ?? []).some((id) => ids.has(id)) && (scope.size === 0 || concerns(i, scope))),
			notInPlan: r.items.filter((id) => applicableIds.has(id) && !inPlan.has(id)),
		};
	});

	const late = new Set(overdue.map((o) => o.item));
	const next: NextStep[] = [
		...overdue.slice(0, 2).map((o): NextStep => ({ kind: "overdue", item: o.item })),
		...open.filter((i) => !late.has(i) && rank(i) <= 1).slice(0, 2).map((item): NextStep => ({ kind: "urgent", item })),
		...gaps.filter((g) => g.kind === "missing").slice(0, 2).map((gap): NextStep => ({ kind: "gap", gap })),
		// Work no quadrant counts: sorting it comes before any other count.
		...(unsorted.length ? [{ kind: "unsorted", count: unsorted.length } as const] : []),
		...(withoutOwner.length ? [{ kind: "owners", count: withoutOwner.length } as const] : []),
	].slice(0, NEXT_STEPS);

	const tray = [...byUrgencySorted(unsorted.filter(isOpen)), ...byUrgencySorted(unsorted.filter((i) => !isOpen(i)))];
	return { plan, today, progress, overall, overdue, blocked, urgent, withoutOwner, unsorted: tray, gaps, dated, risks, next };
}

function progressOf(dimension: Dimension, tasks: readonly Item[]): DimensionProgress {
	const counts = countStatuses(tasks);
	const total = counts.open + counts["in-progress"] + counts.done;
	return { dimension, counts, completion: total === 0 ? null : Math.round((counts.done / total) * 100) };
}

/** An item with no market concerns every market of the plan. */
function concerns(item: Item, markets: ReadonlySet<string>): boolean {
	const own = (item.fields.market ?? "").split(/,\s*/).filter((m) => m !== "");
	return own.length === 0 || own.some((m) => markets.has(m.toUpperCase()));
}

function rank(i: ListedItem): number {
	return PRIORITY_RANK[i.fields.priority ?? ""] ?? NO_PRIORITY;
}

/**
 * Priority, then due date (none last), then place; each item's keys worked out once, not per comparison.
 * Items come in the index's order (by path, then line) and the sort is stable, so ties stay in place order.
 */
function byUrgencySorted<T extends ListedItem>(items: readonly T[]): T[] {
	// One number per item: the rank, then the due day as YYYYMMDD (none: after every day).
	const keyed = items.map((item) => {
		const due = item.fields.due;
		const day = due !== undefined && isDate(due) ? Number(due.slice(0, 4)) * 10_000 + Number(due.slice(5, 7)) * 100 + Number(due.slice(8, 10)) : 99_999_999;
		return { item, key: rank(item) * 100_000_000 + day };
	});
	keyed.sort((a, b) => a.key - b.key);
	return keyed.map((k) => k.item);
}

function isDate(v: string | undefined): boolean {
	return v !== undefined && ISO_DAY.test(v);
}

export type { Status };
