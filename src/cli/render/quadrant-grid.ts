/**
 * `intl-plan show`: a plan's header (title, profile, overall progress) and its four quadrants,
 * as a 2×2 grid of boxes on terminals at least WIDE_MIN columns wide, else stacked boxes.
 * Pure: the same input and options give the same string; nothing is read from the environment.
 */
import { t, type Lang, type MessageKey } from "../../core/i18n/index.js";
import { DIMENSIONS, type Dimension } from "../../core/plan/dimensions.js";
import { basename, type ListedItem } from "../../core/plan/items.js";
import { ownerNames } from "../../core/plan/fields.js";
import type { Market } from "../../core/plan/markets.js";
import type { Profile } from "../../core/plan/profile.js";
import type { Quadrant } from "../../core/plan/quadrants.js";
import { drawGrid, drawStack, gridInner, stackInner } from "./box.js";
import { progressLines } from "./progress-bar.js";
import { clean, indent, renderLine, toLine, type Line, type Piece } from "./text.js";
import { wrap } from "./wrap.js";

export interface ShowInput {
	/** The plan note's path; absent for the notes in no plan. */
	path?: string;
	/** The plan's title, or `t(lang, 'show.allPlans')`. */
	title: string;
	/** Null for "all plans" and "not in a plan". */
	profile: Profile | null;
	/** Four, in the order strategy, technology, marketing, compliance (matched by dimension). */
	quadrants: readonly Quadrant[];
	/** YYYY-MM-DD: items due before it are overdue. */
	today: string;
	/** The plan's tasks with no dimension (its unsorted tray), drawn under the quadrants when there are any. */
	unsorted?: readonly ListedItem[];
	/** Filters chose the items: an empty quadrant says none matches, not that it has none. */
	filtered?: boolean;
}

export interface RenderOptions {
	lang: Lang;
	/** Terminal columns; below MIN_WIDTH is drawn as MIN_WIDTH. */
	width: number;
	color: boolean;
	/** Items listed per quadrant before `show.more` (default 8; Infinity lists all). */
	maxItemsPerQuadrant?: number;
	/** Which tasks are listed: open and in progress (default), done, or all of them. */
	statuses?: "open" | "done" | "all";
	/** Tasks by priority then due date (default), or by due date then priority. */
	sort?: "priority" | "due";
}

/** From this width on, the quadrants are a 2×2 grid. */
export const WIDE_MIN = 80;
export const MIN_WIDTH = 20;
/** Wider terminals still get boxes this wide: long lines are hard to read. */
export const MAX_WIDTH = 160;
export const DEFAULT_MAX_ITEMS = 8;

/** The columns the boxes (and every line) take for a terminal `width` columns wide. */
export function drawWidth(width: number | undefined): number {
	const w = typeof width === "number" && Number.isFinite(width) ? Math.floor(width) : WIDE_MIN;
	return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w));
}

export function renderPlan(shown: ShowInput, options: RenderOptions): string {
	// Typed input can still arrive half-filled from JavaScript callers: default rather than throw.
	const input: ShowInput = { title: shown?.title ?? "", profile: shown?.profile ?? null, quadrants: shown?.quadrants ?? [], today: shown?.today ?? "" };
	const lang: Lang = options?.lang === "zh" ? "zh" : "en";
	const total = drawWidth(options?.width);
	const color = options?.color === true;
	const max = options?.maxItemsPerQuadrant;
	const maxItems = max === Infinity ? Infinity : typeof max === "number" && Number.isFinite(max) && max >= 0 ? Math.floor(max) : DEFAULT_MAX_ITEMS;
	const today = typeof input.today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(input.today) ? input.today : null;
	const statuses = options?.statuses === "done" || options?.statuses === "all" ? options.statuses : "open";
	const ctx: Ctx = { lang, maxItems, today, statuses, sort: options?.sort === "due" ? "due" : "priority", filtered: shown?.filtered === true };
	const quads = DIMENSIONS.map((d) => quadrantOf(input.quadrants, d));

	const out: string[] = header(input, quads, total, ctx).map((l) => render(l, color));
	out.push("");
	if (total >= WIDE_MIN) {
		const [li, ri] = gridInner(total);
		const cell = (q: Quadrant, w: number): Line[] => quadrantLines(q, w, ctx);
		out.push(...drawGrid([[cell(quads[0]!, li), cell(quads[1]!, ri)], [cell(quads[2]!, li), cell(quads[3]!, ri)]], total, color));
	} else {
		out.push(...drawStack(quads.map((q) => quadrantLines(q, stackInner(total), ctx)), total, color));
	}
	const unsorted = Array.isArray(shown?.unsorted) ? shown.unsorted.filter((i): i is ListedItem => !!i) : [];
	if (unsorted.length > 0) out.push("", ...unsortedLines(unsorted, total, ctx).map((l) => render(l, color)));
	return out.join("\n") + "\n";
}

