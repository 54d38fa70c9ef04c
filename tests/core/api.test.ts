/** The public faces of the core areas: adding to them is a decision, so it shows here. */
import { describe, expect, it } from "vitest";
import * as core from "../../src/core/index.js";
import * as i18n from "../../src/core/i18n/index.js";
import * as parse from "../../src/core/parse/index.js";
import * as plan from "../../src/core/plan/index.js";
import * as checklist from "../../src/core/checklist/index.js";

describe("Public API", () => {
	it("should expose the parser", () => {
		expect(Object.keys(parse).sort()).toEqual(["canonicalKey", "isValidTagName", "linkInValue", "normalizeTag", "parseLinkText", "parseNote", "parseNoteSteps", "runSteps", "splitLines"]);
	});

	it("should expose the plan model", () => {
		expect(Object.keys(plan).sort()).toEqual([
			"CHANNELS", "CONTRACT_VERSION", "CORE_TEMPLATES_CONFIG", "DEFAULT_CONFIG", "DEFAULT_WORKSPACE", "DIMENSIONS", "INDUSTRIES", "LABEL_BEFORE_FROM", "LANGS", "NO_FILTER",
			"PLAN_KEY", "SIZES", "UNREAD_CODES", "applyToggle", "assembleIndex", "assembleIndexSteps", "assignPlans", "brokenPlanForNote", "brokenPlanProblem", "classifyMarket", "coreTemplatesFolder", "countStatuses", "dimensionMatcher", "dimensionTag", "dueFilterText", "entriesByDate", "filterChoices",
			"filterItems", "giveDimension", "giveDimensionSteps", "inPlanFolder", "indexNote", "indexNoteSteps", "indexVault", "isCalendarDay", "isDimension", "isPlanMarker", "isUnread", "itemInPlan", "itemJson", "knownMarkets", "linkResolver", "marketLabel", "matchPlans", "mayHoldTask", "nearestMarkets", "nextOccurrence", "packNote", "parseBlockOptions", "parseDueFilter",
			"planFolders", "planForNote", "quadrants", "readEntrySequenceSteps", "readPlanMarker", "readProfile", "readWorkspace", "relinkPlanBlocks", "replaceLine", "sortItems", "statusOf", "taskInPlan", "taskSpan", "timeline", "toIsoDate", "toJson", "toggleTask", "toggleTaskSteps", "unpackNote", "unsortedIn", "unsortedProblem", "vaultPath", "withDefaults",
			"workspaceWithDefaults",
		]);
	});

	it("should expose the checklist", () => {
		expect(Object.keys(checklist).sort()).toEqual([
			"BUILTIN_LIBRARY", "CHECKLIST_MARKER", "PAPER_SECTIONS", "PLAN_TEMPLATE", "SECTION_HEADINGS", "StaleEditError", "TEMPLATES", "applicableItems",
			"applyEdits", "applyInserts", "byDimension", "checklistLine", "checklistSourcesMarkdown", "countsText", "createPlanNote", "dedupe", "dedupeAll", "diffHunks", "diffLines",
			"evaluate", "fillPlaceholders", "insertMissing", "parseCondition", "planProfile", "readLibrary", "reconcile", "reportCounts",
			"setFrontmatterValues", "syncPlanText", "wording",
		]);
	});

	it("should expose i18n", () => {
		expect(Object.keys(i18n).sort()).toEqual(["en", "langFromLocale", "messageKeys", "problemMessage", "t", "zh"]);
	});

	it("should pass every area through the core's face", () => {
		for (const name of [...Object.keys(parse), ...Object.keys(plan), ...Object.keys(checklist), ...Object.keys(i18n)]) expect(core).toHaveProperty(name);
	});
});
