/**
 * Where a path from a flag lands on disk. Vault paths follow the core's rule (`vaultPath`): refused,
 * exit 2, when they leave the vault. A file-system absolute path is never re-rooted inside the vault:
 * an absolute `--out` is the user's own file and is written as given; an absolute folder is taken
 * only when it lies inside the vault. Before a write, the folder it lands in is resolved through
 * links and must still be inside the vault, so a linked folder cannot carry a write elsewhere.
 */
import { existsSync, lstatSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { t, vaultPath, type Lang } from "../core/index.js";
import { UsageError } from "./context.js";

/** A vault path typed in a flag, in vault form ("" is the root); absolute only when inside the vault. */
export function vaultFolder(vault: string, typed: string, option: string, lang: Lang): string {
	if (isAbsolute(typed)) {
		const inside = relativeInside(vault, typed);
		if (inside === null) throw new UsageError(t(lang, "cli.path.notInVault", { option, value: typed, vault }));
		return inside;
	}
	return vaultRelative(typed, option, lang);
}

/** A vault path typed in a flag (never absolute here), or a UsageError saying why not. */
export function vaultRelative(typed: string, option: string, lang: Lang): string {
	const read = vaultPath(typed);
	if (read.ok) return read.path;
	throw new UsageError(t(lang, read.reason === "outside" ? "cli.path.outside" : "cli.path.notAPath", { option, value: typed }));
}

export interface OutTarget {
	/** Where to write on disk. */
	readonly full: string;
	/** What to call it in messages: the vault path, or the absolute path as given. */
	readonly shown: string;
	/** False for an absolute --out the user chose outside the vault: no vault check applies. */
	readonly inVault: boolean;
}

/** `--out`: a vault path (checked), or an absolute file path written as given; `ext` is added when missing. */
export function outTarget(vault: string, typed: string, ext: string, lang: Lang): OutTarget {
	const withExt = (p: string): string => (p.toLowerCase().endsWith(ext) ? p : `${p}${ext}`);
	if (isAbsolute(typed)) {
		const full = withExt(resolve(typed));
		return { full, shown: full, inVault: false };
	}
	const path = withExt(vaultRelative(typed, "--out", lang));
	return { full: join(vault, ...path.split("/")), shown: path, inVault: true };
}

/**
 * Throws unless `full` (a file to write in `vault`) would land inside the vault once links are
 * followed: the nearest folder on its way that exists is resolved, and must lie under the vault's
 * own resolved folder. Folders still to be made are made inside that one.
 */
export function checkLandsInVault(vault: string, full: string, shown: string, lang: Lang): void {
	const root = resolvedPath(vault);
	const folder = dirname(full);
	const landing = resolvedPath(folder);
	if (root === null || landing === null || !isInside(root, landing)) {
		throw new UsageError(t(lang, "cli.path.linked", { path: shown, folder: linkedFolder(vault, folder) }));
	}
}

/**
 * `--library`: the vault's note first (the path `library export` prints can be passed back), else
 * the path as given, absolute or from the current folder.
 */
export function libraryPathOf(explicit: string, vault: string | null): string {
	if (vault !== null && !isAbsolute(explicit)) {
		const read = vaultPath(explicit);
		if (read.ok && read.path !== "") {
			const inVault = join(vault, ...read.path.split("/"));
			if (existsSync(inVault)) return inVault;
		}
	}
	return explicit;
}

/** `typed` (absolute) as a vault path, or null when it is not inside the vault, by name or once links are followed. */
function relativeInside(vault: string, typed: string): string | null {
	const candidates: [string | null, string | null][] = [
		[resolve(vault), resolve(typed)],
		[resolvedPath(vault), resolvedPath(typed)],
	];
	for (const [root, path] of candidates) {
		if (root === null || path === null || !isInside(root, path)) continue;
		const read = vaultPath(relative(root, path).split(sep).join("/"));
		if (read.ok) return read.path;
	}
	return null;
}

/** True when `path` is `root` or lies under it (both resolved the same way). */
export function isInside(root: string, path: string): boolean {
	const rel = relative(root, path);
	return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/**
 * The real path of `path`: its nearest part that exists, links followed, and the rest as written
 * (folders not made yet). Null when a link on the way leads nowhere.
 */
function resolvedPath(path: string): string | null {
	const absolute = resolve(path);
	let existing = absolute;
	const rest: string[] = [];
	for (;;) {
		try {
			lstatSync(existing);
			break;
		} catch {
			const up = dirname(existing);
			if (up === existing) break;
			rest.unshift(basename(existing));
			existing = up;
		}
	}
	try {
		return join(realpathSync(existing), ...rest);
	} catch {
		return null;
	}
}

/** The first folder from the vault down to `folder` that is a link, for the message; else `folder` itself. */
function linkedFolder(vault: string, folder: string): string {
	const parts = relative(vault, folder).split(sep).filter((p) => p !== "");
	let at = vault;
	for (const part of parts) {
		at = join(at, part);
		try {
			if (lstatSync(at).isSymbolicLink()) return relative(vault, at).split(sep).join("/");
		} catch {
			break;
		}
	}
	return relative(vault, folder).split(sep).join("/") || folder;
}
