/**
 * An item's text as runs of plain text and `[[wikilinks]]`, the only markup the view renders. The runs
 * are strings: the renderer puts them into text nodes, so nothing in a note is ever parsed as HTML.
 */
export type TextRun = { readonly text: string } | { readonly link: string; readonly display: string };

/** `[[target]]`, `[[target|alias]]`, `[[target#heading]]`, and embeds `![[…]]` (shown as links). */
const WIKILINK = /!?\[\[([^[\]|#\n]*)(#[^[\]|\n]*)?(?:\|([^[\]\n]*))?\]\]/g;

export function splitWikilinks(text: string): TextRun[] {
	const runs: TextRun[] = [];
	let last = 0;
	for (const m of text.matchAll(WIKILINK)) {
		const target = (m[1] ?? "").trim();
		const heading = (m[2] ?? "").slice(1).trim();
		if (target === "" && heading === "") continue;
		const at = m.index;
		if (at > last) runs.push({ text: text.slice(last, at) });
		const alias = m[3]?.trim();
		const link = heading === "" ? target : `${target}#${heading}`;
		const display = alias || (heading === "" ? target : target === "" ? heading : `${target} > ${heading}`);
		runs.push({ link, display });
		last = at + m[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last) });
	return runs;
}
