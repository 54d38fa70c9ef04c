/**
 * What the parser reads out of one note. Every fact carries its place so later layers can edit
 * exactly that line:
 * - `line` is 1-based; a leading BOM is not part of line 1;
 * - `from`/`to` are 0-based UTF-16 offsets within that line (`to` exclusive), the same unit as
 *   JavaScript strings and Obsidian's `EditorPosition.ch`. A CR before the LF is never inside a line.
 */
export interface Span {
	readonly line: number;
	readonly from: number;
	readonly to: number;
}

export type TagSource = "inline" | "frontmatter";

export interface Tag extends Span {
	/** As written, without the leading `#`. Compare with `normalizeTag`. */
	readonly name: string;
	readonly source: TagSource;
}

export type InlineFieldStyle = "bracket" | "paren" | "line";

/** A Dataview inline field: `[key:: value]`, `(key:: value)` or a whole line `key:: value`. */
export interface InlineField extends Span {
	readonly key: string;
	/** Lower case, spaces as dashes, formatting stripped: how Dataview names it for queries. */
	readonly canonicalKey: string;
	readonly value: string;
	readonly style: InlineFieldStyle;
}

export type TaskDateKind = "due" | "scheduled" | "start" | "done" | "cancelled" | "created";
export type Priority = "highest" | "high" | "medium" | "low" | "lowest";

/** A Tasks-plugin emoji field, read from the end of a list item's line as that plugin does. */
export type EmojiField =
	| (Span & { readonly kind: TaskDateKind; readonly value: string })
	| (Span & { readonly kind: "priority"; readonly value: Priority })
	| (Span & { readonly kind: "recurrence" | "id" | "dependsOn" | "onCompletion"; readonly value: string });

export interface BlockId extends Span {
	readonly id: string;
}

export interface WikiLink extends Span {
	readonly target: string;
	readonly subpath: string | null;
	readonly alias: string | null;
	readonly embed: boolean;
}

/** The parts of a line that carry metadata; `line` facts belong to whoever owns the line. */
export interface LineFacts {
	readonly tags: readonly Tag[];
	readonly fields: readonly InlineField[];
	readonly links: readonly WikiLink[];
	readonly blockId: BlockId | null;
}

export interface Heading extends LineFacts {
	readonly line: number;
	/** Last line of the section this heading opens (up to the next heading of the same or higher level). */
	readonly sectionEnd: number;
	readonly depth: number;
	/** Plain text of the heading, markup removed (mdast-util-to-string). */
	readonly text: string;
	/** Index of the enclosing heading (lower depth) in `NoteFacts.headings`, or null. */
	readonly parent: number | null;
}

export interface TaskBox {
	/** The character between the brackets, exactly as written: ` `, `x`, `X`, `/`, `-`, or any other. */
	readonly status: string;
	/** Column of the status character. */
	readonly at: number;
}

export interface ListItem extends LineFacts {
	readonly line: number;
	/** Last line of the item, children included. */
	readonly endLine: number;
	/** Column where the list marker starts (after any blockquote markers). */
	readonly indent: number;
	/** Index of the parent list item in `NoteFacts.listItems`, or null for a top-level item. */
	readonly parent: number | null;
	/** Index of the innermost heading whose section holds the item, or null. */
	readonly heading: number | null;
	readonly task: TaskBox | null;
	/** The item's first line after the marker and checkbox, as written. */
	readonly text: string;
	/** Column where `text` starts on `line`. */
	readonly textFrom: number;
	/** Tasks-plugin emoji fields at the end of the first line. */
	readonly emoji: readonly EmojiField[];
}

/** Something in a note the user should fix. `code` + `args` are rendered by `core/i18n` in the UI language. */
export interface Problem {
	readonly line: number;
	readonly code: ProblemCode;
	readonly args?: Readonly<Record<string, string>>;
}

export type ProblemCode =
	| "yaml-invalid"
	| "yaml-not-a-map"
	| "plan-schema"
	| "profile-size"
	| "profile-industry"
	| "profile-channel"
	| "profile-lang"
	| "profile-market"
	| "profile-date"
	| "entry-date"
	| "entry-market"
	| "plan-link-unresolved"
	| "plan-link-not-a-plan"
	| "plan-folder-ambiguous"
	| "plan-broken"
	| "plan-unclosed"
	| "plan-link-broken"
	| "field-date"
	| "tasks-no-dimension"
	| "file-unreadable"
	| "file-binary"
	| "file-too-large"
	| "file-not-regular"
	| "file-not-utf8"
	| "note-nesting"
	| "note-long-line"
	| "library-empty"
	| "library-missing-id"
	| "library-bad-id"
	| "library-duplicate-id"
	| "library-no-dimension"
	| "library-unknown-dimension"
	| "library-bad-condition"
	| "library-missing-translation"
	| "library-missing-source";

export interface Frontmatter {
	/** The YAML mapping, or an empty object when the YAML could not be read (as Obsidian does). */
	readonly data: Readonly<Record<string, unknown>>;
	/** Lines of the opening and closing `---`. */
	readonly startLine: number;
	readonly endLine: number;
	/** 1-based line of each top-level key, for reporting and editing. */
	readonly keyLines: Readonly<Record<string, number>>;
	readonly valid: boolean;
}

export interface NoteFacts {
	readonly lineCount: number;
	readonly frontmatter: Frontmatter | null;
	/** Every tag: frontmatter tags first, then inline tags in text order. */
	readonly tags: readonly Tag[];
	readonly headings: readonly Heading[];
	readonly listItems: readonly ListItem[];
	/** Metadata on lines owned by no heading and no list item (paragraphs, tables, quotes). */
	readonly body: LineFacts & { readonly blockIds: readonly BlockId[] };
	readonly links: readonly WikiLink[];
	readonly problems: readonly Problem[];
}
