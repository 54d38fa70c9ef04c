/** Text made safe for where it goes: one line, a terminal, JSON output. */
export { terminalText, type TerminalTextOptions } from "./terminal-text.js";
export { jsonText } from "./json-text.js";
export { oneLine } from "./one-line.js";
