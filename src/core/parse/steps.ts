/**
 * Work that can stop between steps. The parser yields between the ~2 KB pieces it reads and every
 * few hundred lines or items after, so an adapter on a UI thread (the plugin) can run a long note a
 * few milliseconds at a time and let the app paint in between; the CLI runs the steps straight
 * through. The yields carry nothing: the caller decides when to stop, by its own clock.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** How many lines or records a loop handles between two yields (each takes a microsecond or a few). */
export const STEP_EVERY = 512;

/** How many list items become plan items between two yields (each takes tens of microseconds: fields, dates, text). */
export const ITEMS_PER_STEP = 64;
