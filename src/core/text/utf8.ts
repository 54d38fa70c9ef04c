/**
 * A note's bytes → its text, and whether that text is exactly the bytes. A note that is not UTF-8
 * (Latin-1, GBK, a stray byte from another tool) is still read, with U+FFFD where a byte could not be
 * decoded, but it must never be written back: encoding that text would change bytes outside the lines
 * an edit touches. Web-standard TextDecoder: the same rule in the CLI and in the plugin (phones too).
 */
export interface DecodedNote {
	/** The text, a BOM kept as U+FEFF (the parser drops it; edits keep it). */
	readonly text: string;
	/** False when some bytes are not UTF-8: `text` holds U+FFFD for them and cannot be written back. */
	readonly exact: boolean;
	/** 1-based line of the first byte that is not UTF-8, when not exact. */
	readonly badLine?: number;
}

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

export function decodeNote(bytes: Uint8Array): DecodedNote {
	try {
		return { text: strict.decode(bytes), exact: true };
	} catch {
		return { text: lenient.decode(bytes), exact: false, badLine: lineOf(bytes, firstBadByte(bytes)) };
	}
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7). */
function firstBadByte(b: Uint8Array): number {
	for (let i = 0; i < b.length; ) {
		const c = b[i] ?? 0;
		if (c < 0x80) {
			i++;
			continue;
		}
		const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
		const second = b[i + 1] ?? 0;
		const low = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
		const high = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
		if (n === 0 || second < low || second > high) return i;
		for (let k = 2; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += n + 1;
	}
	return b.length;
}

/** 1-based line of byte `offset`, with CRLF, LF and a lone CR each ending a line. */
function lineOf(b: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) {
		if (b[i] === 0x0a) line++;
		else if (b[i] === 0x0d && b[i + 1] !== 0x0a) line++;
	}
	return line;
}
