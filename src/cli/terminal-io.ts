/**
 * The one place the CLI's output passes: whatever a verb prints (note text, paths, messages, diffs,
 * commander's help and errors) reaches stdout and stderr without control characters or escape
 * sequences, so a note cannot set the window title or write the clipboard. JSON output is already
 * free of them (core `jsonText` escapes what JSON.stringify leaves raw), so this changes none of it.
 */
import { jsonText, terminalText } from "../core/index.js";
import type { Io } from "./context.js";

export interface TerminalIo extends Io {
	/**
	 * For text the CLI styled itself (show's grid, whose note text is cleaned before it is styled):
	 * its colour codes pass, every other control still goes.
	 */
	readonly outStyled: (text: string) => void;
	/**
	 * `value` as JSON (two-space indented) and a newline. `jsonText` already leaves no control character
	 * (tests/core/text/terminal-text.test.ts holds `terminalText` to change none of it), so the output is not scanned a second
	 * time: on a large vault the index's JSON is tens of MB.
	 */
	readonly outJson: (value: unknown) => void;
}

export function terminalIo(io: Io): TerminalIo {
	return {
		...io,
		out: (text) => io.out(terminalText(text)),
		err: (text) => io.err(terminalText(text)),
		outStyled: (text) => io.out(terminalText(text, { keepStyles: true })),
		outJson: (value) => io.out(`${jsonText(value, 2)}\n`),
	};
}
