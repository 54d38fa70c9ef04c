/**
 * A note's lines and a map from character offsets to (line, column).
 * The BOM is dropped before anything else sees the text; a CR before LF is kept out of every line
 * so that CRLF notes report the same columns as LF notes.
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
	for (;;) {
		const nl = text.indexOf("\n", start);
		if (nl === -1) {
			content.push(stripCr(text.slice(start)));
			break;
		}
		content.push(stripCr(text.slice(start, nl)));
		start = nl + 1;
		starts.push(start);
	}
	return { text, hadBom, starts, content };
}

function stripCr(line: string): string {
	return line.endsWith("\r") ? line.slice(0, -1) : line;
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
