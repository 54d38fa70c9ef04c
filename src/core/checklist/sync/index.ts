/** Team checklist sync: a plan reconciled with the library as reviewable line edits, de-duplication, diffs. */
export { applyEdits, StaleEditError, type LineEdit, type ReplaceLine, type RemoveLine } from "./line-edit.js";
export { reconcile, type ReconcileOptions, type Reconciled } from "./reconcile.js";
export { dedupe, dedupeAll, type Deduped } from "./dedupe.js";
export { diffHunks, diffLines, type DiffHunk, type DiffLine, type DiffKind } from "./diff.js";
export { countsText, reportCounts, type SyncReport } from "./report.js";
export { syncPlanText, planProfile, type PlanSync, type PlanSyncOptions } from "./plan-sync.js";
