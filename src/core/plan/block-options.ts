/**
 * Options of an ```intl-plan``` code block, one `key: value` per line:
 *
 *     plan: [[Acme plan]]      (or all, or unassigned; default: the plan the note belongs to)
 *     market: DE
 *     status: open | all
 *     owner: 李明
 *     due: overdue | today | 7d | 2w   (open work due in that window)
 *     sort: due | priority              (default: as written, the plan note first)
 *     layout: grid | list
 *
 * Every mistake is reported with its line (also in `args.line`, for `t(lang, error.key, error.args)`);
 * a block with mistakes renders the mistakes, not a guess.
 */
import { parseLinkText } from "../parse/wikilinks.js";
import { splitOnEndings } from "../text/line-endings.js";
import { parseDueFilter, type ItemFilter, type ItemSort } from "./filters.js";

export type BlockPlan = { readonly kind: "current" } | { readonly kind: "all" } | { readonly kind: "unassigned" } | { readonly kind: "link"; readonly target: string };

export interface BlockOptions {
	readonly plan: BlockPlan;
	readonly filter: ItemFilter;
	readonly sort: ItemSort | null;
	readonly layout: "grid" | "list";
}

export interface BlockOptionError {
	readonly line: number;
	readonly key: "codeblock.unknownOption" | "codeblock.badValue" | "codeblock.badLine" | "codeblock.duplicate";
	readonly args: Readonly<Record<string, string>>;
}

const KEYS = ["plan", "market", "status", "owner", "due", "sort", "layout"] as const;
type Key = (typeof KEYS)[number];

export function parseBlockOptions(source: string): { options: BlockOptions; errors: BlockOptionError[] } {
	const errors: BlockOptionError[] = [];
	const seen = new Map<Key, string>();
	splitOnEndings(source).forEach((raw, i) => {
		const line = i + 1;
		const text = raw.trim();
		if (text === "" || text.startsWith("#") || text.startsWith("//")) return;
		const m = /^([A-Za-z-]+)\s*[:：]\s*(.*)$/.exec(text);
		if (!m) return errors.push({ line, key: "codeblock.badLine", args: { line: String(line), text } });
		const key = (m[1] ?? "").toLowerCase();
		if (!(KEYS as readonly string[]).includes(key)) return errors.push({ line, key: "codeblock.unknownOption", args: { line: String(line), key, allowed: KEYS.join(", ") } });
		if (seen.has(key as Key)) return errors.push({ line, key: "codeblock.duplicate", args: { line: String(line), key } });
		seen.set(key as Key, (m[2] ?? "").trim());
		const value = (m[2] ?? "").trim();
		const bad = (allowed: string): void => void errors.push({ line, key: "codeblock.badValue", args: { line: String(line), key, value, allowed } });
		if (key === "status" && !["open", "all"].includes(value.toLowerCase())) bad("open, all");
		if (key === "layout" && !["grid", "list"].includes(value.toLowerCase())) bad("grid, list");
		if (key === "sort" && !["due", "priority"].includes(value.toLowerCase())) bad("due, priority");
		if (key === "due" && parseDueFilter(value) === null) bad("overdue, today, 7d, 2w");
		if (key === "plan" && value === "") bad("[[plan note]], all, unassigned");
		if ((key === "market" || key === "owner") && value === "") bad(key === "market" ? "DE, US, …" : "a name");
		return undefined;
	});
	const get = (key: Key): string | null => seen.get(key) ?? null;
	const planText = get("plan");
	const sort = get("sort")?.toLowerCase();
	const due = get("due");
	const plan: BlockPlan =
		planText === null || planText === ""
			? { kind: "current" }
			: /^all$/i.test(planText)
				? { kind: "all" }
				: /^unassigned$/i.test(planText)
					? { kind: "unassigned" }
					: { kind: "link", target: parseLinkText(planText.replace(/^\[\[|\]\]$/g, "")).target };
	return {
		options: {
			plan,
			layout: get("layout")?.toLowerCase() === "list" ? "list" : "grid",
			sort: sort === "due" || sort === "priority" ? sort : null,
			filter: {
				status: get("status")?.toLowerCase() === "open" ? "open" : "all",
				market: get("market") || null,
				owner: get("owner") || null,
				text: null,
				...(due === null ? {} : { due: parseDueFilter(due) }),
			},
		},
		errors,
	};
}
