/**
 * Notes that could not be read (core's `isUnread`: binary, too large, refused by the file system, a
 * plan whose frontmatter cannot be read): every verb names them on stderr and exits 1, so nothing is
 * left out without a word.
 */
import { isUnread, problemMessage, t, type Lang, type VaultProblem } from "../core/index.js";
import type { CliContext } from "./context.js";

export function unreadProblems(problems: readonly VaultProblem[]): VaultProblem[] {
	return problems.filter(isUnread);
}

/** For verbs that do not list every problem: the unread ones, with a header; "" when there are none. */
export function unreadLines(problems: readonly VaultProblem[], lang: Lang): string {
	const unread = unreadProblems(problems);
	if (unread.length === 0) return "";
	const header = t(lang, "cli.warn.unread", { count: new Set(unread.map((p) => p.path)).size });
	return [header, ...unread.map((p) => `  ${p.path}:${p.line}: ${problemMessage(p, lang)}`)].join("\n") + "\n";
}

/** Says the unread notes on stderr and sets exit status 1 when there are any. */
export function reportUnread(problems: readonly VaultProblem[], ctx: CliContext): void {
	const lines = unreadLines(problems, ctx.lang);
	if (lines === "") return;
	ctx.io.err(lines);
	ctx.setStatus(1);
}
