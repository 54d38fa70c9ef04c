/**
 * Line endings as CommonMark reads them: CRLF, a lone LF or a lone CR each end a line. Every reader
 * and every edit goes through these, so a note saved with old Mac endings (lone CR) is read line by
 * line as Obsidian's renderer reads it, and an edit keeps each line's own ending.
 */

/** Each line with its own ending (the last line may have none); joined, they give `text` back. */
export function linesWithEndings(text: string): string[] {
	return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** A line from `linesWithEndings` without its ending. */
export function withoutEnding(line: string): string {
	return line.replace(/(?:\r\n|\r|\n)$/, "");
}

/** True when `text` ends with a line ending (new lines can be appended as they are). */
export function endsWithBreak(text: string): boolean {
	return /[\r\n]$/.test(text);
}

/**
 * The ending new lines take: CRLF when the note uses it anywhere, a lone CR for a note that has no
 * LF at all, else LF (also for a note of one line).
 */
export function noteEnding(text: string): "\r\n" | "\r" | "\n" {
	if (text.includes("\r\n")) return "\r\n";
	if (text.includes("\r") && !text.includes("\n")) return "\r";
	return "\n";
}

/** Splits on every line ending (the endings are dropped). */
export function splitOnEndings(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}
