import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { BUILTIN_LIBRARY, readLibrary } from "../../../src/core/checklist/index.js";
import { DEFAULT_CONFIG, indexVault } from "../../../src/core/plan/index.js";

function walk(root: string, dir = root): { path: string; text: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = join(dir, e.name);
		if (e.isDirectory()) return walk(root, full);
		return e.name.endsWith(".md") ? [{ path: relative(root, full).split(sep).join("/"), text: readFileSync(full, "utf8") }] : [];
	});
}

export const exampleIndex = indexVault(walk("examples/vault"));
export const library = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG);
export const TODAY = "2026-11-25";
export const planPath = (part: string): string => exampleIndex.plans.find((p) => p.path.includes(part))?.path ?? "";
