/**
 * What makes a note a plan (`intl-plan: 1` in its frontmatter), and what makes it a *broken* plan: a
 * note that means to be a plan (the key is written in its frontmatter block) but whose frontmatter
 * cannot be read (malformed YAML, a merge-conflict block, tabs, duplicate keys, an alias bomb, a
 * block that is never closed). A broken plan is named by every verb and holds its folder, so its
 * notes are never quietly counted in another plan; it is never silently taken for "no plan".
 */
import { readFrontmatter } from "../parse/frontmatter.js";
import { splitLines } from "../parse/lines.js";
import type { Frontmatter, Problem } from "../parse/types.js";

/** The frontmatter key that marks a plan note; its value is the schema version. */
export const PLAN_KEY = "intl-plan";

/** `intl-plan: 1` (any value but an empty, null or false one: a newer schema is still a plan). */
export function isPlanMarker(value: unknown): boolean {
	return value !== undefined && value !== null && value !== false && value !== "";
}

/**
 * A line of a frontmatter block that sets the plan key, quoted or not, indented or not (an unreadable
 * block cannot say how it nests, and a plan key anywhere in it says what the note is meant to be).
 */
const KEY_LINE = new RegExp(`^[ \\t]*(["']?)${PLAN_KEY}\\1[ \\t]*:(?:[ \\t]|$)(.*)$`);
/** Values YAML reads as empty, null or false: a note that says `intl-plan: false` is no plan. */
const NOT_A_MARKER = /^(?:|~|null|Null|NULL|false|False|FALSE)$/;
const FENCE = /^---[ \t]*$/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;

/** 1-based line of a plan key with a marker value in `lines`, searching [from, to); 0 if none. */
function markerLine(content: readonly string[], from: number, to: number): number {
	for (let i = from; i < to; i++) {
		const m = KEY_LINE.exec(content[i] ?? "");
		if (!m) continue;
		const value = (m[2] ?? "").replace(/[ \t]#.*$/, "").trim().replace(/^(["'])(.*)\1$/, "$2");
		if (!NOT_A_MARKER.test(value)) return i + 1;
	}
	return 0;
}

/**
 * The problem that makes a note a broken plan, or null when it is none: a plan (readable
 * frontmatter with the key), no plan at all, or a note whose unreadable frontmatter does not set the
 * key. `frontmatter` and `problems` are what `readFrontmatter` gave for `text`; the text is only split
 * again when the frontmatter is unreadable or unclosed.
 *
 * - `plan-broken` sits on the line of the frontmatter's first problem (the YAML error's line);
 * - `plan-unclosed`: the first line is `---` and no `---` closes it, yet a line before the first
 *   heading sets the plan key at the start of the line (that line is `args.line`). Anything less
 *   certain (a key further down, indented, after a heading) is left alone: a note that opens with a
 *   thematic break is ordinary markdown.
 */
export function brokenPlanProblem(text: string, frontmatter: Frontmatter | null, problems: readonly Problem[]): Problem | null {
	if (frontmatter?.valid) return null;
	if (frontmatter) {
		const content = splitLines(text).content;
		const at = markerLine(content, frontmatter.startLine, frontmatter.endLine - 1);
		if (at === 0) return null;
		const line = problems.find((p) => p.line >= frontmatter.startLine && p.line <= frontmatter.endLine)?.line ?? at;
		return { line, code: "plan-broken", args: { line: String(line) } };
	}
	if (!/^\uFEFF?---[ \t]*(?:\r\n|\r|\n|$)/.test(text)) return null;
	const content = splitLines(text).content;
	let end = content.length;
	for (let i = 1; i < content.length; i++) {
		if (FENCE.test(content[i] ?? "")) return null; // closed after all: not this case
		if (HEADING.test(content[i] ?? "") && end === content.length) end = i;
	}
	const at = markerLine(content, 1, end);
	if (at === 0 || /^[ \t]/.test(content[at - 1] ?? "")) return null;
	return { line: 1, code: "plan-unclosed", args: { line: String(at) } };
}

/** How a note's text stands as a plan, from its frontmatter alone (no markdown parse). */
export type PlanMarkerReading =
	| { readonly kind: "plan"; readonly frontmatter: Frontmatter; readonly problems: readonly Problem[] }
	| { readonly kind: "broken"; readonly problem: Problem }
	| { readonly kind: "none" };

export function readPlanMarker(text: string): PlanMarkerReading {
	const front = readFrontmatter(splitLines(text));
	const fm = front.frontmatter;
	if (fm && isPlanMarker(fm.data[PLAN_KEY])) return { kind: "plan", frontmatter: fm, problems: front.problems };
	const broken = brokenPlanProblem(text, fm, front.problems);
	return broken ? { kind: "broken", problem: broken } : { kind: "none" };
}
