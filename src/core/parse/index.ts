/** The note parser: markdown text → note facts with positions. */
export { parseNote, parseNoteSteps } from "./parse-note.js";
export { runSteps, type Steps } from "./steps.js";
export { normalizeTag, isValidTagName } from "./tags.js";
export { canonicalKey } from "./inline-fields.js";
export { linkInValue, parseLinkText } from "./wikilinks.js";
export { splitLines } from "./lines.js";
export type * from "./types.js";
