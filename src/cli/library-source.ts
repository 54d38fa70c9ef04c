/**
 * Which checklist library the CLI uses: `--library`, else the one the plugin's settings name, else
 * (the setting empty) the built-in one.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_LIBRARY, decodeNote, readLibrary, type Library, type PlanConfig } from "../core/index.js";
import { NotRegularFileError, readRegularFile } from "./regular-file.js";
import { libraryPathOf } from "./vault-target.js";

export interface LibrarySource {
	readonly library: Library;
	/** Where it came from, for messages: a path, or null for the built-in library. */
	readonly path: string | null;
}

export class LibraryError extends Error {
	constructor(
		readonly path: string,
		readonly kind: "missing" | "setting-missing" | "invalid" | "not-regular" = "missing",
	) {
		super(`${kind}: ${path}`);
	}
}

/** @param explicit `--library`: a vault path first, else a file path as given (see `libraryPathOf`) */
export function loadLibrary(config: PlanConfig, explicit: string | undefined, vault: string | null, settingsPath: string | null): LibrarySource {
	const path = explicit !== undefined ? libraryPathOf(explicit, vault) : vault && settingsPath ? join(vault, ...settingsPath.split("/")) : null;
	if (path === null) return { library: readLibrary(BUILTIN_LIBRARY, config), path: null };
	// A library the settings name but that is not there (renamed, not committed yet) is an error, never
	// the built-in in its place: a sync against it would retire the team's own items in every plan.
	if (!existsSync(path)) throw explicit !== undefined ? new LibraryError(path) : new LibraryError(settingsPath ?? path, "setting-missing");
	return { library: readLibrary(readLibraryText(path), config), path };
}

/** A library note's text. @throws LibraryError when a folder, FIFO or device stands at its path (reading a FIFO would never end) */
export function readLibraryText(path: string): string {
	try {
		return decodeNote(readRegularFile(path)).text;
	} catch (e) {
		if (e instanceof NotRegularFileError) throw new LibraryError(path, "not-regular");
		throw e;
	}
}
