/**
 * A Bases property value → the dimension it names: a dimension key (`strategy`), a tag
 * (`intl/technology`, `#国际化/营销协同`, an alias) or a name in either language ("Risk & compliance",
 * "技术赋能"). A list names the dimension of its first value that names one.
 */
import type { Value } from "obsidian";
import { isDimension, type Dimension, type DimensionMatcher } from "../../core/index.js";

export function dimensionOfTexts(texts: readonly string[], matcher: DimensionMatcher): Dimension | null {
	for (const raw of texts) {
		const text = raw.trim().replace(/^#/, "");
		if (text === "") continue;
		const key = text.toLowerCase();
		if (isDimension(key)) return key;
		const named = matcher.ofTag(text) ?? matcher.ofHeading(text);
		if (named) return named;
	}
	return null;
}

/** The texts a value holds: one per list element, else its own text. */
export function valueTexts(value: Value | null): string[] {
	if (value === null) return [];
	if (isList(value)) {
		const texts: string[] = [];
		for (let i = 0; i < value.length(); i++) texts.push(...valueTexts(value.get(i)));
		return texts;
	}
	return [value.toString()];
}

interface ListLike {
	length(): number;
	get(index: number): Value;
}

/** Duck-typed: a list value is whatever can be walked like one (no class needs to exist at run time). */
function isList(value: Value): value is Value & ListLike {
	if (!("length" in value) || !("get" in value)) return false;
	const v = value as Partial<ListLike>;
	return typeof v.length === "function" && typeof v.get === "function";
}
