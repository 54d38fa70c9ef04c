/**
 * A pop-out window is another realm: its elements are not instances of the main window's
 * `HTMLElement` or `HTMLInputElement`, so `instanceof` checks written against the globals fail there.
 * happy-dom has one realm; this models the other by swapping those constructors for foreign ones
 * while `fn` runs (events dispatched, a view re-drawn).
 */
import { vi } from "vitest";

const CONSTRUCTORS = ["HTMLElement", "HTMLInputElement", "HTMLAnchorElement"] as const;

export function inAnotherRealm<T>(fn: () => T): T {
	for (const name of CONSTRUCTORS) vi.stubGlobal(name, class Foreign {});
	try {
		return fn();
	} finally {
		vi.unstubAllGlobals();
	}
}
