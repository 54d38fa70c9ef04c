/** Text made safe for where it goes (one line, a terminal, JSON output), and line endings as CommonMark reads them. */
export { terminalText, type TerminalTextOptions } from "./terminal-text.js";
export { asciiJson, jsonText } from "./json-text.js";
export { oneLine } from "./one-line.js";
export { endsWithBreak, linesWithEndings, noteEnding, splitOnEndings, withoutEnding } from "./line-endings.js";
export { decodeNote, type DecodedNote } from "./utf8.js";
export { textChange, textChanges, type TextChange } from "./text-change.js";
export { fnv1a } from "./hash.js";
