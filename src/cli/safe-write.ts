/**
 * Writes that never lose a user's text: a new note is created only if nothing is at that path
 * (link, which fails on an existing file); an existing note is replaced only if it still holds what
 * we read, through a temp file in the same folder and a rename.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";

export class ConflictError extends Error {
	constructor(
		readonly kind: "exists" | "changed",
		readonly path: string,
	) {
		super(`${kind}: ${path}`);
	}
}

/** @param expected the file's text when we read it, or null for a file that must not exist yet */
export function writeNote(path: string, text: string, expected: string | null): void {
	mkdirSync(dirname(path), { recursive: true });
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
	writeFileSync(temp, text, "utf8");
	try {
		if (expected === null) {
			try {
				linkSync(temp, path);
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new ConflictError("exists", path);
				throw e;
			}
		} else {
			if (!existsSync(path) || readFileSync(path, "utf8") !== expected) throw new ConflictError("changed", path);
			renameSync(temp, path);
		}
	} finally {
		rmSync(temp, { force: true });
	}
}
