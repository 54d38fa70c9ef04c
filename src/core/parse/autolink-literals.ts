/**
 * GFM autolink literals (`www.`, `https://`, e-mail addresses) and the readers that do not make them.
 * remark's tree makes them links (micromark's extension and mdast-util-gfm-autolink-literal's text
 * search), and no tag, field or wikilink starts inside a link. Those rules are not repeated here.
 * Instead: a literal lies inside one run of non-white-space characters; when no such run around a
 * `://`, `www.` or `@` outside the spans a reader already skips holds a character that can start or
 * end any inline construct (`[`, `#`, `` ` ``, `<`, `*`, `\`, `&` …), the link changes nothing but a
 * skip range no metadata could start in, and the reader's records stand as they are (a mention
 * `@王芳`, a plain URL in prose). Otherwise the piece is read from the tree.
 */
import type { PieceRecords } from "./block-records.js";

/** Where remark-gfm's autolink literals could apply. */
const AUTOLINK_LITERAL = /@|www\.|:\/\//gi;
/**
 * Characters that start or end an inline construct (code, links, wikilinks, fields, images, HTML,
 * emphasis, strikethrough, escapes, references, footnotes, tags, comments, table cells), or that the
 * literal's own rules weigh (`_` in a domain): a run holding one is read from the tree.
 */
const INLINE_SYNTAX = /[`<>[\]()#\\&!*_~^|%$]/;
/** What ends a literal's run: only these (a URL's path goes on through other white space, as GFM's rule does). */
const WHITE_SPACE = /[ \t\r\n]/;

/** Whether a GFM autolink literal could stand where it changes the note's facts, given a reader's records of the piece. */
export function autolinkLiteralsMatter(piece: string, records: PieceRecords): boolean {
	// Offsets in records count from after a U+FEFF that opens the piece, as micromark drops it.
	const bom = piece.charCodeAt(0) === 0xfeff ? 1 : 0;
	// Matches come in order: the spans are walked once with them (a piece may hold thousands of each).
	const spans = union(records.skips, records.opaque);
	let span = 0;
	/** The end of the last run checked: another literal in it gets the same answer. */
	let checked = -1;
	for (const m of piece.matchAll(AUTOLINK_LITERAL)) {
		const at = m.index - bom;
		while (span < spans.length && (spans[span]?.[1] ?? 0) <= at) span++;
		if (at >= (spans[span]?.[0] ?? Infinity) || m.index < checked) continue;
		let start = m.index;
		while (start > 0 && !WHITE_SPACE.test(piece[start - 1] ?? " ")) start--;
		let end = m.index + m[0].length;
		while (end < piece.length && !WHITE_SPACE.test(piece[end] ?? " ")) end++;
		if (INLINE_SYNTAX.test(piece.slice(start, end))) return true;
		checked = end;
	}
	return false;
}

/** The ranges as sorted, disjoint [from, to) pairs. */
function union(...lists: readonly (readonly (readonly [number, number])[])[]): [number, number][] {
	const all = lists.flat().slice().sort((a, b) => a[0] - b[0]);
	const out: [number, number][] = [];
	for (const [from, to] of all) {
		const last = out[out.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else out.push([from, to]);
	}
	return out;
}
