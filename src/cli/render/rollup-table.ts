/**
 * `intl-plan rollup` on a terminal: the plans side by side as a table drawn with box characters, the
 * numbers right-aligned, Chinese measured by display width. The plan and "done by" columns give way
 * (cut with …) when the terminal is too narrow for all of it. Markdown stays for pipes and `--format md`.
 */
import { t, type Lang } from "../../core/i18n/index.js";
import { DIMENSIONS } from "../../core/plan/dimensions.js";
import { doneByText, type RollupRow } from "../../core/summary/rollup.js";
import { clean, toLine, width } from "./text.js";
import { pad } from "./box.js";
import { truncate } from "./wrap.js";

export function rollupTable(rows: readonly RollupRow[], lang: Lang, columns: number): string {
	if (rows.length === 0) return t(lang, "rollup.none") + "\n";
	const pct = (n: number | null): string => (n === null ? "—" : `${n}%`);
	const header = [t(lang, "rollup.col.plan"), ...DIMENSIONS.map((d) => t(lang, `dimension.${d}.short`)), t(lang, "rollup.col.total"), t(lang, "rollup.col.overdue"), t(lang, "rollup.col.gaps"), t(lang, "rollup.col.doneBy")];
	const body = rows.map((r) => [clean(r.title), ...DIMENSIONS.map((d) => pct(r.completion[d])), pct(r.overall), String(r.overdue), String(r.gaps), clean(doneByText(r)) || "—"]);
	const widths = header.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i] ?? ""))));
	// Borders and padding take 3 columns per cell and 1 more; what is left is shared, the text columns giving way first.
	const room = Math.max(20, columns) - (3 * widths.length + 1);
	const last = widths.length - 1;
	for (const i of [last, 0]) {
		const over = widths.reduce((a, b) => a + b, 0) - room;
		if (over > 0) widths[i] = Math.max(width(header[i] ?? ""), (widths[i] ?? 0) - over, 4);
	}
	const numeric = (i: number): boolean => i > 0 && i < last;
	const cell = (text: string, i: number): string => {
		const w = widths[i] ?? 0;
		const fitted = width(text) > w ? truncate([{ text }], w) : toLine([{ text }]);
		const shown = pad(fitted, w, false);
		// Numbers line up on the right, as in the markdown table.
		return numeric(i) ? " ".repeat(w - width(shown.trimEnd())) + shown.trimEnd() : shown;
	};
	const rule = (a: string, b: string, c: string): string => a + widths.map((w) => "─".repeat(w + 2)).join(b) + c;
	const line = (cells: readonly string[]): string => `│ ${cells.map(cell).join(" │ ")} │`;
	return [rule("┌", "┬", "┐"), line(header), rule("├", "┼", "┤"), ...body.map(line), rule("└", "┴", "┘")].join("\n") + "\n";
}