/** Under the grid: how many tasks no quadrant shows, the open ones (each with its note), and how to sort them. */
function unsortedLines(tasks: readonly ListedItem[], columns: number, ctx: Ctx): Line[] {
	const { lang } = ctx;
	const lines: Line[] = [...wrap([{ text: t(lang, "unsorted.title", { count: tasks.length }), style: { bold: true } }], columns)];
	const shown = listed(tasks, ctx.statuses, ctx.sort);
	if (shown.length === 0) lines.push(...wrap([{ text: t(lang, "show.allDone"), style: { dim: true } }], columns));
	for (const task of shown.slice(0, ctx.maxItems)) lines.push(...itemLines(task, columns, ctx, true));
	if (shown.length > ctx.maxItems) lines.push(...wrap([{ text: t(lang, "show.more", { count: shown.length - ctx.maxItems }), style: { dim: true } }], columns));
	lines.push(...wrap([{ text: t(lang, "unsorted.hint"), style: { dim: true } }], columns));
	return lines;
}

interface Ctx {
	readonly lang: Lang;
	readonly maxItems: number;
	readonly today: string | null;
	readonly statuses: "open" | "done" | "all";
	readonly sort: "priority" | "due";
	readonly filtered: boolean;
}

/** A header line; wrap() never ends one with a space, trimEnd() makes sure of it. */
function render(line: Line, color: boolean): string {
	return color ? renderLine(line, true) : renderLine(line, false).trimEnd();
}

/** The quadrant for a dimension; an empty one when the input lacks it. */
function quadrantOf(quadrants: readonly Quadrant[], dimension: Dimension): Quadrant {
	const list: readonly (Quadrant | null | undefined)[] = Array.isArray(quadrants) ? (quadrants as readonly Quadrant[]) : [];
	const found = list.find((q) => q?.dimension === dimension);
	if (found) return found;
	return { dimension, items: [], counts: { open: 0, "in-progress": 0, done: 0, cancelled: 0 }, total: 0, done: 0 };
}

// ── Header ──────────────────────────────────────────────────────────────────────────────────────

function header(input: ShowInput, quads: readonly Quadrant[], columns: number, ctx: Ctx): Line[] {
	const lines: Line[] = [];
	const title = clean(input.title);
	if (title) lines.push(...wrap([{ text: title, style: { bold: true } }], columns));
	const parts = profileParts(input.profile, ctx.lang);
	if (parts.length > 0) {
		const pieces: Piece[] = [];
		// Lines break between parts; a part is broken only when it is wider than a line.
		parts.forEach((part, i) => {
			if (i > 0) pieces.push({ text: " " });
			pieces.push({ text: i > 0 ? `· ${part}` : part, keep: true });
		});
		lines.push(...wrap(pieces, columns));
	}
	const done = sum(quads.map((q) => q.done));
	const all = sum(quads.map((q) => q.total));
	lines.push(...progressLines(t(ctx.lang, "show.progress", { done, total: all }), done, all, columns));
	return lines;
}

