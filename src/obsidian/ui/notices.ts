/** Notices: plain text only (a Notice sets text, never HTML); problems stay up long enough to read. */
import { Notice } from "obsidian";

export function inform(message: string): Notice {
	return new Notice(message);
}

/** Something was refused or failed: the message says why and what to do, so it stays longer. */
export function warn(message: string): Notice {
	return new Notice(message, 10_000);
}
