/**
 * The live index's parser off the UI thread: a Web Worker (parse-worker.ts) that the plugin starts from
 * a script built into main.js (Obsidian loads one file). Each note's text is copied to it and its record
 * copied back, so even a note of megabytes never holds the UI. Where a worker cannot be started, or
 * stops answering as a worker (its script failed, a message could not be copied), every caller is told
 * `WorkerGone` and parses on its own thread in slices instead: the index is the same either way.
 * A worker that never says it is ready (a platform that blocks it without an error), or that falls
 * silent while a parse waits on it (a parser stuck on some note), is stopped the same way, after a
 * wait long enough for a slow phone to load the script or read a note of megabytes.
 */
import type { DimensionMatcher, IndexNoteOptions, NoteIndex, PlanConfig } from "../../core/index.js";
import { readingSettings } from "./index-scope.js";
import type { FromWorker, ToWorker } from "./parse-protocol.js";

/** What the live index needs of a worker: a DOM `Worker`, or a stand-in in tests. */
export interface WorkerLike {
	postMessage(message: ToWorker): void;
	terminate(): void;
	onmessage: ((event: { readonly data: FromWorker }) => void) | null;
	onerror: ((event: unknown) => void) | null;
	onmessageerror: ((event: unknown) => void) | null;
}

/** The worker cannot parse (it failed or was stopped): parse on this thread instead. */
export class WorkerGone extends Error {
	constructor() {
		super("the parsing worker stopped");
	}
}

export interface Parsed {
	readonly note: NoteIndex | null;
	/** Asked for a note read whole: whether the prefilter alone would have read it. */
	readonly passed?: boolean;
}

interface Waiting {
	readonly resolve: (parsed: Parsed) => void;
	readonly reject: (error: Error) => void;
	/** A record that comes in parts: what came so far, and how many parts are still to come. */
	partial?: { readonly head: Parsed & { readonly note: NoteIndex }; readonly items: NoteIndex["items"][number][]; readonly unsorted: NoteIndex["unsorted"][number][]; left: number };
}

export interface WorkerTiming {
	/** No "ready" from the worker after this long: it never started. */
	readonly startMs: number;
	/** Nothing from the worker for this long while a parse waits on it: it is stuck. */
	readonly quietMs: number;
}

export const WORKER_TIMING: WorkerTiming = { startMs: 15_000, quietMs: 120_000 };

export class WorkerParser {
	private nextId = 1;
	private ready = false;
	/** The timer that stops a worker that never started or fell silent; null when nothing waits on it. */
	private watchdog: number | null = null;
	private readonly waiting = new Map<number, Waiting>();
	/** The matcher whose settings the worker holds, and the number it knows them by. */
	private sent: { readonly matcher: DimensionMatcher; readonly key: number } | null = null;
	private gone = false;

	constructor(
		private readonly worker: WorkerLike,
		/** Called once the worker is stopped (say, to revoke the script's object URL). */
		private readonly release: () => void = () => {},
		private readonly timing: WorkerTiming = WORKER_TIMING,
		/** The window's timers (a model outside a browser passes its own). */
		private readonly clock: Pick<Window, "setTimeout" | "clearTimeout"> = window,
	) {
		worker.onmessage = (event) => {
			// Any message is a sign of life (the first, "ready", says it started): the wait starts over.
			this.disarm();
			this.ready = true;
			this.answered(event.data);
			this.arm();
		};
		worker.onerror = () => this.stop();
		worker.onmessageerror = () => this.stop();
		this.arm();
	}

	/** Watches the worker while it has not started, or while a parse waits on it. */
	private arm(): void {
		if (this.gone || this.watchdog !== null) return;
		if (!this.ready) this.watchdog = this.clock.setTimeout(() => this.stop(), this.timing.startMs);
		else if (this.waiting.size > 0) this.watchdog = this.clock.setTimeout(() => this.stop(), this.timing.quietMs);
	}

