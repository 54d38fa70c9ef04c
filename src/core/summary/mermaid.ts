/**
 * The summary's chart: completion per dimension as a Mermaid bar chart, which Obsidian renders
 * natively. Labels go through `mermaidLabel` (markdown-escape.ts); the real parser checks them on
 * random text in the tests.
 */
import { t, type Lang } from "../i18n/index.js";
import { mermaidLabel } from "./markdown-escape.js";
import type { DimensionProgress } from "./plan-summary.js";

export function completionChart(progress: readonly DimensionProgress[], lang: Lang, title: string): string {
	const labels = progress.map((p) => mermaidLabel(t(lang, `dimension.${p.dimension}`)));
	const values = progress.map((p) => p.completion ?? 0);
	return [
		"```mermaid",
		"xychart-beta",
		`    title ${mermaidLabel(title)}`,
		`    x-axis [${labels.join(", ")}]`,
		'    y-axis "%" 0 --> 100',
		`    bar [${values.join(", ")}]`,
		"```",
	].join("\n");
}
