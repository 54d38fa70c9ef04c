/**
 * A note's lines and a map from character offsets to (line, column).
 * The BOM is dropped before anything else sees the text. As in CommonMark, CRLF, a lone LF and a lone
 * CR each end a line, and no line's content holds its ending, so every kind of note reports the same
 * lines and columns.
 */
export interface Lines {
	/** Text without the BOM; all offsets refer to it. */
	readonly text: string;
	readonly hadBom: boolean;
	/** Offset of the first character of each line (index 0 = line 1). */
	readonly starts: readonly number[];
	/** Each line's content, without its line ending. */
	readonly content: readonly string[];
}

const BOM = "\uFEFF";

export function splitLines(raw: string): Lines {
	const hadBom = raw.startsWith(BOM);
	const text = hadBom ? raw.slice(1) : raw;
	const starts: number[] = [0];
	const content: string[] = [];
	let start = 0;
	if (!text.includes("\r")) {
		// The common case, without a regular expression: a large note is split several times a second while typed.
		for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
			content.push(text.slice(start, nl));
			start = nl + 1;
			starts.push(start);
		}
		content.push(text.slice(start));
		return { text, hadBom, starts, content };
	}
	const ending = /\r\n|\r|\n/g;
	for (let m = ending.exec(text); m !== null; m = ending.exec(text)) {
		content.push(text.slice(start, m.index));
		start = m.index + m[0].length;
		starts.push(start);
	}
	content.push(text.slice(start));
	return { text, hadBom, starts, content };
}

/** 1-based line holding `offset` (binary search over line starts). */
export function lineAt(lines: Lines, offset: number): number {
	let lo = 0;
	let hi = lines.starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((lines.starts[mid] ?? 0) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

export function columnAt(lines: Lines, offset: number, line: number): number {
	return offset - (lines.starts[line - 1] ?? 0);
}
