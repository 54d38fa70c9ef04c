/**
 * Control characters in test output, found by code point (a regular expression over C0 is what the
 * linter forbids): what must not reach a terminal or a generated note.
 */

/** Every C0/C1 control and DEL but tab and newline, as `\uXXXX`, in order. */
export function controlsIn(text: string): string[] {
	const found: string[] = [];
	for (const c of text) {
		const code = c.charCodeAt(0);
		if ((code < 0x20 && c !== "\t" && c !== "\n") || (code >= 0x7f && code <= 0x9f)) found.push(`\\u${code.toString(16).padStart(4, "0")}`);
	}
	return found;
}

const ESC = "\u001b";

/** The escape sequences in a text: ESC and what follows it up to its final byte (or the end). */
export function escapeSequences(text: string): string[] {
	return text
		.split(ESC)
		.slice(1)
		.map((rest) => ESC + (/^\[[0-?]*[ -/]*[@-~]/.exec(rest)?.[0] ?? rest.slice(0, 1)));
}

/** The text without colour codes (`ESC [ 1;31 m`). */
export function withoutColour(text: string): string {
	return text
		.split(ESC)
		.map((part, i) => (i === 0 ? part : /^\[[0-9;]*m/.test(part) ? part.replace(/^\[[0-9;]*m/, "") : ESC + part))
		.join("");
}

/** A URL as a browser reads its scheme: without the white space and controls it skips. */
export function urlAsRead(url: string): string {
	return [...url].filter((c) => c.charCodeAt(0) > 0x20).join("");
}
