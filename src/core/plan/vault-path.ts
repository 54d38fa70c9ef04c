/**
 * The one rule for a path inside a vault, whether it comes from a setting, a CLI flag or a form:
 * pure string work, so the plugin and the CLI accept and refuse the same paths. `\` separates as `/`
 * does (Windows users type it), `.` and empty segments go, `..` steps back a folder. A path that
 * steps back past the vault's root is refused, never clamped to the root: clamping would read or
 * write somewhere the user did not name. A leading `/` means the vault's root, as in Obsidian; the
 * CLI tells a file-system absolute path apart itself, before it asks this rule.
 */

export type VaultPathReading =
	| { readonly ok: true; /** `/`-separated, no `.`/`..`/empty segment; "" is the vault's root. */ readonly path: string }
	| { readonly ok: false; readonly reason: VaultPathRefusal };

/** `outside`: it leaves the vault (`..` past the root, a drive); `not-a-path`: no vault could hold it. */
export type VaultPathRefusal = "outside" | "not-a-path";

export function vaultPath(typed: string): VaultPathReading {
	// Control characters (NUL above all) make file APIs throw or names that cannot sync.
	if ([...typed].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return refused("not-a-path");
	const kept: string[] = [];
	for (const segment of typed.trim().replace(/\\/g, "/").split("/")) {
		if (segment === "" || segment === ".") continue;
		if (segment === "..") {
			if (kept.pop() === undefined) return refused("outside");
			continue;
		}
		// Windows drops trailing dots and spaces from a name, so `... ` or `.. ` would be `..` there.
		if (/^[.\s]+$/.test(segment)) return refused("not-a-path");
		// `C:` first is another drive on Windows, whatever follows.
		if (kept.length === 0 && /^[a-z]:/i.test(segment)) return refused("outside");
		kept.push(segment);
	}
	return { ok: true, path: kept.join("/") };
}

function refused(reason: VaultPathRefusal): VaultPathReading {
	return { ok: false, reason };
}
