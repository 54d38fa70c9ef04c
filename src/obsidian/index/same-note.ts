/**
 * Whether a note read again gives the same records, so that nothing need be redrawn (an autosave of
 * prose). A note of tens of thousands of items takes tens of milliseconds to compare whole, so the
 * items are compared a few hundred at a time, as steps the slicer can spread out.
 */
import { dequal } from "dequal";
import type { NoteIndex, Steps } from "../../core/index.js";

const PER_STEP = 256;

export function* sameNoteSteps(a: NoteIndex | null, b: NoteIndex | null): Steps<boolean> {
	if (a === null || b === null) return a === b;
	const { items: aItems, unsorted: aUnsorted, ...aRest } = a;
	const { items: bItems, unsorted: bUnsorted, ...bRest } = b;
	if (!dequal(aRest, bRest)) return false;
	for (const [x, y] of [[aItems, bItems], [aUnsorted, bUnsorted]] as const) {
		if (x.length !== y.length) return false;
		for (let i = 0; i < x.length; i += PER_STEP) {
			if (!dequal(x.slice(i, i + PER_STEP), y.slice(i, i + PER_STEP))) return false;
			yield;
		}
	}
	return true;
}
