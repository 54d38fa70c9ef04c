/**
 * Markdown fixtures written inline, indented with the test code: `md` drops the first line break,
 * the trailing indentation and the indentation every line shares, so
 *
 *     md`
 *         # Plan
 *           - [ ] task
 *     `
 *
 * is "# Plan\n  - [ ] task\n". Line numbers in assertions count from the first fixture line.
 */
export function md(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
	const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ""), "");
	const lines = raw.replace(/^[ \t]*\n/, "").replace(/\n[ \t]*$/, "\n").split("\n");
	const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
	const common = indents.length ? Math.min(...indents) : 0;
	return lines.map((l) => l.slice(common)).join("\n");
}

/** The same note with CRLF line endings. */
export const crlf = (text: string): string => text.replace(/\r?\n/g, "\r\n");
