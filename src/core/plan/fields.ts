/**
 * An item's fields: Dataview inline fields and Tasks emoji merged under canonical keys, with the
 * Chinese keys users write (`[负责人:: 李明]`) read as their English names. Dates become ISO;
 * a date that is not one is kept as written and reported.
 */
import type { EmojiField, InlineField, Problem } from "../parse/types.js";
import type { PlanConfig } from "./config.js";
import { toIsoDate } from "./dates.js";
import { classifyMarket } from "./markets.js";

const KEY_ALIASES: Readonly<Record<string, string>> = {
	负责人: "owner", 责任人: "owner", assignee: "owner", 担当: "owner",
	截止: "due", 截止日期: "due", 到期: "due", 到期日: "due", deadline: "due",
	开始: "start", 开始日期: "start", 计划: "scheduled", 计划日期: "scheduled",
	完成: "done", 完成日期: "done", completion: "done",
	市场: "market", 目标市场: "market", markets: "market",
	优先级: "priority",
	覆盖: "covers", 对应: "covers",
};
const DATE_KEYS = new Set(["due", "scheduled", "start", "done", "cancelled", "created"]);
const PRIORITIES: Readonly<Record<string, string>> = {
	highest: "highest", 最高: "highest", urgent: "highest",
	high: "high", 高: "high",
	medium: "medium", 中: "medium", normal: "medium",
	low: "low", 低: "low",
	lowest: "lowest", 最低: "lowest",
};

/** The names an owner value holds: split at commas and 、, each without `[[…]]` or a leading `@`. */
export function ownerNames(value: string): string[] {
	return value
		.split(/[,，、]/)
		.map((name) => name.trim().replace(/^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/, "$1").replace(/^@(?=\S)/, "").trim())
		.filter((name) => name !== "");
}

export function fieldKey(canonical: string): string {
	return KEY_ALIASES[canonical] ?? canonical;
}

export function mergeFields(
	inline: readonly InlineField[],
	emoji: readonly EmojiField[],
	config: PlanConfig,
	problems: Problem[],
): Record<string, string> {
	const out: Record<string, string> = {};
	const put = (key: string, value: string, line: number): void => {
		const v = normalizeValue(key, value.trim(), config);
		if (v === null) {
			problems.push({ line, code: "field-date", args: { key, value } });
			out[key] = value.trim();
		} else out[key] = v;
	};
	for (const f of inline) {
		const key = fieldKey(f.canonicalKey);
		if (!(key in out)) put(key, f.value, f.line);
	}
	// Tasks emoji are the source of truth for dates and priority when both are written.
	for (const e of emoji) put(e.kind, e.value, e.line);
	return out;
}

/** The value in canonical form; null when a date field holds no date. */
function normalizeValue(key: string, value: string, config: PlanConfig): string | null {
	if (DATE_KEYS.has(key)) return value === "" ? "" : toIsoDate(value);
	if (key === "priority") return PRIORITIES[value.toLowerCase()] ?? value;
	// Several owners (`王芳, 李娜`, `王芳、李娜`, `[[王芳]], @李娜`) become one list, each as a plain name.
	if (key === "owner") return ownerNames(value).join(", ");
	if (key === "market") {
		return value
			.split(/[,，、]/)
			.map((m) => m.trim())
			.filter((m) => m !== "")
			.map((m) => classifyMarket(m, config.marketTypes).market.code)
			.join(", ");
	}
	return value;
}
