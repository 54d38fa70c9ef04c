/**
 * FNV-1a (32 bits) over a string's UTF-16 units: a short, stable name for a text where no secret is at
 * stake (a task's id across reports, which shard of the saved index a note goes in). Not a checksum.
 */
export function fnv1a(text: string, from = 0x811c9dc5): number {
	// `from`: the hash of what comes before `text`, so that parts hash as their concatenation would, unjoined.
	let h = from;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/** `n.toString(36)` for a non-negative integer, without the general radix conversion (twice as fast). */
export function base36(n: number): string {
	let out = "";
	do {
		out = DIGITS.charAt(n % 36) + out;
		n = Math.floor(n / 36);
	} while (n > 0);
	return out;
}
