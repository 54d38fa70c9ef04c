/**
 * The summary's chart: completion per dimension as a Mermaid bar chart, which Obsidian renders
 * natively. Mermaid's grammar takes quoted labels but no quote inside one, and no line breaks, so
 * labels are made safe here; the real parser checks that on random text in the tests.
 */
import { t, type Lang } from "../i18n/index.js";
import type { DimensionProgress } from "./plan-summary.js";

/** A label Mermaid's parser accepts inside double quotes, whatever the user wrote. */
export function mermaidLabel(text: string): string {
	const clean = text
		.replace(/"/g, "'")
		.replace(/[\r\n\u2028\u2029\t]+/g, " ")
		// Mermaid reads `#name;` as an entity and `%%` as a comment start.
		.replace(/#(?=[\w]+;)/g, "♯")
		.replace(/%%/g, "% %")
		.replace(/\s+/g, " ")
		.trim();
	return `"${clean || "-"}"`;
}

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
