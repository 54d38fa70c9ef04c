/** What a sync did (or would do) to one plan: block ids per kind of change, in note or library order. */
import { t, type Lang } from "../../i18n/index.js";

export interface SyncReport {
	/** Applicable items the plan lacked, added unticked. */
	readonly additions: readonly string[];
	/** Lines whose wording (or cited sources) now follow the library. */
	readonly rewordings: readonly string[];
	/** Items no longer called for, now cancelled with `[retired:: …]`. */
	readonly retirements: readonly string[];
	/** Retired items that apply again, brought back. */
	readonly unretirements: readonly string[];
	/** Ids found on more than one item (left alone until de-duplicated). */
	readonly duplicates: readonly string[];
	/** Ids whose copies were merged into one (only when de-duplication ran). */
	readonly deduplicated: readonly string[];
	/** True when there is nothing to write. */
	readonly unchanged: boolean;
}

export const EMPTY_REPORT: SyncReport = {
	additions: [],
	rewordings: [],
	retirements: [],
	unretirements: [],
	duplicates: [],
	deduplicated: [],
	unchanged: true,
};

/** The counts people read in a preview or a terminal. */
export function reportCounts(r: SyncReport): { added: number; reworded: number; retired: number; restored: number; merged: number } {
	return { added: r.additions.length, reworded: r.rewordings.length, retired: r.retirements.length, restored: r.unretirements.length, merged: r.deduplicated.length };
}

/** "2 added, 1 reworded" / "新增 2 项，更新措辞 1 项": only the kinds of change that happened. */
export function countsText(report: SyncReport, lang: Lang): string {
	const c = reportCounts(report);
	const parts = [
		c.merged ? t(lang, "sync.count.merged", { count: c.merged }) : "",
		c.added ? t(lang, "sync.count.added", { count: c.added }) : "",
		c.reworded ? t(lang, "sync.count.reworded", { count: c.reworded }) : "",
		c.retired ? t(lang, "sync.count.retired", { count: c.retired }) : "",
		c.restored ? t(lang, "sync.count.restored", { count: c.restored }) : "",
	].filter((p) => p !== "");
	return parts.join(lang === "zh" ? "，" : ", ");
}
