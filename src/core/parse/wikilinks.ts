/** Obsidian wikilinks and embeds: `[[target#heading|alias]]`, `![[file]]`. */
import type { WikiLink } from "./types.js";
import { inRanges } from "./tags.js";

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;

export function scanWikiLinks(line: string, lineNo: number, skip: readonly (readonly [number, number])[]): WikiLink[] {
	if (!line.includes("[[")) return [];
	const out: WikiLink[] = [];
	WIKILINK.lastIndex = 0;
	for (let m = WIKILINK.exec(line); m !== null; m = WIKILINK.exec(line)) {
		if (inRanges(m.index, skip)) continue;
		out.push({ ...parseLinkText(m[2] ?? ""), embed: m[1] === "!", line: lineNo, from: m.index, to: m.index + m[0].length });
	}
	return out;
}

/** `target#sub|alias` → its parts. Also reads `[[…]]` written as a frontmatter value. */
export function parseLinkText(inner: string): { target: string; subpath: string | null; alias: string | null } {
	const bar = inner.indexOf("|");
	const ref = bar === -1 ? inner : inner.slice(0, bar);
	const alias = bar === -1 ? null : inner.slice(bar + 1).trim();
	const hash = ref.indexOf("#");
	return {
		target: (hash === -1 ? ref : ref.slice(0, hash)).trim(),
		subpath: hash === -1 ? null : ref.slice(hash + 1).trim(),
		alias,
	};
}

/** A frontmatter value like `"[[Acme plan]]"` or `[[Acme plan|Acme]]` (YAML may read it as nested lists). */
export function linkInValue(value: unknown): string | null {
	if (Array.isArray(value)) {
		// Unquoted [[x]] in YAML is a list holding a list holding "x".
		if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return linkInValue(`[[${String(value[0][0])}]]`);
		return null;
	}
	if (typeof value !== "string") return null;
	const m = /^\s*!?\[\[([^[\]\n]+?)\]\]\s*$/.exec(value);
	if (m) return parseLinkText(m[1] ?? "").target;
	return null;
}
