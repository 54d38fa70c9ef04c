/**
 * Text bound for a terminal, without the control characters a note could smuggle into it: ESC ] 52
 * writes the clipboard, ESC ] 0 the window title, a CSI moves the cursor or clears the screen. Every
 * C0 and C1 control goes except tab and newline; an escape sequence the terminal would read as a
 * whole (CSI, OSC and the other string commands up to their terminator) goes as a whole, so no
 * `]52;c;…` is left behind.
 */

const LF = 0x0a;
const BEL = 0x07;
const ESC = 0x1b;
/** C1 controls that open a sequence: CSI, and DCS, SOS, OSC, PM, APC (strings ended by ST or BEL). */
const C1_CSI = 0x9b;
const C1_ST = 0x9c;
const C1_STRINGS = new Set([0x90, 0x98, 0x9d, 0x9e, 0x9f]);
/** After ESC: `[` opens a CSI; `]`, `P`, `X`, `^`, `_` open strings. */
const ESC_CSI = 0x5b;
const ESC_STRINGS = new Set([0x5d, 0x50, 0x58, 0x5e, 0x5f]);
const BACKSLASH = 0x5c;

export interface TerminalTextOptions {
	/** Keep SGR sequences (`ESC [ 1;31 m`): for text the CLI styled itself, after cleaning what it styled. */
	readonly keepStyles?: boolean;
}

/** Any control character but tab and newline, written as what it is not: tab, newline, printable. */
const CONTROL = /[^\t\n -~\u00a0-\uffff]/g;

/** The text with every control character and escape sequence removed, tab and newline kept. */
export function terminalText(text: string, options: TerminalTextOptions = {}): string {
	const control = new RegExp(CONTROL.source, "g");
	let match = control.exec(text);
	if (!match) return text;
	let out = "";
	let from = 0;
	while (match) {
		const i = match.index;
		out += text.slice(from, i);
		const code = text.charCodeAt(i);
		const end = code === ESC || code === C1_CSI || C1_STRINGS.has(code) ? sequenceEnd(text, i) : i + 1;
		if (options.keepStyles && isSgr(text, i, end)) out += text.slice(i, end);
		from = end;
		control.lastIndex = end;
		match = control.exec(text);
	}
	return out + text.slice(from);
}

/** Index just past the sequence that starts at `i` (ESC, CSI or a C1 string introducer). */
function sequenceEnd(s: string, i: number): number {
	const code = s.charCodeAt(i);
	if (code === C1_CSI) return csiEnd(s, i + 1);
	if (code !== ESC) return stringEnd(s, i + 1);
	const next = s.charCodeAt(i + 1);
	if (next === ESC_CSI) return csiEnd(s, i + 2);
	if (ESC_STRINGS.has(next)) return stringEnd(s, i + 2);
	// ESC, intermediate bytes (space to /), one final byte (0 to ~): ESC c, ESC 7, ESC ( B …
	let j = i + 1;
	while (j < s.length && inRange(s.charCodeAt(j), 0x20, 0x2f)) j++;
	if (j < s.length && inRange(s.charCodeAt(j), 0x30, 0x7e)) j++;
	return j;
}

/** Parameter bytes, intermediate bytes, then the final byte (absent when the text ends first). */
function csiEnd(s: string, j: number): number {
	while (j < s.length && inRange(s.charCodeAt(j), 0x30, 0x3f)) j++;
	while (j < s.length && inRange(s.charCodeAt(j), 0x20, 0x2f)) j++;
	if (j < s.length && inRange(s.charCodeAt(j), 0x40, 0x7e)) j++;
	return j;
}

/**
 * A string command runs to BEL, ST (C1 or ESC \) — or, unterminated, to the end of its line, so the
 * payload goes and the rest of the output stays. Another ESC ends it too: that is a new sequence.
 */
function stringEnd(s: string, j: number): number {
	while (j < s.length) {
		const c = s.charCodeAt(j);
		if (c === BEL || c === C1_ST) return j + 1;
		if (c === ESC) return s.charCodeAt(j + 1) === BACKSLASH ? j + 2 : j;
		if (c === LF) return j;
		j++;
	}
	return j;
}

/** `ESC [ digits and semicolons m`: colour and weight, nothing else. */
function isSgr(s: string, from: number, to: number): boolean {
	if (s.charCodeAt(from) !== ESC || s.charCodeAt(from + 1) !== ESC_CSI || s.charCodeAt(to - 1) !== 0x6d) return false;
	for (let j = from + 2; j < to - 1; j++) {
		const c = s.charCodeAt(j);
		if (!inRange(c, 0x30, 0x39) && c !== 0x3b) return false;
	}
	return true;
}

function inRange(code: number, low: number, high: number): boolean {
	return code >= low && code <= high;
}
