/**
 * Obsidian's tag rules: `#` at the start of a line or after white space, then letters (any script),
 * digits, `_`, `-`, `/` (nesting) or other symbols such as emoji, up to white space or punctuation;
 * at least one character that is not a digit. Tags compare case-insensitively.
 * Chinese full-width punctuation ends a tag too, so `#国际化/风险合规，…` is the tag you meant.
 */

// ASCII punctuation except _ - /, General and Supplemental Punctuation, CJK symbols and
// punctuation, full-width ASCII punctuation.
const TERMINATOR = String.raw`\s!"#$%&'()*+,.:;<=>?@\[\\\]^\x60{|}~\u2000-\u206F\u2E00-\u2E7F\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65`;
const TAG_BODY = new RegExp(`^[^${TERMINATOR}]+`, "u");
const INLINE_TAG = new RegExp(`(^|\\s)#([^${TERMINATOR}]+)`, "gu");
const ALL_DIGITS = /^[0-9]+$/;

export function isValidTagName(name: string): boolean {
	const body = TAG_BODY.exec(name);
	return body !== null && body[0] === name && !ALL_DIGITS.test(name);
}

/** `Intl/Strategy` and `#intl/strategy` are one tag to Obsidian. */
export function normalizeTag(name: string): string {
	return (name.startsWith("#") ? name.slice(1) : name).normalize("NFC").toLowerCase();
}

/** A frontmatter tag string: names separated by commas and/or spaces, each maybe with a `#`. */
export function splitTagList(value: string): string[] {
	return value
		.split(/[,\s]+/u)
		.map((t) => (t.startsWith("#") ? t.slice(1) : t))
		.filter((t) => t.length > 0);
}

export interface FoundTag {
	readonly name: string;
	readonly from: number;
	readonly to: number;
}

/** Inline tags on one (masked) line, skipping the given column ranges (code, links, HTML). */
export function scanTags(line: string, skip: readonly (readonly [number, number])[]): FoundTag[] {
	if (!line.includes("#")) return [];
	const found: FoundTag[] = [];
	INLINE_TAG.lastIndex = 0;
	for (let m = INLINE_TAG.exec(line); m !== null; m = INLINE_TAG.exec(line)) {
		const name = m[2] ?? "";
		const from = m.index + (m[1] ?? "").length;
		const to = from + 1 + name.length;
		if (ALL_DIGITS.test(name) || inRanges(from, skip)) continue;
		found.push({ name, from, to });
	}
	return found;
}

export function inRanges(at: number, ranges: readonly (readonly [number, number])[]): boolean {
	for (const [a, b] of ranges) if (at >= a && at < b) return true;
	return false;
}
