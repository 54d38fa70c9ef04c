/**
 * A Web Worker stand-in for the parsing worker: the worker's own service (parse-worker.ts) behind the
 * same interface, answering later (never in the same turn), with every message copied both ways by
 * `structuredClone`, as a real worker copies them (a record that cannot be copied fails here too).
 * What it does not model: a second thread (the answer still runs on this one, later), a script that
 * fails to load (`failOnStart` stands in), memory limits.
 */
import type { FromWorker, ToWorker } from "../../../src/obsidian/index/parse-protocol.js";
import { parseService } from "../../../src/obsidian/index/parse-worker.js";
import type { WorkerLike } from "../../../src/obsidian/index/worker-parser.js";

export class InProcessWorker implements WorkerLike {
	private listener: ((event: { readonly data: FromWorker }) => void) | null = null;
	private started = false;
	onerror: ((event: unknown) => void) | null = null;
	onmessageerror: ((event: unknown) => void) | null = null;
	terminated = false;
	readonly received: ToWorker[] = [];
	private readonly service = parseService();

	constructor(
		private readonly options: {
			/** The worker's script fails as it starts: an error event, no answer ever. */
			readonly failOnStart?: boolean;
			/** Answers in place of the service for some messages (a parser failure, say; [] for none ever). */
			readonly answer?: (message: ToWorker) => FromWorker[] | undefined;
			/** The script never loads and says nothing, not even an error (a platform that blocks it silently). */
			readonly silent?: boolean;
		} = {},
	) {}

	get onmessage(): ((event: { readonly data: FromWorker }) => void) | null {
		return this.listener;
	}

	/** Listened to, as right after `new Worker(…)`: the script loads, then says so (parse-worker-entry.ts). */
	set onmessage(listener: ((event: { readonly data: FromWorker }) => void) | null) {
		this.listener = listener;
		if (this.started || listener === null) return;
		this.started = true;
		if (!this.options.failOnStart && !this.options.silent) {
			this.outbox.unshift({ type: "ready" });
			this.deliver();
		}
	}

	postMessage(message: ToWorker): void {
		if (this.terminated) throw new Error("the worker was terminated");
		const copy = structuredClone(message);
		this.received.push(copy);
		setTimeout(() => {
			if (this.terminated || this.options.silent) return;
			if (this.options.failOnStart) return void this.onerror?.({ message: "SyntaxError: Unexpected token" });
			this.outbox.push(...(this.options.answer?.(copy) ?? this.service(copy)));
			this.deliver();
		}, 0);
	}

	terminate(): void {
		this.terminated = true;
	}

	/** Every message sent back so far, in order. */
	readonly sent: FromWorker[] = [];
	private readonly outbox: FromWorker[] = [];
	private delivering = false;

	/** Each reply as a message of its own, a turn apart and in order, as a worker's messages arrive. */
	private deliver(): void {
		if (this.delivering) return;
		this.delivering = true;
		setTimeout(() => {
			this.delivering = false;
			const reply = this.outbox.shift();
			if (reply === undefined || this.terminated) return;
			this.sent.push(reply);
			this.onmessage?.({ data: structuredClone(reply) });
			if (this.outbox.length > 0) this.deliver();
		}, 0);
	}

	parsed(): string[] {
		return this.received.flatMap((m) => (m.type === "parse" ? [m.path] : []));
	}
}
