/** Every plan in the vault (or a folder) side by side: completion per dimension, overdue work, gaps. */
import { t, type Lang } from "../i18n/index.js";
import type { Library } from "../checklist/library.js";
import { DIMENSIONS, type Dimension } from "../plan/dimensions.js";
import type { VaultIndex } from "../plan/vault-index.js";
import { summarizePlan } from "./plan-summary.js";

export interface RollupRow {
	readonly path: string;
	readonly title: string;
	readonly completion: Readonly<Record<Dimension, number | null>>;
	readonly overall: number | null;
	readonly overdue: number;
	readonly gaps: number;
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
	for (const plan of index.plans) {
		if (folder && !plan.path.startsWith(`${folder}/`)) continue;
		const s = summarizePlan(index, plan.path, library, today);
		if (!s) continue;
		rows.push({
			path: plan.path,
			title: plan.title,
			completion: Object.fromEntries(s.progress.map((p) => [p.dimension, p.completion])) as Record<Dimension, number | null>,
			overall: s.overall.completion,
			overdue: s.overdue.length,
			gaps: s.gaps.length,
		});
	}
	return sortRows(rows, options.sort ?? "plan");
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
	const header = [t(lang, "rollup.col.plan"), ...DIMENSIONS.map((d) => t(lang, `dimension.${d}.short`)), t(lang, "rollup.col.total"), t(lang, "rollup.col.overdue"), t(lang, "rollup.col.gaps")];
	return [
		`| ${header.join(" | ")} |`,
		`| --- | ${header.slice(1).map(() => "---:").join(" | ")} |`,
		...rows.map((r) => `| [[${r.path.replace(/\.md$/i, "")}\\|${r.title}]] | ${DIMENSIONS.map((d) => pct(r.completion[d])).join(" | ")} | ${pct(r.overall)} | ${r.overdue} | ${r.gaps} |`),
	].join("\n") + "\n";
}
