/** A small bilingual library and helpers to sync inline plans with it. */
import { applyEdits, readLibrary, reconcile, type Library } from "../../../../src/core/checklist/index.js";
import { parseNote } from "../../../../src/core/parse/index.js";
import { DEFAULT_CONFIG, readProfile, type PlanLang, type Profile } from "../../../../src/core/plan/index.js";

export const LIBRARY_TEXT = `---
intl-plan-library: 1
---
# 清单库 Library

## 战略决策 Strategy

- 用平台数据为候选市场打分 ^ck-strategy-a
    - en:: Score candidate markets with platform data
    - when:: always
    - source:: §3.1
- 先以跨境电商试水新市场 ^ck-strategy-b
    - en:: Test new markets through cross-border e-commerce first
    - when:: size = small, micro
    - source:: §3.1
- 对比进入路径 ^ck-strategy-c
    - en:: Compare entry paths
    - when:: always
    - source:: §3.1, §4.1

## 技术赋能 Technology

- 建设数据中台 ^ck-tech-a
    - en:: Build a data platform
    - when:: always
    - source:: §3.2

## 风险合规 Compliance

- 在欧盟注册商标 ^ck-comp-eu
    - en:: Register the trademark in the EU
    - when:: market = EU
    - source:: §3.4
`;

export function lib(text = LIBRARY_TEXT): Library {
	const library = readLibrary(text, DEFAULT_CONFIG);
	if (library.problems.length > 0) throw new Error(JSON.stringify(library.problems));
	return library;
}

export const LIB = lib();

/** The library with one item's wording (zh and en) changed. */
export function reworded(id: string, zh: string, en: string, text = LIBRARY_TEXT): Library {
	const lines = text.split("\n");
	const at = lines.findIndex((l) => l.endsWith(`^${id}`));
	lines[at] = `- ${zh} ^${id}`;
	lines[at + 1] = `    - en:: ${en}`;
	return lib(lines.join("\n"));
}

/** The library without one item. */
export function without(id: string, text = LIBRARY_TEXT): Library {
	const lines = text.split("\n");
	const at = lines.findIndex((l) => l.endsWith(`^${id}`));
	lines.splice(at, 4);
	return lib(lines.join("\n"));
}

export function profileOf(text: string): Profile {
	const fm = parseNote(text).frontmatter;
	if (!fm) throw new Error("no frontmatter");
	return readProfile(fm, DEFAULT_CONFIG).profile;
}

export const TODAY = "2026-05-01";

export function run(text: string, library: Library = LIB, options: { profile?: Profile; defaultLang?: PlanLang } = {}) {
	const result = reconcile(library, text, options.profile ?? profileOf(text), TODAY, { config: DEFAULT_CONFIG, defaultLang: options.defaultLang ?? "en" });
	return { ...result, text: applyEdits(text, result.edits) };
}

export function frontmatter(fields: Record<string, string>): string {
	return ["---", "intl-plan: 1", ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), "---"].join("\n") + "\n";
}

/** The library text with only these items. */
export function onlyText(...ids: string[]): string {
	let text = LIBRARY_TEXT;
	for (const item of LIB.items) if (!ids.includes(item.id)) text = text.split("\n").filter((_, i, all) => !sameItem(all, i, item.id)).join("\n");
	return text;
}

export const only = (...ids: string[]): Library => lib(onlyText(...ids));

function sameItem(lines: readonly string[], i: number, id: string): boolean {
	const at = lines.findIndex((l) => l.endsWith(`^${id}`));
	return at !== -1 && i >= at && i < at + 4;
}
