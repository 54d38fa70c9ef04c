/**
 * The parsing worker's side: it indexes one note per request with the core (the same `indexNote` the
 * main thread would run in slices) and answers with the record. Pure of the worker itself, so tests
 * run it in process; parse-worker-entry.ts wires it to the worker's messages.
 */
import { dimensionMatcher, indexNote, type DimensionMatcher, type NoteIndex, type PlanConfig } from "../../core/index.js";
import { ITEMS_PER_MESSAGE, type FromWorker, type ToWorker } from "./parse-protocol.js";

/** Answers one message with the messages to send back, in order (none for settings). */
export function parseService(): (message: ToWorker) => FromWorker[] {
	let current: { key: number; config: PlanConfig; matcher: DimensionMatcher } | null = null;
	/** The parts of records not yet asked for, by request. */
	const later = new Map<number, FromWorker[]>();
	return (message) => {
		if (message.type === "more") {
			const parts = later.get(message.id);
			const next = parts?.shift();
			if (parts?.length === 0) later.delete(message.id);
			return next ? [next] : [];
		}
		if (message.type === "config") {
			current = { key: message.key, config: message.config, matcher: dimensionMatcher(message.config) };
			return [];
		}
		const { id, key, path, text, options, askPassed } = message;
		try {
			// Messages arrive in order: a request always follows the settings it names.
			if (current?.key !== key) throw new Error(`settings ${String(key)} were never sent to the parsing worker`);
			const note = indexNote(path, text, current.matcher, current.config, options);
			const [head, ...parts] = inParts(id, note, askPassed ? current.matcher.mightMatter(text) : undefined);
			if (parts.length > 0) later.set(id, parts);
			return head ? [head] : [];
		} catch (e) {
			return [{ type: "failed", id, detail: e instanceof Error ? e.message : String(e) }];
		}
	};
}

/** The record as messages of at most ITEMS_PER_MESSAGE items each (its items first, then its unsorted tasks). */
function inParts(id: number, note: NoteIndex | null, passed: boolean | undefined): FromWorker[] {
	const withPassed = passed === undefined ? {} : { passed };
	if (note === null || note.items.length + note.unsorted.length <= ITEMS_PER_MESSAGE) return [{ type: "parsed", id, note, ...withPassed, parts: 0 }];
	const parts: FromWorker[] = [];
	for (let at = ITEMS_PER_MESSAGE; at < note.items.length + note.unsorted.length; at += ITEMS_PER_MESSAGE) {
		const end = at + ITEMS_PER_MESSAGE;
		const u = Math.max(0, at - note.items.length);
		parts.push({ type: "part", id, items: note.items.slice(at, end), unsorted: note.unsorted.slice(u, Math.max(0, end - note.items.length)) });
	}
	const head = { ...note, items: note.items.slice(0, ITEMS_PER_MESSAGE), unsorted: note.unsorted.slice(0, Math.max(0, ITEMS_PER_MESSAGE - note.items.length)) };
	return [{ type: "parsed", id, note: head, ...withPassed, parts: parts.length }, ...parts];
}
