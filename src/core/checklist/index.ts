/** Checklists from the paper's management implications: the library, applicability, plan edits. */
export { parseCondition, evaluate, type Condition, type Clause, type Applicability } from "./conditions.js";
export { readLibrary, type Library, type LibraryItem } from "./library.js";
export { applicableItems, byDimension, type ApplicableItem } from "./applicability.js";
export { wording, checklistLine } from "./checklist-line.js";
export { applyInserts, type InsertLines } from "./line-edits.js";
export { insertMissing, CHECKLIST_MARKER, SECTION_HEADINGS, type InsertResult } from "./insert-missing.js";
export { createPlanNote, fillPlaceholders, setFrontmatterValues, type NewPlan, type CreatedPlan } from "./create-plan.js";
export { BUILTIN_LIBRARY, PLAN_TEMPLATE, TEMPLATES } from "./builtin.js";
export { PAPER_SECTIONS, type PaperSection } from "./paper-sections.js";
export { checklistSourcesMarkdown } from "./sources-doc.js";
export * from "./sync/index.js";
