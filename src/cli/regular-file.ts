/**
 * Opening only regular files. A FIFO, socket or device behind a note's name (or a link to one) would
 * block a read forever or never end, and a folder where a file is expected fails deep inside Node:
 * every read of a note, a library or a file about to be replaced goes through here. The file is
 * opened without blocking and checked on the open descriptor, so nothing can swap it in between.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";

export class NotRegularFileError extends Error {
	constructor(
		readonly path: string,
		/** What is there instead. */
		readonly kind: "folder" | "fifo" | "socket" | "device" | "other",
	) {
		super(`not a regular file (${kind}): ${path}`);
	}
}

export class TooLargeError extends Error {
	constructor(
		readonly path: string,
		readonly size: number,
	) {
		super(`too large (${size} bytes): ${path}`);
	}
}

/**
 * The file's bytes.
 * @param maxBytes past this size nothing is read (TooLargeError)
 * @throws NotRegularFileError for anything but a regular file (links followed); Node's errors otherwise
 */
export function readRegularFile(full: string, maxBytes = Infinity): Buffer {
	return readRegularFileStat(full, maxBytes).bytes;
}

/** `readRegularFile`, with the file's modification time and size as the open file had them. */
export function readRegularFileStat(full: string, maxBytes = Infinity): { bytes: Buffer; mtimeMs: number; size: number } {
	let fd: number;
	try {
		// O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one (0 where it does not exist).
		fd = openSync(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (e) {
		// Linux refuses to open a Unix socket at all.
		if ((e as NodeJS.ErrnoException).code === "ENXIO") throw new NotRegularFileError(full, "socket");
		throw e;
	}
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) {
			const kind = stat.isDirectory() ? "folder" : stat.isFIFO() ? "fifo" : stat.isSocket() ? "socket" : stat.isCharacterDevice() || stat.isBlockDevice() ? "device" : "other";
			throw new NotRegularFileError(full, kind);
		}
		if (stat.size > maxBytes) throw new TooLargeError(full, stat.size);
		return { bytes: readFileSync(fd), mtimeMs: stat.mtimeMs, size: stat.size };
	} finally {
		closeSync(fd);
	}
}

/** The file's bytes, or null when nothing is there (ENOENT, a link leading nowhere). */
export function readRegularFileIfAny(full: string): Buffer | null {
	try {
		return readRegularFile(full);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
		throw e;
	}
}
