/**
 * The live index's one way into the core's per-note indexing. It is an object so tests can spy on
 * `parse` and see which notes were read and parsed, and how often.
 */
import { indexNote, type DimensionMatcher, type NoteIndex, type PlanConfig } from "../../core/index.js";

export const noteParser = {
	parse(path: string, text: string, matcher: DimensionMatcher, config: PlanConfig): NoteIndex | null {
		return indexNote(path, text, matcher, config);
	},
};