function sum(values: readonly unknown[]): number {
	return values.reduce<number>((n, v) => n + (typeof v === "number" && Number.isFinite(v) ? v : 0), 0);
}

/** company · size · industry · channel · markets (type) · platforms · owner · horizon: what is set. */
export function profileParts(profile: Profile | null, lang: Lang): string[] {
	if (!profile) return [];
	const sep = lang === "zh" ? "、" : ", ";
	const word = (key: string): string => t(lang, key as MessageKey);
	const parts: string[] = [clean(profile.company)];
	if (profile.size) parts.push(word(`size.${profile.size}`));
	if (profile.industry) parts.push(word(`industry.${profile.industry}`));
	if (profile.channel) parts.push(word(`channel.${profile.channel}`));
	const markets: readonly Market[] = Array.isArray(profile.markets) ? profile.markets : [];
	for (const type of ["developed", "emerging"] as const) {
		const codes = markets.filter((m) => m?.type === type).map((m) => clean(m.code)).filter((c) => c !== "");
		if (codes.length > 0) parts.push(t(lang, "show.markets", { markets: codes.join(sep), type: t(lang, `market.${type}`) }));
	}
	const platforms = (Array.isArray(profile.platforms) ? profile.platforms : []).map(clean).filter((p) => p !== "");
	if (platforms.length > 0) parts.push(platforms.join(sep));
	const owner = clean(profile.owner);
	if (owner) parts.push(t(lang, "show.owner", { owner }));
	const horizon = clean(profile.horizon);
	if (horizon) parts.push(t(lang, "show.horizon", { date: horizon }));
	return parts.filter((p) => p !== "");
}

// ── One quadrant ────────────────────────────────────────────────────────────────────────────────

const MARKER = { open: "○", "in-progress": "◐", done: "✓", cancelled: "✗", initiative: "▸", section: "§", note: "≡" } as const;
const PRIORITY_RANK: Readonly<Record<string, number>> = { highest: 0, high: 1, medium: 2, low: 4, lowest: 5 };
const NO_PRIORITY = 3; // as in the Tasks plugin: between medium and low

/** The box's content: title, progress, counts, then the open items (or why there are none). */
function quadrantLines(q: Quadrant, columns: number, ctx: Ctx): Line[] {
	const { lang } = ctx;
	const lines: Line[] = [];
	lines.push(...wrap([{ text: t(lang, `dimension.${q.dimension}`), style: { bold: true } }], columns));
	const done = finite(q.done);
	const total = finite(q.total);
	lines.push(...progressLines(t(lang, "show.progress", { done, total }), done, total, columns, 20));
	const counts = q.counts ?? { open: 0, "in-progress": 0, done: 0, cancelled: 0 };
	const count = (status: "open" | "in-progress"): string =>
		`${MARKER[status]} ${t(lang, "show.statusCount", { count: finite(counts[status]), status: t(lang, `status.${status}`) })}`;
	lines.push(...wrap([{ text: count("in-progress"), keep: true }, { text: " " }, { text: `· ${count("open")}`, keep: true }], columns));
	lines.push([]);

	const items = Array.isArray(q.items) ? q.items.filter((i): i is ListedItem => !!i) : [];
	const shown = listed(items, ctx.statuses, ctx.sort);
	if (items.length === 0) lines.push(...wrap([{ text: t(lang, ctx.filtered ? "show.noMatch" : "show.noItems"), style: { dim: true } }], columns));
	else if (shown.length === 0) lines.push(...wrap([{ text: t(lang, "show.allDone"), style: { dim: true } }], columns));
	for (const item of shown.slice(0, ctx.maxItems)) lines.push(...itemLines(item, columns, ctx));
	if (shown.length > ctx.maxItems) {
		lines.push(...wrap([{ text: t(lang, "show.more", { count: shown.length - ctx.maxItems }), style: { dim: true } }], columns));
	}
	return lines;
}

