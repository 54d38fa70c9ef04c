/**
 * "Since the last report": each written summary keeps a small record of the plan as it was, on one
 * line of its own at the end (`%% intl-plan:snapshot {…} %%`, an Obsidian comment, invisible when
 * read). The next summary compares the plan with it: what was done, what became overdue and what was
 * added since, and a completion trend over the reports.
 *
 * - A task is known by its block id, else by a short hash of its note and its text (a reworded task
 *   reads as a new one).
 * - The record keeps the ids of the report it compares with (`base`) and of this one (`now`): a summary
 *   written again on the same day still compares with the report before. The trend keeps counts only,
 *   for the last `HISTORY` reports, so the line stays small.
 * - The line is the note's text: what is in it is checked before use, and anything odd is ignored
 *   (the summary is then written as a first report).
 */
import type { ListedItem } from "../plan/items.js";
import { ISO_DAY } from "../plan/dates.js";
import { itemsOfPlan } from "../plan/plan-items.js";
import { base36, fnv1a } from "../text/hash.js";

export const SNAPSHOT_PREFIX = "%% intl-plan:snapshot ";
const SUFFIX = " %%";
/** Reports kept for the trend. */
export const HISTORY = 12;

/** The plan at one report: its tasks' ids, which were done and which overdue. */
export interface TaskState {
	readonly date: string;
	readonly tasks: readonly string[];
	readonly done: readonly string[];
	readonly overdue: readonly string[];
}

export interface TrendPoint {
	readonly date: string;
	readonly done: number;
	/** Open and in progress. */
	readonly open: number;
}

export interface Snapshot {
	/** The report this one was compared with (null: the first). */
	readonly base: TaskState | null;
	readonly now: TaskState;
	/** Oldest first, this report last. */
	readonly history: readonly TrendPoint[];
}

/** What changed since the last report (or a git revision), for the summary to show. */
export interface SinceLast<T> {
	readonly date: string;
	/** Compared with a revision of the vault (`summary --since <ref>`): its name; absent for the last report. */
	readonly ref?: string;
	readonly done: readonly T[];
	readonly overdue: readonly T[];
	readonly added: readonly T[];
	readonly history: readonly TrendPoint[];
}

/** The plan's tasks, those with a dimension and those without (its unsorted tray). */
export function planTasks(index: { readonly items: readonly (ListedItem & { readonly plan: string | null })[]; readonly unsorted?: readonly (ListedItem & { readonly plan: string })[] }, planPath: string): ListedItem[] {
	// The plan's own items, grouped once per index (plan-items.ts): the vault's may be tens of thousands.
	const out: ListedItem[] = [];
	for (const list of [index.items, index.unsorted ?? []]) for (const i of itemsOfPlan(list, planPath)) if (i.kind === "task") out.push(i);
	return out;
}

/** A task's id across reports. */
export function taskId(item: Pick<ListedItem, "blockId" | "path" | "text">): string {
	return taskIds()(item);
}

/**
 * `taskId` for many tasks: the block id, else the hash of `path \n text` in base 36, hashed in parts
 * and each note's part once (a plan's thousands of tasks sit in a few dozen notes).
 */
function taskIds(): (item: Pick<ListedItem, "blockId" | "path" | "text">) => string {
	const notes = new Map<string, number>();
	return (item) => {
		if (item.blockId) return `^${item.blockId}`;
		let note = notes.get(item.path);
		if (note === undefined) notes.set(item.path, (note = fnv1a("\n", fnv1a(item.path))));
		return base36(fnv1a(item.text, note));
	};
}

const isOpen = (i: ListedItem): boolean => i.status === "open" || i.status === "in-progress";

/** The plan's tasks now, as a report records them (cancelled ones are not counted), their ids in step, and this report's state. */
interface Counted<T> {
	readonly items: T[];
	readonly ids: string[];
	readonly state: TaskState;
	/** In step with `items`: 1 where the task is overdue on the state's date. */
	readonly late: Uint8Array;
}

function counted<T extends ListedItem>(tasks: readonly T[], today: string): Counted<T> {
	// One pass over the plan's tasks: a plan holds thousands, and a summary since the last report is read often.
	const id = taskIds();
	const items: T[] = [];
	const ids: string[] = [];
	const done: string[] = [];
	const overdue: string[] = [];
	const late = new Uint8Array(tasks.length);
	for (const item of tasks) {
		if (item.kind !== "task" || item.status === "cancelled") continue;
		const key = id(item);
		if (item.status === "done") done.push(key);
		else if (isOpen(item)) {
			const due = item.fields.due;
			if (typeof due === "string" && due < today && ISO_DAY.test(due)) {
				overdue.push(key);
				late[items.length] = 1;
			}
		}
		items.push(item);
		ids.push(key);
	}
	return { items, ids, state: { date: today, tasks: ids, done, overdue }, late };
}

/**
 * This report's record and what changed since the last one (null when there was none), from the
 * record found in the note (`saved`, from `readSnapshot`) and the plan's tasks now.
 */
