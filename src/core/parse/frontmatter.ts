/**
 * Frontmatter as Obsidian reads it: a `---` fence on the very first line, closed by a `---` line.
 * YAML goes through the `yaml` package (YAML 1.2 core schema: dates stay strings). Malformed YAML
 * is reported with its line and read as empty, as Obsidian does, never thrown.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode, type YAMLError } from "yaml";
import type { Lines } from "./lines.js";
import { isValidTagName, splitTagList } from "./tags.js";
import type { Frontmatter, Problem, Tag } from "./types.js";
import { valueText } from "./value-text.js";

const FENCE = /^---[ \t]*$/;

export interface FrontmatterResult {
	readonly frontmatter: Frontmatter | null;
	readonly tags: readonly Tag[];
	readonly problems: readonly Problem[];
}

export function readFrontmatter(lines: Lines): FrontmatterResult {
	if (!FENCE.test(lines.content[0] ?? "")) return { frontmatter: null, tags: [], problems: [] };
	let close = -1;
	for (let n = 1; n < lines.content.length; n++) {
		if (FENCE.test(lines.content[n] ?? "")) {
			close = n;
			break;
		}
	}
	if (close === -1) return { frontmatter: null, tags: [], problems: [] };

	const firstLine = 2; // 1-based line of the first YAML line
	const source = lines.content.slice(1, close).join("\n");
	const counter = new LineCounter();
	const doc = parseDocument(source, {
		lineCounter: counter,
		prettyErrors: false,
		uniqueKeys: true,
		// Problems are returned, not printed: an unfilled template's `created: {{date}}` must not write to stderr.
		logLevel: "silent",
	});
	const problems: Problem[] = doc.errors.map((e) => ({
		line: firstLine - 1 + (counter.linePos(errorOffset(doc, e)).line || 1),
		code: "yaml-invalid" as const,
		args: { detail: firstSentence(e.message) },
	}));

	let data: Record<string, unknown> = {};
	const keyLines: Record<string, number> = {};
	const tags: Tag[] = [];
	if (problems.length === 0 && doc.contents !== null) {
		if (!isMap(doc.contents)) {
			problems.push({ line: firstLine, code: "yaml-not-a-map" });
		} else {
			let js: unknown;
			try {
				js = doc.toJS({ maxAliasCount: 100 });
			} catch (e) {
				problems.push({ line: firstLine, code: "yaml-invalid", args: { detail: firstSentence(String(e)) } });
			}
			if (js && typeof js === "object" && !Array.isArray(js)) data = js as Record<string, unknown>;
			for (const pair of doc.contents.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : null;
				if (key === null || !pair.key || !isScalar(pair.key) || !pair.key.range) continue;
				keyLines[key] = firstLine - 1 + counter.linePos(pair.key.range[0]).line;
				if (/^tags?$/i.test(key)) tags.push(...tagsOf(pair.value, lines, counter, firstLine));
			}
		}
	}
	return {
		frontmatter: { data, startLine: 1, endLine: close + 1, keyLines, valid: problems.length === 0 },
		tags,
		problems,
	};
}

/** Tags in every shape Obsidian accepts: a list, a flow list, or one string of names split by commas or spaces. */
function tagsOf(node: YamlNode | null, lines: Lines, counter: LineCounter, firstLine: number): Tag[] {
	const scalars = isSeq(node) ? node.items.filter(isScalar) : isScalar(node) ? [node] : [];
	const out: Tag[] = [];
	for (const scalar of scalars) {
		if (scalar.value === null || scalar.value === undefined || !scalar.range) continue;
		const pos = counter.linePos(scalar.range[0]);
		const line = firstLine - 1 + pos.line;
		const lineText = lines.content[line - 1] ?? "";
		let searchFrom = pos.col - 1;
		for (const name of splitTagList(valueText(scalar.value))) {
			if (!isValidTagName(name)) continue;
			const at = lineText.indexOf(name, searchFrom);
			const from = at === -1 ? pos.col - 1 : at;
			const to = at === -1 ? from : at + name.length;
			if (at !== -1) searchFrom = to;
			out.push({ name, line, from, to, source: "frontmatter" });
		}
	}
	return out;
}

/** yaml reports a missing closing quote where the text ends; the fix is where the quote opens. */
function errorOffset(doc: Document, error: YAMLError): number {
	let at = error.pos[0];
	if (error.code !== "MISSING_CHAR") return at;
	visit(doc, {
		Scalar(_, node) {
			const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
			if (quoted && node.range && node.range[1] === error.pos[0]) at = node.range[0];
		},
	});
	return at;
}

function firstSentence(message: string): string {
	return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "").trim() ?? message;
}
