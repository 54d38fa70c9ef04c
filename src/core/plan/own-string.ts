/**
 * A copy of a string that does not keep its source alive. V8 represents slices and regex captures of
 * a long string as views into it, so an item's 30-character text could otherwise pin its whole note
 * in memory for as long as the index lives. Concatenation then slicing forces a fresh, flat copy.
 */
export function ownString(s: string): string {
	return s.length < 13 ? s : (s + " ").slice(0, -1);
}

export function ownRecord(record: Readonly<Record<string, string>>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(record)) out[ownString(k)] = ownString(v);
	return out;
}
