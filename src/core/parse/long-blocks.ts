/**
 * CommonMark's lines that open and close the blocks a blank line does not end: fenced code
 * (```` ``` ```` or `~~~`) and raw HTML of kinds 1–5 (`<pre>`, `<!--`, `<?`, `<!X`, `<![CDATA[`).
 * Every other block and container ends at a blank line followed by a line at column 0, which is
 * what lets a long note be read in pieces (`chunks.ts`, `open-block.ts`).
 */
export type LongBlock =
	| { readonly kind: "fence"; readonly char: string; readonly length: number }
	| { readonly kind: "html"; readonly end: RegExp };

const FENCE = /^(`{3,}|~{3,})/;
/** Raw HTML kinds 1–5, each with what ends it (kind 1: any of the four end tags, not only its own). */
const RAW_HTML: readonly (readonly [RegExp, RegExp])[] = [
	[/^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
	[/^<!--/, /-->/],
	[/^<\?/, /\?>/],
	[/^<![a-z]/i, />/],
	[/^<!\[CDATA\[/, /\]\]>/],
];

/**
 * The block a line opens, given the line from its first non-blank character (the caller decides
 * which indentation and container markers may come before), or null. A block closed on its own
 * first line (`<pre>x</pre>`) opens nothing.
 */
export function openedBlock(rest: string): LongBlock | null {
	const fence = FENCE.exec(rest)?.[1];
	if (fence) {
		// A backtick fence's info string holds no backtick: "```a```" is inline code.
		if (fence[0] === "`" && rest.slice(fence.length).includes("`")) return null;
		return { kind: "fence", char: fence[0] ?? "`", length: fence.length };
	}
	for (const [open, end] of RAW_HTML) {
		const opening = open.exec(rest);
		if (opening) return end.test(rest.slice(opening[0].length)) ? null : { kind: "html", end };
	}
	return null;
}

/**
 * Whether a line ends the block: for a fence, a line of the same character at least as long with
 * nothing else on it, indented at most `maxIndent` columns; for raw HTML, its end marker anywhere.
 */
export function closesBlock(block: LongBlock, line: string, maxIndent = 3): boolean {
	if (block.kind === "html") return block.end.test(line);
	const rest = line.trim();
	return rest.length >= block.length && rest === block.char.repeat(rest.length) && indentColumns(line) <= maxIndent;
}

/** Columns of leading white space, a tab reaching the next multiple of four as CommonMark counts it. */
function indentColumns(line: string): number {
	let columns = 0;
	for (const c of line) {
		if (c === " ") columns++;
		else if (c === "\t") columns += 4 - (columns % 4);
		else break;
	}
	return columns;
}
