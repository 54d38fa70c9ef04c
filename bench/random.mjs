// Seeded randomness for the generator. Math.random would make every run a different vault,
// and a benchmark whose input changes between runs measures the input, not the code.

/** mulberry32: tiny, fast, good enough for test data; same seed → same sequence on every platform. */
export function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Mixes a seed with an index so each note has its own stream: editing one note's recipe
 * does not shift the content of every note after it. */
export function subSeed(seed, index) {
	let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
	return (h ^ (h >>> 13)) >>> 0;
}

export function makeRandom(seed) {
	const next = mulberry32(seed);
	const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
	const pad = (n) => String(n).padStart(2, "0");
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: (list) => list[Math.floor(next() * list.length)],
		date: () => `${int(2025, 2027)}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
		id: (length) => Array.from({ length }, () => "abcdefghijkmnpqrstuvwxyz23456789"[int(0, 31)]).join(""),
	};
}
