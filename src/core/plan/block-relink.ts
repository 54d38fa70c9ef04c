/**
 * Obsidian rewrites links when a note is renamed, but not inside code blocks: an ```intl-plan block's
 * `plan: [[Old name]]` would then name nothing and the block would show an error. This rewrites the
 * link of each such block line that `relink` says to change; every other byte stays as it was.
 */
import { linesWithEndings, withoutEnding } from "../text/line-endings.js";

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})[ \t]*intl-plan[ \t]*$/u;
const PLAN_LINE = /^([ \t]*plan[ \t]*[:：][ \t]*)(\[\[)?([^\]]*?)(\]\])?([ \t]*)$/iu;

/**
 * @param relink the new link text for a target (`Old name`, `Plans/Old name`), or null to leave it
 * @returns the note's new text, or the same string when nothing changed
 */
export function relinkPlanBlocks(text: string, relink: (target: string) => string | null): string {
	if (!text.includes("intl-plan")) return text;
	const lines = linesWithEndings(text);
	let fence: { char: string; length: number } | null = null;
	let changed = false;
	for (let i = 0; i < lines.length; i++) {
		const part = lines[i] ?? "";
		const line = withoutEnding(part);
		if (fence === null) {
			const open = FENCE_OPEN.exec(line);
			if (open) fence = { char: (open[2] ?? "`")[0] ?? "`", length: (open[2] ?? "").length };
			continue;
		}
		const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/u.exec(line);
		if (close && (close[1] ?? "")[0] === fence.char && (close[1] ?? "").length >= fence.length) {
			fence = null;
			continue;
		}
		const m = PLAN_LINE.exec(line);
		if (!m || Boolean(m[2]) !== Boolean(m[4])) continue;
		const inner = m[3] ?? "";
		// The target is what comes before a heading (#) or an alias (|); both are kept.
		const split = /^([^#|]*)(.*)$/u.exec(inner);
		const target = (split?.[1] ?? "").trim();
		if (target === "" || /^(all|unassigned)$/iu.test(target)) continue;
		const next = relink(target);
		if (next === null || next === target) continue;
		lines[i] = `${m[1] ?? ""}${m[2] ?? ""}${next}${split?.[2] ?? ""}${m[4] ?? ""}${m[5] ?? ""}${part.slice(line.length)}`;
		changed = true;
	}
	return changed ? lines.join("") : text;
}
