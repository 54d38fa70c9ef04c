/**
 * The lists the settings tab edits as plain text: tags and names separated by commas (either
 * language's), folders one per line or separated by commas.
 */
import { cleanPath } from "../vault/vault-paths.js";

/** "intl, 国际化，#tags/" → ["intl", "国际化", "tags"]: trimmed, without `#` or a trailing `/`, once each. */
export function splitNames(typed: string, kind: "tag" | "name"): string[] {
	const parts = typed.split(/[,，、;；\n]/).map((part) => part.trim());
	const cleaned = kind === "tag" ? parts.map((p) => p.replace(/^#+/, "").replace(/\/+$/, "").trim()) : parts;
	return unique(cleaned.filter((p) => p !== ""), (p) => p.toLowerCase());
}

/** Folder paths as typed, one per line or separated by commas, in vault form; one that leaves the vault is dropped. */
export function splitFolders(typed: string): string[] {
	return unique(typed.split(/[\n,，]/).map(cleanPath).filter((p): p is string => p !== null && p !== ""), (p) => p);
}

export function joinNames(names: readonly string[]): string {
	return names.join(", ");
}

function unique(list: readonly string[], keyOf: (item: string) => string): string[] {
	const seen = new Set<string>();
	return list.filter((item) => {
		const key = keyOf(item);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
