/**
 * The live index's one way into the core's per-note indexing, in steps the live index runs a few
 * milliseconds at a time (slicer.ts). It is an object so tests can spy on `parse` and see which notes
 * were read and parsed, and how often.
 */
import { indexNoteSteps, type DimensionMatcher, type IndexNoteOptions, type NoteIndex, type PlanConfig, type Steps } from "../../core/index.js";

export const noteParser = {
	parse(path: string, text: string, matcher: DimensionMatcher, config: PlanConfig, options: IndexNoteOptions = {}): Steps<NoteIndex | null> {
		return indexNoteSteps(path, text, matcher, config, options);
	},
};
