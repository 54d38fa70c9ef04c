/**
 * Obsidian runs plugins on its UI thread: work longer than a frame or two makes typing and scrolling
 * stutter. The slicer runs the core's stepped work (parse/steps.ts) until a slice of a few
 * milliseconds is used up, then yields to the app before going on. The live index keeps one for its
 * first read and later updates, which take turns on the same thread; a view's edit makes its own.
 */
import type { Steps } from "../../core/index.js";

export class Slicer {
	private sliceStart = performance.now();

	constructor(
		private readonly pause: () => Promise<void>,
		private readonly sliceMs: number,
	) {}

	/** The current slice is used up: the caller should `rest` before more work. */
	due(): boolean {
		return performance.now() - this.sliceStart >= this.sliceMs;
	}

	/** Yields to the app; the next slice starts when it comes back. */
	async rest(): Promise<void> {
		await this.pause();
		this.sliceStart = performance.now();
	}

	/** Runs stepped work to its end, resting whenever a slice is used up. */
	async run<T>(steps: Steps<T>): Promise<T> {
		for (;;) {
			const next = steps.next();
			if (next.done) return next.value;
			if (this.due()) await this.rest();
		}
	}
}

/** Runs stepped work from a view (a click on a long note) a few milliseconds at a time, with its own slicer. */
export function runInSlices<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
	return new Slicer(() => new Promise((resolve) => window.setTimeout(resolve, 0)), sliceMs).run(steps);
}
