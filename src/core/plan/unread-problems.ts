/**
 * The problems that mean a note could not be read (as a whole, or as the plan it means to be): the
 * note is left out, so every verb lists them and exits 1, and a check never reports "all in step"
 * past them. One list for every adapter: a new kind of unreadable note is added here and nowhere else.
 */
import type { Problem, ProblemCode } from "../parse/types.js";

export const UNREAD_CODES: readonly ProblemCode[] = [
	"file-unreadable", // the file system refused it
	"file-binary",
	"file-too-large",
	"file-not-regular", // a FIFO, socket, device or folder behind a note's name: reading it could block forever
	"plan-broken", // a plan whose frontmatter cannot be read
	"plan-unclosed", // a plan whose frontmatter is never closed
];

const unread: ReadonlySet<ProblemCode> = new Set(UNREAD_CODES);

export function isUnread(problem: Pick<Problem, "code">): boolean {
	return unread.has(problem.code);
}
