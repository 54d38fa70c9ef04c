/**
 * What the live index and its parsing worker say to each other (parse-worker.ts, worker-parser.ts).
 * Plain data only: messages are copied between threads (structured clone).
 */
import type { IndexNoteOptions, NoteIndex, PlanConfig } from "../../core/index.js";

export type ToWorker =
	/** The settings notes are read with, under a number the parse requests name (sent when they change). */
	| { readonly type: "config"; readonly key: number; readonly config: PlanConfig }
	| {
			readonly type: "parse";
			readonly id: number;
			readonly key: number;
			readonly path: string;
			readonly text: string;
			readonly options: IndexNoteOptions;
			/** Also say whether the prefilter alone would have read the note (a note read whole in a plan's folder). */
			readonly askPassed: boolean;
	  }
	/** The next part of a record sent in parts: asked for once the last one was taken, so each is a task of its own here. */
	| { readonly type: "more"; readonly id: number };

/**
 * A record is sent in parts of at most this many items: the UI thread reads (deserializes) each message
 * in one go, and a note of tens of thousands of tasks in one message would be a long task there.
 */
export const ITEMS_PER_MESSAGE = 1000;

export type FromWorker =
	/** The worker's script has loaded and listens: sent once, first. */
	| { readonly type: "ready" }
	/** The record, with its first items; `parts` more bring the rest, one per `more` asked for, in order. */
	| { readonly type: "parsed"; readonly id: number; readonly note: NoteIndex | null; readonly passed?: boolean; readonly parts: number }
	| { readonly type: "part"; readonly id: number; readonly items: NoteIndex["items"]; readonly unsorted: NoteIndex["unsorted"] }
	/** The parser threw on this note: it becomes a problem in the index, as on the main thread. */
	| { readonly type: "failed"; readonly id: number; readonly detail: string };
