/**
 * The parsing worker's side: it indexes one note per request with the core (the same `indexNote` the
 * main thread would run in slices) and answers with the record. Pure of the worker itself, so tests
 * run it in process; parse-worker-entry.ts wires it to the worker's messages.
 */
import { dimensionMatcher, indexNote, type DimensionMatcher, type PlanConfig } from "../../core/index.js";
import type { FromWorker, ToWorker } from "./parse-protocol.js";

export function parseService(): (message: ToWorker) => FromWorker | null {
	let current: { key: number; config: PlanConfig; matcher: DimensionMatcher } | null = null;
	return (message) => {
		if (message.type === "config") {
			current = { key: message.key, config: message.config, matcher: dimensionMatcher(message.config) };
			return null;
		}
		const { id, key, path, text, options, askPassed } = message;
		try {
			// Messages arrive in order: a request always follows the settings it names.
			if (current?.key !== key) throw new Error(`settings ${String(key)} were never sent to the parsing worker`);
			const note = indexNote(path, text, current.matcher, current.config, options);
			return askPassed ? { type: "parsed", id, note, passed: current.matcher.mightMatter(text) } : { type: "parsed", id, note };
		} catch (e) {
			return { type: "failed", id, detail: e instanceof Error ? e.message : String(e) };
		}
	};
}
