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
	  };

export type FromWorker =
	| { readonly type: "parsed"; readonly id: number; readonly note: NoteIndex | null; readonly passed?: boolean }
	/** The parser threw on this note: it becomes a problem in the index, as on the main thread. */
	| { readonly type: "failed"; readonly id: number; readonly detail: string };