	private disarm(): void {
		if (this.watchdog !== null) this.clock.clearTimeout(this.watchdog);
		this.watchdog = null;
	}

	/** Indexes one note in the worker; rejects with `WorkerGone` when it cannot, with the parser's own error when the parser failed. */
	parse(path: string, text: string, matcher: DimensionMatcher, config: PlanConfig, options: IndexNoteOptions, askPassed: boolean): Promise<Parsed> {
		if (this.gone) return Promise.reject(new WorkerGone());
		return new Promise<Parsed>((resolve, reject) => {
			const id = this.nextId++;
			this.waiting.set(id, { resolve, reject });
			try {
				if (this.sent?.matcher !== matcher) {
					const key = (this.sent?.key ?? 0) + 1;
					this.worker.postMessage({ type: "config", key, config: readingSettings(config) });
					this.sent = { matcher, key };
				}
				this.worker.postMessage({ type: "parse", id, key: this.sent.key, path, text, options, askPassed });
				this.arm();
			} catch {
				// The message could not be copied or the worker is closed: this thread parses from now on.
				this.stop();
			}
		});
	}

	/** Stops the worker; whatever was waiting on it is told to parse on its own thread. */
	stop(): void {
		if (this.gone) return;
		this.gone = true;
		this.disarm();
		this.worker.onmessage = null;
		this.worker.onerror = null;
		this.worker.onmessageerror = null;
		this.worker.terminate();
		this.release();
		const waiting = [...this.waiting.values()];
		this.waiting.clear();
		for (const w of waiting) w.reject(new WorkerGone());
	}

	/** One part at a time: were they all sent at once, a thread that takes queued messages together (Node's) would read them as one long task. */
	private askMore(id: number): void {
		try {
			this.worker.postMessage({ type: "more", id });
		} catch {
			this.stop();
		}
	}

	private answered(reply: FromWorker): void {
		if (reply.type === "ready") return;
		const waiting = this.waiting.get(reply.id);
		if (!waiting) return;
		if (reply.type === "failed") {
			this.waiting.delete(reply.id);
			return waiting.reject(new Error(reply.detail));
		}
		if (reply.type === "parsed") {
			const head = reply.passed === undefined ? { note: reply.note } : { note: reply.note, passed: reply.passed };
			if (reply.parts === 0 || head.note === null) {
				this.waiting.delete(reply.id);
				return waiting.resolve(head);
			}
			waiting.partial = { head: { ...head, note: head.note }, items: [...head.note.items], unsorted: [...head.note.unsorted], left: reply.parts };
			return this.askMore(reply.id);
		}
		// A further part of a record: each came as a message of its own, so none was a long task to read.
		const partial = waiting.partial;
		if (!partial) return;
		for (const item of reply.items) partial.items.push(item);
		for (const task of reply.unsorted) partial.unsorted.push(task);
		if (--partial.left > 0) return this.askMore(reply.id);
		this.waiting.delete(reply.id);
		waiting.resolve({ ...partial.head, note: { ...partial.head.note, items: partial.items, unsorted: partial.unsorted } });
	}
}


/** Set by the build (esbuild.config.mjs): the worker's script; absent when the plugin runs unbuilt (tests). */
declare const INTL_PLAN_WORKER: string | undefined;

/** Starts the parsing worker from the script built into main.js; null where workers cannot run. */
export function startParseWorker(): WorkerParser | null {
	if (typeof INTL_PLAN_WORKER !== "string" || typeof Worker === "undefined" || typeof Blob === "undefined") return null;
	let url: string | null = null;
	try {
		url = URL.createObjectURL(new Blob([INTL_PLAN_WORKER], { type: "text/javascript" }));
		const made = url;
		return new WorkerParser(new Worker(made, { name: "intl-plan-parser" }) as unknown as WorkerLike, () => URL.revokeObjectURL(made));
	} catch {
		// A platform that refuses workers from object URLs: the live index parses in slices.
		if (url !== null) URL.revokeObjectURL(url);
		return null;
	}
}
