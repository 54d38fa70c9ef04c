/** Every plan in the vault (or a folder) side by side: completion per dimension, overdue work, gaps. */
import { t, type Lang } from "../i18n/index.js";
import type { Library } from "../checklist/library.js";
import { DIMENSIONS, type Dimension } from "../plan/dimensions.js";
import type { VaultIndex } from "../plan/vault-index.js";
import type { Item } from "../plan/items.js";
import { noteLink, tableCell } from "./markdown-escape.js";
import { summarizeItems } from "./plan-summary.js";
import { splitOnEndings } from "../text/line-endings.js";

export interface RollupRow {
	readonly path: string;
	readonly title: string;
	readonly completion: Readonly<Record<Dimension, number | null>>;
	readonly overall: number | null;
	readonly overdue: number;
	readonly gaps: number;
	/** Who ticked the plan's done tasks (`[done-by:: …]`), most first: [name, count]. */
	readonly doneBy: readonly (readonly [string, number])[];
}

export type RollupSort = "plan" | "overall" | "overdue" | "gaps" | Dimension;

export function rollup(
	index: Pick<VaultIndex, "plans" | "items">,
	library: Pick<Library, "items"> | null,
	today: string,
	options: { readonly folder?: string; readonly sort?: RollupSort } = {},
): RollupRow[] {
	const folder = options.folder?.replace(/^\/+|\/+$/g, "");
	const rows: RollupRow[] = [];
	// One pass over the vault's items, not one per plan: the roll-up stays linear in the vault.
	const byPlan = new Map<string, Item[]>();
	for (const item of index.items) {
		if (item.plan === null) continue;
		const list = byPlan.get(item.plan);
		if (list) list.push(item);
		else byPlan.set(item.plan, [item]);
	}
	for (const plan of index.plans) {
		if (folder && !plan.path.startsWith(`${folder}/`)) continue;
		const items = byPlan.get(plan.path) ?? [];
		const s = summarizeItems(plan, items, library, today);
		rows.push({
			path: plan.path,
			title: plan.title,
			completion: Object.fromEntries(s.progress.map((p) => [p.dimension, p.completion])) as Record<Dimension, number | null>,
			overall: s.overall.completion,
			overdue: s.overdue.length,
			gaps: s.gaps.length,
			doneBy: doneBy(items),
		});
	}
	return sortRows(rows, options.sort ?? "plan");
}

function doneBy(items: readonly Item[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const item of items) {
		const who = item.status === "done" ? item.fields["done-by"]?.trim() : undefined;
		if (who) counts.set(who, (counts.get(who) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** `李明 5, Anna 3`: who ticked items, for tables. */
export function doneByText(row: Pick<RollupRow, "doneBy">): string {
	return row.doneBy.map(([name, n]) => `${name} ${n}`).join(", ");
}

/** Numbers sort worst first (least complete, most overdue, most gaps): what a lead looks at first. */
export function sortRows(rows: readonly RollupRow[], sort: RollupSort): RollupRow[] {
	const byPath = (a: RollupRow, b: RollupRow): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
	const value = (r: RollupRow): number =>
		sort === "overdue" ? -r.overdue : sort === "gaps" ? -r.gaps : sort === "overall" ? (r.overall ?? -1) : sort === "plan" ? 0 : (r.completion[sort] ?? -1);
	return [...rows].sort((a, b) => value(a) - value(b) || byPath(a, b));
}

export function rollupMarkdown(rows: readonly RollupRow[], lang: Lang): string {
	if (rows.length === 0) return t(lang, "rollup.none") + "\n";
	const pct = (n: number | null): string => (n === null ? "—" : `${n}%`);
	const header = [t(lang, "rollup.col.plan"), ...DIMENSIONS.map((d) => t(lang, `dimension.${d}.short`)), t(lang, "rollup.col.total"), t(lang, "rollup.col.overdue"), t(lang, "rollup.col.gaps"), t(lang, "rollup.col.doneBy")];
	return [
		`| ${header.join(" | ")} |`,
		`| --- | ${header.slice(1).map(() => "---:").join(" | ")} |`,
		...rows.map((r) => `| ${noteLink(r.path, r.title, "table")} | ${DIMENSIONS.map((d) => pct(r.completion[d])).join(" | ")} | ${pct(r.overall)} | ${r.overdue} | ${r.gaps} | ${tableCell(doneByText(r)) || "—"} |`),
	].join("\n") + "\n";
}

export const ROLLUP_SORTS: readonly RollupSort[] = ["plan", "overall", "overdue", "gaps", "strategy", "technology", "marketing", "compliance"];

export interface RollupOptionError {
	readonly key: "rollup.badOption" | "rollup.badSort";
	readonly args: Readonly<Record<string, string>>;
}

/** Options of an ```intl-plan-rollup``` block: `folder: Plans/EU` and `sort: overdue`, one per line. */
export function parseRollupOptions(source: string): { folder: string | null; sort: RollupSort; errors: RollupOptionError[] } {
	let folder: string | null = null;
	let sort: RollupSort = "plan";
	const errors: RollupOptionError[] = [];
	splitOnEndings(source).forEach((raw, i) => {
		const text = raw.trim();
		if (text === "" || text.startsWith("#")) return;
		const m = /^([A-Za-z]+)\s*[:：]\s*(.*)$/.exec(text);
		const key = m?.[1]?.toLowerCase();
		const value = (m?.[2] ?? "").trim();
		if (key === "folder" && value !== "") folder = value.replace(/^\/+|\/+$/g, "");
		else if (key === "sort") {
			const found = ROLLUP_SORTS.find((s) => s === value.toLowerCase());
			if (found) sort = found;
			else errors.push({ key: "rollup.badSort", args: { line: String(i + 1), value, allowed: ROLLUP_SORTS.join(", ") } });
		} else errors.push({ key: "rollup.badOption", args: { line: String(i + 1), option: key ?? text } });
	});
	return { folder, sort, errors };
}
