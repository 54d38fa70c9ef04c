/**
 * Note text → one line: what generated lines (a summary, a checklist line) are built from, so a value
 * holding a line break cannot add a line. Every line break (LF, CR, CRLF, NEL, U+2028/2029) becomes one
 * space; control characters and escape sequences go (generated text carries no raw ESC); tabs become
 * spaces. Other white space is left as it was: single-line text comes back unchanged but
 * for the white space around it.
 */
import { terminalText } from "./terminal-text.js";

export function oneLine(text: string): string {
	const breaks = text.replace(/\r\n?|\u0085/g, "\n");
	return terminalText(breaks)
		.replace(/\s*[\n\u2028\u2029]\s*/g, " ")
		.replace(/\t/g, " ")
		.trim();
}
