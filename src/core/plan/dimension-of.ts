/** Which dimension a tag or a heading names, under a config. Built once per config, then cheap. */
import { normalizeTag } from "../parse/tags.js";
import type { PlanConfig } from "./config.js";
import { setextParagraph, withoutInlineMarkup } from "./heading-candidates.js";
import { DIMENSIONS, type Dimension } from "./dimensions.js";
import { mayHoldTask } from "./whole-read.js";

export interface DimensionMatcher {
	/** The dimension a tag names; nested tags count (`#intl/strategy/entry` is strategy). */
	ofTag(name: string): Dimension | null;
	/** The dimension a heading's text names, e.g. "## 技术赋能 Technology" or "3. Risk & compliance". */
	ofHeading(text: string): Dimension | null;
	/** Cheap test over a whole note: could it hold anything with a dimension or a plan? */
	mightMatter(text: string): boolean;
}

export function dimensionMatcher(config: PlanConfig): DimensionMatcher {
	const byTag = new Map<string, Dimension>();
	for (const d of DIMENSIONS) {
		for (const prefix of config.tagPrefixes) for (const name of config.tagNames[d]) byTag.set(normalizeTag(`${prefix}/${name}`), d);
		for (const alias of config.tagAliases[d]) byTag.set(normalizeTag(alias), d);
	}
	const headingNames = DIMENSIONS.flatMap((d) => config.headingNames[d].map((n) => ({ d, name: normalizeHeading(n) })))
		.filter((x) => x.name !== "")
		.sort((a, b) => b.name.length - a.name.length)
		.map(({ d, name }) => {
			const pattern = patternFor(name);
			return {
				d,
				name,
				pattern,
				everywhere: new RegExp(pattern.source, "gu"),
				// A full name: four or more Chinese characters, or several words.
				distinctive: /[\u3400-\u9FFF]{4,}/u.test(name) || name.includes(" "),
			};
		});

	// Words beside a name (`税务合规`): patterns built as for names; with the connectives, what a
	// heading made only of names and such words may hold.
	const wordPatterns = DIMENSIONS.flatMap((d) => config.headingWords[d].map((w) => normalizeHeading(w)))
		.filter((w) => w !== "")
		.sort((a, b) => b.length - a.length)
		.map((w) => new RegExp(patternFor(w).source, "gu"));
	const CONNECTIVES = /(?:^|\s)(?:and|of|for|the|与|和|及|以及|的|之)(?=\s|$)|[与和及的之]/gu;
	// What the words and connectives are made of: a heading holding anything else beside its names
	// ("Marketing site 12") cannot be only names and words, known without running every word's pattern.
	const allWords = DIMENSIONS.flatMap((d) => config.headingWords[d].map((w) => normalizeHeading(w))).filter((w) => w !== "");
	const wordText = ` ${[...allWords, "and", "of", "for", "the"].join(" ")} `;
	const wordChars = new Set([...allWords.join(""), ..."与和及以的之"].filter((c) => CJK.test(c)));
	const mayBeOnlyWords = (rest: string): boolean => {
		for (const token of rest.match(/[\p{L}\p{N}]+/gu) ?? []) {
			for (const part of token.split(CJK_CHAR)) {
				if (part === "") continue;
				if (CJK.test(part) ? !wordChars.has(part) : !wordText.includes(part)) return false;
			}
		}
		return true;
	};

	const tagNeedles = [...new Set([...byTag.keys()].map((t) => t.split("/")[0] ?? t))];
	/**
	 * The prefilter's one pass: the plan marker, a dimension tag's prefix with its `/`, an alias, or the
	 * start of a line that may be a heading: an ATX line (matched without consuming it, so a needle on it
	 * is still found) or a setext underline (nothing but `=`, `-` and blanks: no needle is on it).
	 */
	const literals = ["intl-plan", ...tagNeedles.map((n) => `${n}/`), ...[...byTag.keys()].filter((a) => !a.includes("/"))].filter((x) => x !== "");
	const anyNeedle = new RegExp(
		`${literals.map(escapeRegExp).join("|")}|^(?=[ \\t]{0,3}(#)#{0,5}(?:[ \\t]|$))|^[ \\t]{0,3}(?:=+|-+)[ \\t]*\\r?$`,
		"gimu",
	);
	// The prefilter looks for names as written too ("decision-making"), not only normalized.
	const rawNames = DIMENSIONS.flatMap((d) => config.headingNames[d].map((n) => n.toLowerCase().trim()));
	// Words may be parted by any punctuation ("Strategic-decisions"), as ofHeading reads them.
	const namePatterns = [...rawNames, ...headingNames.map((h) => h.name)].map((n) =>
		n.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "").map(escapeRegExp).join("[^\\p{L}\\p{N}\\n]+"),
	);
	// Latin names as whole words ("strategy", not "strategyx"), as ofHeading reads them; CJK has no word breaks.
	const unique = [...new Set(namePatterns)].filter((n) => n !== "");
	const cjk = unique.filter((n) => /[\u3400-\u9FFF]/u.test(n));
	const latin = unique.filter((n) => !/[\u3400-\u9FFF]/u.test(n));
	const alternatives = [...(cjk.length ? [`(?:${cjk.join("|")})`] : []), ...(latin.length ? [`(?:^|[^\\p{L}\\p{N}])(?:${latin.join("|")})(?![\\p{L}\\p{N}])`] : [])];
	const anyName = alternatives.length === 0 ? null : new RegExp(alternatives.join("|"), "u");
	const namesDimension = (heading: string): boolean => {
		if (!anyName) return false;
		if (anyName.test(heading)) return true;
		const plain = withoutInlineMarkup(heading);
		return plain !== null && anyName.test(plain.toLowerCase());
	};

	/** The one dimension a heading of only names, their words and connectives names; null otherwise. */
	const namedDimensions = (whole: string): Dimension | null => {
		const dims = new Set<Dimension>();
		let rest = whole;
		for (const { d, name, everywhere } of headingNames) {
			if (!rest.includes(name)) continue; // no pattern matches where its name is not (the cheap test first)
			const next = rest.replace(everywhere, " ");
			if (next !== rest) dims.add(d);
			rest = next;
		}
		if (dims.size === 0 || !mayBeOnlyWords(rest)) return null;
		for (const pattern of wordPatterns) rest = rest.replace(pattern, " ");
		if (rest.replace(CONNECTIVES, " ").trim() !== "") return null;
		if (dims.size > 1) dims.delete("strategy");
		return dims.size === 1 ? ([...dims][0] ?? null) : null;
	};

	// Headings repeat across a vault ("## Marketing site" in every page of a manual): each text is decided once.
	const decided = new Map<string, Dimension | null>();
	const ofHeading = (text: string): Dimension | null => {
		const known = decided.get(text);
		if (known !== undefined) return known;
		const d = decideHeading(text);
		if (decided.size >= HEADINGS_REMEMBERED) decided.clear();
		decided.set(text, d);
		return d;
	};
	const decideHeading = (text: string): Dimension | null => {
		let rest = normalizeHeading(text.replace(/(^|\s)#[^\s#]+/gu, " "));
		if (rest === "") return null;
		const whole = rest;
		let found: Dimension | null = null;
		let ambiguous = false;
		for (const { d, name, pattern } of headingNames) {
			if (!rest.includes(name)) continue;
			const next = rest.replace(pattern, " ");
			if (next === rest) continue;
			if (found && found !== d) ambiguous = true;
			found = d;
			rest = next.replace(/\s+/g, " ").trim();
		}
		if (found && !ambiguous && rest === "") return found; // the heading is only names: "技术赋能 Technology"
		// Names with words beside them ("税务合规", "品牌营销", "Tax compliance", "技术与数据"): the names
		// decide. Strategy is every dimension's concern, so beside another name it yields ("营销策略",
		// "Marketing strategy" are marketing); two other dimensions named together decide nothing.
		const named = namedDimensions(whole);
		if (named !== null) return named;
		// Otherwise a dimension's full name anywhere counts ("系统对接 技术赋能"), a generic word
		// alone does not ("履约与回款风险" is about risk, not the compliance quadrant).
		const full = new Set(headingNames.filter((h) => h.distinctive && whole.includes(h.name) && h.pattern.test(whole)).map((h) => h.d));
		return full.size === 1 ? ([...full][0] ?? null) : null;
	};

	return {
		ofTag(name) {
			let tag = normalizeTag(name);
			for (;;) {
				const d = byTag.get(tag);
				if (d) return d;
				const slash = tag.lastIndexOf("/");
				if (slash <= 0) return null;
				tag = tag.slice(0, slash);
			}
		},
		ofHeading,
		mightMatter(text) {
			const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // the parser drops a BOM before line 1
			// `dimension` assigns one only as a frontmatter key, and a `plan` link puts the note in a plan
			// (where even its tasks with no dimension are listed): both are looked for in the frontmatter only.
			const front = frontmatterOf(body);
			if (front !== "" && (/dimension/i.test(front) || PLAN_KEY_LINE.test(front))) return true;
			// Then one pass over the note for everything else, with no lower-cased copy of it.
			// A heading's name gives a dimension only to the tasks under it: it counts in a note that may hold one
			// (documentation is full of "## Data" and "## Security"), asked once, at the first heading: one scan
			// for a task costs less than reading every heading's name.
			let tasks: boolean | null = null;
			const mayHoldTasks = (): boolean => (tasks ??= mayHoldTask(body));
			let walkedTo = 0;
			for (const m of body.matchAll(anyNeedle)) {
				const first = m[0][0];
				if (m[1] === "#") {
					if (!mayHoldTasks()) continue;
					// The line ends at LF, CRLF or a lone CR, as the parser's lines do.
					LINE_END.lastIndex = m.index;
					const lineEnd = LINE_END.exec(body)?.index ?? body.length;
					const line = body.slice(m.index, lineEnd);
					if (!namesDimension(line.toLowerCase())) continue;
					// A heading with no inline markup reads as its line: decided exactly, as the parser's reading will.
					const plain = atxText(line);
					if (plain === null || ofHeading(plain) !== null) return true;
				} else if (m[0] !== "" && (first === " " || first === "\t" || first === "=" || first === "-") && /^[ \t]{0,3}(?:=+|-+)[ \t]*\r?$/u.test(m[0])) {
					if (!mayHoldTasks()) continue;
					const paragraph = setextParagraph(body, m.index, walkedTo);
					walkedTo = m.index + m[0].length;
					if (paragraph !== null && namesDimension(paragraph.toLowerCase())) return true;
				} else return true; // the plan marker, a dimension tag's prefix or an alias
			}
			return false;
		},
	};
}

const LINE_END = /[\r\n]/gu;
/** Characters the heading rules treat as CJK (names and words match inside them, without word breaks). */
const CJK = /[\u3400-\u9FFF]/u;
const CJK_CHAR = /([\u3400-\u9FFF])/u;

/** Heading texts a matcher remembers its decision for (a few hundred KB at most). */
const HEADINGS_REMEMBERED = 4096;

/** Anything that makes remark's heading text differ from its line: markup, escapes, references, hidden text. */
const HEADING_MARKUP = /[*_~`\\&[\]!<>%$]/u;

/** An ATX heading line's text as remark reads it, when it holds no inline markup; null when it does. */
function atxText(line: string): string | null {
	if (HEADING_MARKUP.test(line)) return null;
	return line
		.replace(/^[ \t]{0,3}#{1,6}(?=[ \t]|$)/u, "")
		.replace(/(?:^|[ \t]+)#+[ \t]*$/u, "")
		.trim();
}

/** A frontmatter line setting `plan` (quoted or not, in any case). */
const PLAN_KEY_LINE = /(?:^|[\r\n])["']?plan["']?[ \t]*:/iu;

/**
 * The frontmatter block of a note (lower-cased, BOM dropped) as far as a cheap scan can tell: the lines
 * after an opening `---` up to a closing `---` or `...`; all the rest of the note when it is never
 * closed (the parser decides what that is). "" when the note opens no frontmatter.
 */
function frontmatterOf(lower: string): string {
	const open = /^---[ \t]*(?:\r\n|\r|\n)/u.exec(lower);
	if (!open) return "";
	const close = /(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/u.exec(lower.slice(open[0].length - 1));
	return close ? lower.slice(0, open[0].length - 1 + close.index) : lower;
}

/** Lower case, numbering and punctuation gone, `&` read as "and", spaces collapsed. */
function normalizeHeading(text: string): string {
	return text
		.toLowerCase()
		.replace(/&/g, " and ")
		.replace(/[^\p{L}\p{N}\s]/gu, " ")
		.replace(/^\s*(?:[0-9]+\s+)*|^\s*[一二三四五六七八九十]+\s+/u, " ")
		.replace(/\s+/g, " ")
		.trim();
}

/**
 * A name or word as it must stand in a heading: CJK has no word breaks; Latin must stand as whole words.
 * No lookbehind: iOS before 16.4 cannot compile one, and the plugin runs there.
 */
function patternFor(name: string): RegExp {
	return /[\u3400-\u9FFF]/u.test(name) ? new RegExp(escapeRegExp(name), "u") : new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "u");
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