export function compareWithLast<T extends ListedItem>(saved: Snapshot | null, tasks: readonly T[], today: string): { snapshot: Snapshot; since: SinceLast<T> | null } {
	const mine = counted(tasks, today);
	const now = mine.state;
	// Written again the same day: compare with the report before, as the first write that day did.
	const base = saved === null ? null : saved.now.date === today ? saved.base : saved.now.date < today ? saved.now : null;
	const point: TrendPoint = { date: today, done: now.done.length, open: now.tasks.length - now.done.length };
	const earlier = (saved?.history ?? []).filter((p) => p.date < today);
	const history = [...earlier, point].slice(-HISTORY);
	const snapshot: Snapshot = { base, now, history };
	return { snapshot, since: base === null ? null : changes(base, mine, history) };
}

/** The plan's tasks as they were (say, at a git revision) on `date`, to compare with. */
export function stateAt(tasks: readonly ListedItem[], date: string): TaskState {
	return counted(tasks, date).state;
}

/** What changed between `base` (a revision named `ref`) and the plan's tasks now. */
export function compareWithState<T extends ListedItem>(base: TaskState, ref: string, tasks: readonly T[], today: string): SinceLast<T> {
	return { ...changes(base, counted(tasks, today), []), ref };
}

function changes<T extends ListedItem>(base: TaskState, mine: Counted<T>, history: readonly TrendPoint[]): SinceLast<T> {
	const was = { tasks: new Set(base.tasks), done: new Set(base.done), overdue: new Set(base.overdue) };
	const done: T[] = [];
	const overdue: T[] = [];
	const added: T[] = [];
	const { items, ids, late } = mine;
	for (let i = 0; i < items.length; i++) {
		const item = items[i] as T;
		const id = ids[i] ?? "";
		if (item.status === "done" && !was.done.has(id)) done.push(item);
		if (late[i] === 1 && !was.overdue.has(id)) overdue.push(item);
		if (!was.tasks.has(id)) added.push(item);
	}
	return { date: base.date, done, overdue, added, history };
}

/** The record's line, as the summary ends with it. */
export function snapshotLine(snapshot: Snapshot): string {
	// JSON on one line; `%` is escaped so the comment can never be closed early by what it holds.
	const json = JSON.stringify(snapshot);
	return `${SNAPSHOT_PREFIX}${json.includes("%") ? json.replace(/%/g, "\\u0025") : json}${SUFFIX}`;
}

/** The last report's record in a note's text, or null when there is none that can be used. */
export function readSnapshot(note: string | null): Snapshot | null {
	if (!note) return null;
	const found = lastRecord(note);
	if (found === null) return null;
	try {
		return asSnapshot(JSON.parse(found));
	} catch {
		return null;
	}
}

/**
 * The JSON of the last line that holds a record (trimmed, it starts with the prefix and ends with the
 * suffix), searched from the end: the record is the summary's last line, and a report can be long.
 */
function lastRecord(note: string): string | null {
	for (let at = note.lastIndexOf(SNAPSHOT_PREFIX); at !== -1; at = at === 0 ? -1 : note.lastIndexOf(SNAPSHOT_PREFIX, at - 1)) {
		const start = lineStart(note, at);
		if (note.slice(start, at).trim() !== "") continue;
		const end = lineEnd(note, at);
		const trimmed = note.slice(at, end).trim();
		if (trimmed.endsWith(SUFFIX)) return trimmed.slice(SNAPSHOT_PREFIX.length, -SUFFIX.length);
	}
	return null;
}

const lineStart = (text: string, at: number): number => Math.max(text.lastIndexOf("\n", at - 1), text.lastIndexOf("\r", at - 1)) + 1;

function lineEnd(text: string, at: number): number {
	const lf = text.indexOf("\n", at);
	const cr = text.indexOf("\r", at);
	if (lf === -1) return cr === -1 ? text.length : cr;
	return cr === -1 ? lf : Math.min(lf, cr);
}

function asSnapshot(value: unknown): Snapshot | null {
	if (!isRecord(value)) return null;
	const now = asState(value.now);
	if (now === null) return null;
	const base = value.base === null || value.base === undefined ? null : asState(value.base);
	const history = Array.isArray(value.history) ? value.history.flatMap((p): TrendPoint[] => (isRecord(p) && isDate(p.date) && isCount(p.done) && isCount(p.open) ? [{ date: p.date, done: p.done, open: p.open }] : [])) : [];
	return { base, now, history: history.slice(-HISTORY) };
}

function asState(value: unknown): TaskState | null {
	if (!isRecord(value) || !isDate(value.date)) return null;
	const ids = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === "string" && x.length <= 200) ? (v as string[]) : null);
	const [tasks, done, overdue] = [ids(value.tasks), ids(value.done), ids(value.overdue)];
	return tasks && done && overdue ? { date: value.date, tasks, done, overdue } : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === "string" && ISO_DAY.test(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

