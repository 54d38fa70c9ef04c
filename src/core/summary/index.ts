/** Plan summaries, the Mermaid chart, JSON Canvas export and the team roll-up. */
export { summarizePlan, summarizeItems, type PlanSummary, type DimensionProgress, type Gap, type NextStep, type OverdueItem, type BlockedItem } from "./plan-summary.js";
export { summaryMarkdown, type ReportRecord } from "./summary-markdown.js";
export { summaryHtml, reportsHtml, isGeneratedReport, HTML_GENERATOR, type HtmlReport } from "./summary-html.js";
export { compareWithLast, compareWithState, stateAt, readSnapshot, snapshotLine, taskId, planTasks, type Snapshot, type SinceLast, type TaskState, type TrendPoint } from "./snapshot.js";
export { canvasTarget, planCanvasPath, summaryNotePath, summaryLang, type CanvasTarget } from "./summary-note.js";
export { completionChart } from "./mermaid.js";
export { mermaidLabel } from "./markdown-escape.js";
export { hasUnsafeLink } from "./link-safety.js";
export { writeRegion, regenerate, REGION_START, REGION_END, type RegionWrite } from "./marker-region.js";
export { planCanvas, type Canvas, type CanvasNode } from "./canvas.js";
export { rollup, rollupMarkdown, sortRows, doneByText, parseRollupOptions, ROLLUP_SORTS, type RollupRow, type RollupSort, type RollupOptionError } from "./rollup.js";
export { roadmap, ganttText, ROADMAP_PER_DIMENSION, type Roadmap } from "./roadmap.js";
