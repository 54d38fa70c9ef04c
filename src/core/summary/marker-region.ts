/**
 * Regenerated text lives between `%% intl-plan:summary start %%` and `%% intl-plan:summary end %%`
 * (Obsidian comments: invisible in reading view). Writing it replaces only the lines between the
 * markers; no markers yet: the region is appended. Markers that are unpaired or out of order are
 * refused, never guessed at. When the new text differs from the old only in its date stamp, nothing
 * is written, so regenerating from unchanged notes changes no byte.
 */
import { en, zh } from "../i18n/index.js";
import { endsWithBreak, linesWithEndings, noteEnding, splitOnEndings, withoutEnding } from "../text/line-endings.js";
import { SNAPSHOT_PREFIX } from "./snapshot.js";

export const REGION_START = "%% intl-plan:summary start %%";
export const REGION_END = "%% intl-plan:summary end %%";

export type RegionWrite = { readonly ok: true; readonly text: string; readonly changed: boolean } | { readonly ok: false; readonly reason: "unpaired-markers" };

export function writeRegion(note: string, body: string): RegionWrite {
	const eol = noteEnding(note);
	// Each part keeps its own ending, so the lines around the region come back byte for byte.
	const parts = linesWithEndings(note);
	const at = (marker: string): number[] => parts.flatMap((l, i) => (withoutEnding(l).trim() === marker ? [i] : []));
	const starts = at(REGION_START);
	const ends = at(REGION_END);
	// Inside another note, the summary is a part of it: its headings go one level down (no second H1).
	const inner = demoteHeadings(splitOnEndings(withoutEnding(body)));

	if (starts.length === 0 && ends.length === 0) {
		const sep = note === "" || endsWithBreak(note) ? "" : eol;
		const text = `${note}${sep}${note === "" ? "" : eol}${REGION_START}${eol}${inner.join(eol)}${eol}${REGION_END}${eol}`;
		return { ok: true, text, changed: true };
	}
	const start = starts[0];
	const end = ends[0];
	if (starts.length !== 1 || ends.length !== 1 || start === undefined || end === undefined || end < start) {
		return { ok: false, reason: "unpaired-markers" };
	}
	const old = parts.slice(start + 1, end).map(withoutEnding);
	if (sameButStamp(old.join("\n"), inner.join("\n"))) return { ok: true, text: note, changed: false };
	const text = parts.slice(0, start + 1).join("") + inner.map((l) => l + eol).join("") + parts.slice(end).join("");
	return { ok: true, text, changed: text !== note };
}

/** For a summary in its own note: the note's new text, or the old one when only the stamp differs. */
export function regenerate(old: string | null, fresh: string): { readonly text: string; readonly changed: boolean } {
	if (old !== null && sameButStamp(old, fresh)) return { text: old, changed: false };
	return { text: fresh, changed: old !== fresh };
}

const STAMPS = [en["summary.generated"], zh["summary.generated"]].map(
	(template) => new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("\\{date\\}", "\\d{4}-\\d{2}-\\d{2}")}\\r?$`),
);

/**
 * Equal but for the date stamp and the report's record (snapshot.ts): a summary of unchanged notes is
 * not written again, so no new report is recorded either.
 */
function sameButStamp(a: string, b: string): boolean {
	const strip = (s: string): string =>
		s
			.split("\n")
			.filter((l) => !STAMPS.some((re) => re.test(l)) && !l.trimStart().startsWith(SNAPSHOT_PREFIX))
			.join("\n")
			.replace(/\r/g, "");
	return strip(a) === strip(b);
}

/** ATX headings one level down (`#` → `##`, to at most six), outside fenced code. */
function demoteHeadings(lines: readonly string[]): string[] {
	let fence: string | null = null;
	return lines.map((line) => {
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker) {
			if (fence === null) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
			return line;
		}
		return fence === null ? line.replace(/^(#{1,5})(?=[ \t]|$)/, "#$1") : line;
	});
}
