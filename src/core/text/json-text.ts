/**
 * JSON for output read on a terminal or piped on: JSON.stringify escapes C0 controls but leaves DEL,
 * the C1 controls (U+009B is a CSI to many terminals) and U+2028/U+2029 raw. Those are escaped as
 * `\u009b` here, so the data survives byte for byte (JSON.parse gives them back) and the terminal sees
 * none. Outside strings JSON is ASCII, so escaping them wherever they occur is exact.
 */

const RAW = /[\u007f-\u009f\u2028\u2029]/g;
const PAST_ASCII = /[\u0080-\uffff]/g;

const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

export function jsonText(value: unknown, space?: string | number): string {
	return (JSON.stringify(value, null, space) ?? "null").replace(RAW, escaped);
}

/**
 * JSON in ASCII only, every other UTF-16 unit escaped (a pair as two escapes): for a file read back
 * as Latin-1, without decoding UTF-8 (the CLI's cache). JSON.parse gives every character back.
 */
export function asciiJson(value: unknown): string {
	return (JSON.stringify(value) ?? "null").replace(PAST_ASCII, escaped);
}
