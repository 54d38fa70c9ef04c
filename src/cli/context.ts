/** What every command gets: where to write, the language, and how to report its exit status. */
import type { Lang } from "../core/index.js";
import type { TerminalIo } from "./terminal-io.js";

export interface Io {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
	readonly columns: number | undefined;
	readonly color: boolean;
	readonly env: Readonly<Record<string, string | undefined>>;
}

export interface CliContext {
	/** The process's Io behind the terminal filter (terminal-io.ts): verbs cannot print a control character. */
	readonly io: TerminalIo;
	readonly lang: Lang;
	/** 0 done; 1 done with problems the user must see (unreadable files, an invalid library). */
	setStatus(status: 0 | 1): void;
}

/** A mistake in how the command was called: message to stderr, exit status 2, nothing done. */
export class UsageError extends Error {}
