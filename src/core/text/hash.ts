/**
 * FNV-1a (32 bits) over a string's UTF-16 units: a short, stable name for a text where no secret is at
 * stake (a task's id across reports, which shard of the saved index a note goes in). Not a checksum.
 */
export function fnv1a(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}
