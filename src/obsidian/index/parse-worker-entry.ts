/**
 * The parsing worker's script (built on its own into a string the plugin starts a worker from:
 * esbuild.config.mjs). It runs in a Web Worker, off Obsidian's UI thread.
 */
import type { FromWorker, ToWorker } from "./parse-protocol.js";
import { parseService } from "./parse-worker.js";

interface WorkerScope {
	onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
	postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const answer = parseService();
scope.onmessage = (event) => {
	for (const reply of answer(event.data)) scope.postMessage(reply);
};
scope.postMessage({ type: "ready" });
