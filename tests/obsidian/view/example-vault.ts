/** The example vault's notes, read from disk (no Obsidian here: the end-to-end test uses it too). */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), "../../../examples/vault");
export const HENGTAI = "Plans/Hengtai Manufacturing 恒泰制造/恒泰制造 国际化规划.md";
export const LINGXI = "Plans/Lingxi Trading 灵犀贸易/灵犀贸易 国际化规划.md";

export function exampleFiles(): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith(".md")) out[relative(EXAMPLES, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(EXAMPLES);
	return out;
}
