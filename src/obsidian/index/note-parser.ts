/**
 * The live index's one way into the core's per-note indexing. It is an object so tests can spy on
 * `parse` and see which notes were read and parsed, and how often.
 */
import { indexNote, type DimensionMatcher, type IndexNoteOptions, type NoteIndex, type PlanConfig } from "../../core/index.js";

export const noteParser = {
	parse(path: string, text: string, matcher: DimensionMatcher, config: PlanConfig, options: IndexNoteOptions = {}): NoteIndex | null {
		return indexNote(path, text, matcher, config, options);
	},
};
