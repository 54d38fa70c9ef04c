/**
 * Tasks-plugin emoji fields. Like that plugin, they are read from the END of the line backwards:
 * a field followed by more description is description. Trailing tags, a block id and bracketed
 * inline fields may sit between fields (users mix Dataview fields with Tasks emoji).
 */
import type { EmojiField, Priority, TaskDateKind } from "./types.js";

const VS16 = "\uFE0F?";
const DATE_EMOJI: Readonly<Record<string, TaskDateKind>> = {
	"📅": "due",
	"📆": "due",
	"🗓": "due",
	"⏳": "scheduled",
	"⌛": "scheduled",
	"🛫": "start",
	"✅": "done",
	"❌": "cancelled",
	"➕": "created",
};
const PRIORITY_EMOJI: Readonly<Record<string, Priority>> = {
	"🔺": "highest",
	"⏫": "high",
	"🔼": "medium",
	"🔽": "low",
	"⏬": "lowest",
};

const DATE_FIELD = new RegExp(`(${Object.keys(DATE_EMOJI).join("|")})${VS16}\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$`, "u");
const PRIORITY_FIELD = new RegExp(`(${Object.keys(PRIORITY_EMOJI).join("|")})${VS16}\\s*$`, "u");
const OTHER_FIELDS: readonly (readonly [RegExp, "recurrence" | "id" | "dependsOn" | "onCompletion"])[] = [
	[new RegExp(`🔁${VS16}\\s*([a-zA-Z0-9, !]+?)\\s*$`, "u"), "recurrence"],
	[new RegExp(`🆔${VS16}\\s*([a-zA-Z0-9_-]+)\\s*$`, "u"), "id"],
	[new RegExp(`⛔${VS16}\\s*([a-zA-Z0-9_-]+(?:\\s*,\\s*[a-zA-Z0-9_-]+)*)\\s*$`, "u"), "dependsOn"],
	[new RegExp(`🏁${VS16}\\s*([a-zA-Z]+)\\s*$`, "u"), "onCompletion"],
];

/**
 * @param line the whole line
 * @param textFrom where the item's text starts (after marker and checkbox)
 * @param skippable column ranges at the end that may sit between fields (tags, block id, inline fields)
 */
export function scanTaskEmoji(
	line: string,
	lineNo: number,
	textFrom: number,
	skippable: readonly (readonly [number, number])[],
): EmojiField[] {
	if (!/[\u2190-\u2BFF\u{1F000}-\u{1FAFF}]/u.test(line)) return [];
	const out: EmojiField[] = [];
	let end = line.trimEnd().length;
	for (let guard = 0; guard < 64 && end > textFrom; guard++) {
		const head = line.slice(0, end);
		const skip = skippable.find(([, to]) => to === end || (to < end && head.slice(to).trim() === ""));
		if (skip && skip[0] >= textFrom) {
			end = line.slice(0, skip[0]).trimEnd().length;
			continue;
		}
		const field = matchField(head, lineNo);
		if (!field || field.from < textFrom) break;
		out.unshift(field);
		end = line.slice(0, field.from).trimEnd().length;
	}
	return out;
}

function matchField(head: string, line: number): EmojiField | null {
	const date = DATE_FIELD.exec(head);
	if (date) {
		const kind = DATE_EMOJI[date[1] ?? ""];
		if (kind) return { kind, value: date[2] ?? "", line, from: date.index, to: head.trimEnd().length };
	}
	const priority = PRIORITY_FIELD.exec(head);
	if (priority) {
		const value = PRIORITY_EMOJI[priority[1] ?? ""];
		if (value) return { kind: "priority", value, line, from: priority.index, to: head.trimEnd().length };
	}
	for (const [re, kind] of OTHER_FIELDS) {
		const m = re.exec(head);
		if (m) return { kind, value: (m[1] ?? "").trim(), line, from: m.index, to: head.trimEnd().length };
	}
	return null;
}
