/**
 * Writes that never lose a user's text: a new note is created only if nothing is at that path
 * (link, which fails on an existing file); an existing note is replaced only if its bytes are still
 * exactly the UTF-8 of what we read, through a temp file beside it and a rename. A note that is a
 * link is written through the link (the link stays a link) when its target is inside the vault; a
 * note that is not UTF-8 is never rewritten (its other bytes would change); its mode is kept.
 */
import { chmodSync, linkSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { decodeNote, t, type Lang } from "../core/index.js";
import { UsageError } from "./context.js";
import { NotRegularFileError, readRegularFile, readRegularFileIfAny } from "./regular-file.js";
import { isInside } from "./vault-target.js";

export type ConflictKind = "exists" | "changed" | "not-utf8" | "link-outside" | "not-regular";

export class ConflictError extends Error {
	constructor(
		readonly kind: ConflictKind,
		readonly path: string,
		/** `not-utf8`: the first line that is not; `link-outside`: where the link leads. */
		readonly detail = "",
	) {
		super(`${kind}: ${path}`);
	}
}

/**
 * @param expected the file's text when we read it, or null for a file that must not exist yet
 * @param vault the vault a linked note must stay inside, or null for a file the user named outside any vault
 */
export function writeNote(path: string, text: string, expected: string | null, vault: string | null): void {
	if (expected === null) return createNote(path, text);
	const real = realTarget(path);
	if (vault !== null && !isInside(realpathSync(vault), real)) throw new ConflictError("link-outside", path, real);
	let bytes: Buffer;
	try {
		bytes = readRegularFile(real);
	} catch (e) {
		if (e instanceof NotRegularFileError) throw new ConflictError("not-regular", path, e.kind);
		throw e;
	}
	const now = decodeNote(bytes);
	if (!now.exact) throw new ConflictError("not-utf8", path, String(now.badLine ?? 1));
	if (now.text !== expected) throw new ConflictError("changed", path);
	const temp = tempBeside(real);
	try {
		writeFileSync(temp, text, "utf8");
		chmodSync(temp, statSync(real).mode & 0o7777);
		renameSync(temp, real);
	} finally {
		rmSync(temp, { force: true });
	}
}

/** The message for a write refused by `writeNote`, other than "exists" (each verb words that itself). */
export function conflictMessage(e: ConflictError, shown: string, lang: Lang): string {
	switch (e.kind) {
		case "not-utf8":
			return t(lang, "cli.write.notUtf8", { path: shown, line: e.detail });
		case "link-outside":
			return t(lang, "cli.write.linkOutside", { path: shown, target: e.detail });
		case "not-regular":
			return t(lang, "cli.write.notRegular", { path: shown });
		default:
			return t(lang, "cli.write.changed", { path: shown });
	}
}

/**
 * The text of a file a verb is about to replace (a summary note, a canvas), or null when there is
 * none. @throws UsageError, saying why, for a folder, a FIFO or a file that is not UTF-8 there
 */
export function readExisting(full: string, shown: string, lang: Lang): string | null {
	let bytes: Buffer | null;
	try {
		bytes = readRegularFileIfAny(full);
	} catch (e) {
		if (e instanceof NotRegularFileError) throw new UsageError(conflictMessage(new ConflictError("not-regular", full, e.kind), shown, lang));
		throw e;
	}
	if (bytes === null) return null;
	const decoded = decodeNote(bytes);
	if (!decoded.exact) throw new UsageError(conflictMessage(new ConflictError("not-utf8", full, String(decoded.badLine ?? 1)), shown, lang));
	return decoded.text;
}

function createNote(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	const temp = tempBeside(path);
	writeFileSync(temp, text, "utf8");
	try {
		linkSync(temp, path);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new ConflictError("exists", path);
		throw e;
	} finally {
		rmSync(temp, { force: true });
	}
}

/** The file a note's path stands for: itself, or where its links lead. A link to nothing: the note changed. */
function realTarget(path: string): string {
	try {
		return realpathSync(path);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new ConflictError("changed", path);
		throw e;
	}
}

function tempBeside(path: string): string {
	return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}
