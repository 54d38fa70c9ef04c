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
/** Every two-digit run, so that a number is written two digits at a time. */
const PAIRS = Array.from({ length: 36 * 36 }, (_, i) => DIGITS.charAt(Math.floor(i / 36)) + DIGITS.charAt(i % 36));

/** `n.toString(36)` for a non-negative integer, without the general radix conversion (three times as fast). */
export function base36(n: number): string {
	let out = "";
	while (n >= 36 * 36) {
		out = (PAIRS[n % (36 * 36)] ?? "") + out;
		n = Math.floor(n / (36 * 36));
	}
	return (n < 36 ? DIGITS.charAt(n) : (PAIRS[n] ?? "")) + out;
}
