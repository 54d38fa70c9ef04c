/** The CLI's version, from the package it runs from: dist/cli.js and src/cli/ both sit below the package's root. */
import { readFileSync } from "node:fs";

export function cliVersion(): string {
	for (const relative of ["../package.json", "../../package.json"]) {
		try {
			const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8")) as { name?: unknown; version?: unknown };
			if (pkg.name === "intl-plan" && typeof pkg.version === "string") return pkg.version;
		} catch {
			// Not there: try the next place.
		}
	}
	return "unknown";
}