function finite(n: unknown): number {
	return typeof n === "number" && Number.isFinite(n) ? n : 0;
}

/**
 * The tasks asked for (open and in progress by default; done; or all, open first), by priority then due
 * date (or due date then priority), then initiatives, sections and notes.
 */
export function listed<T extends ListedItem>(items: readonly T[], statuses: "open" | "done" | "all" = "open", sort: "priority" | "due" = "priority"): T[] {
	const open = (item: ListedItem): boolean => item.status === "open" || item.status === "in-progress";
	const wanted = (item: ListedItem): boolean => statuses === "all" || (statuses === "open" ? open(item) : item.status === "done");
	const tasks = items.map((item, index) => ({ item, index })).filter(({ item }) => item.kind === "task" && wanted(item));
	const byRank = (a: ListedItem, b: ListedItem): number => rank(a) - rank(b);
	const byDue = (a: ListedItem, b: ListedItem): number => compareDue(dueOf(a), dueOf(b));
	tasks.sort((a, b) => Number(open(b.item)) - Number(open(a.item)) || (sort === "due" ? byDue(a.item, b.item) || byRank(a.item, b.item) : byRank(a.item, b.item) || byDue(a.item, b.item)) || a.index - b.index);
	return [...tasks.map((x) => x.item), ...items.filter((i) => i.kind !== "task")];
}

function rank(item: ListedItem): number {
	return PRIORITY_RANK[fieldOf(item, "priority").toLowerCase()] ?? NO_PRIORITY;
}

function fieldOf(item: ListedItem, key: string): string {
	const v: unknown = item.fields?.[key];
	return typeof v === "string" ? v : "";
}

function dueOf(item: ListedItem): string | null {
	const due = clean(fieldOf(item, "due"));
	return /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : null;
}

/** Dated before undated, earlier first. */
function compareDue(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

function itemLines(item: ListedItem, columns: number, ctx: Ctx, withNote = false): Line[] {
	const marker = item.kind === "task" ? MARKER[item.status ?? "open"] : MARKER[item.kind] ?? "•";
	const text = clean(item.text) || `${clean(basename(String(item.path ?? "")))}:${finite(item.line)}`;
	const pieces: Piece[] = [{ text }];
	const chip = (chipText: string, overdue = false): void => {
		pieces.push({ text: " " }, { text: chipText, keep: true, style: overdue ? { color: "red" } : { dim: true } });
	};
	// Each owner as `@name`, the way an owner may be written back into a task.
	for (const owner of ownerNames(clean(fieldOf(item, "owner")))) chip(`@${owner}`);
	// Priority orders the list, so it is shown, as the Tasks plugin's emoji the user may have written.
	const priority = PRIORITY_EMOJI[clean(fieldOf(item, "priority"))];
	if (priority) chip(priority);
	const dueText = clean(fieldOf(item, "due"));
	if (dueText) {
		const due = dueOf(item);
		const overdue = due !== null && ctx.today !== null && due < ctx.today;
		chip(`📅 ${due !== null ? compactDate(due, ctx.today) : dueText}${overdue ? "!" : ""}`, overdue);
	}
	const market = clean(fieldOf(item, "market"));
	if (market) chip(`🌐 ${market}`);
	// Tasks from many notes in one list: each says where it is.
	if (withNote) chip(`· ${clean(basename(String(item.path ?? "")))}`);
	const body = wrap(pieces, columns - 2);
	return body.map((line, i) => (i === 0 ? [...toLine([{ text: `${marker} ` }]), ...line] : indent(line, 2)));
}

const PRIORITY_EMOJI: Readonly<Record<string, string>> = { highest: "🔺", high: "⏫", medium: "🔼", low: "🔽", lowest: "⏬" };

/** `03-01` when due this year, else the whole date. */
function compactDate(due: string, today: string | null): string {
	return today !== null && due.slice(0, 4) === today.slice(0, 4) ? due.slice(5) : due;
}
