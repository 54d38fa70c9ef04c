import { describe, expect, it } from "vitest";
import { en, langFromLocale, messageKeys, problemMessage, t, zh, type MessageKey } from "../../../src/core/i18n/index.js";
import type { ProblemCode } from "../../../src/core/parse/index.js";

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

const PROBLEM_CODES: readonly ProblemCode[] = [
	"yaml-invalid", "yaml-not-a-map", "plan-schema", "profile-size", "profile-industry", "profile-channel", "profile-lang",
	"profile-market", "profile-date", "plan-link-unresolved", "plan-link-not-a-plan", "plan-folder-ambiguous", "field-date",
	"file-unreadable", "file-binary", "file-too-large",
];

describe("i18n: English and Chinese tables side by side", () => {
	it("should hold the same keys in both languages", () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
		expect(messageKeys).toEqual(Object.keys(en));
	});

	it("should leave no string empty", () => {
		expect(messageKeys.filter((k) => en[k].trim() === "" || zh[k].trim() === "")).toEqual([]);
	});

	it("should use the same placeholders in both languages", () => {
		const differing = messageKeys.filter((k) => placeholders(en[k]).join() !== placeholders(zh[k]).join());
		expect(differing).toEqual([]);
	});

	it("should write Chinese in the Chinese table", () => {
		expect(zh["plugin.name"]).toBe("国际化经营规划");
		expect(en["plugin.name"]).toBe("Internationalization Plan");
		expect(zh["dimension.strategy"]).toBe("战略决策");
		expect(zh["dimension.compliance"]).toBe("风险合规");
	});
});

describe("i18n: t fills placeholders", () => {
	it("should fill every placeholder given", () => {
		expect(t("en", "show.progress", { done: 3, total: 8 })).toBe("3/8 done");
		expect(t("zh", "show.progress", { done: 3, total: 8 })).toBe("已完成 3/8");
	});

	it("should leave a placeholder that has no value as written", () => {
		expect(t("en", "show.progress", { done: 3 })).toBe("3/{total} done");
	});

	it("should make words agree with their number, as English counts them", () => {
		expect(t("en", "unsorted.title", { count: 1 })).toBe("Unsorted: 1 task with no dimension");
		expect(t("en", "unsorted.title", { count: "3" })).toBe("Unsorted: 3 tasks with no dimension");
		expect(t("en", "unsorted.title", { count: 0 })).toBe("Unsorted: 0 tasks with no dimension");
		expect(t("en", "timeline.undated", { count: 1 })).toBe("1 task without a date is not on the timeline");
		expect(t("en", "summary.next.owner", { count: 1 })).toBe("Give an owner to 1 open item");
		expect(t("en", "summary.next.owner", { count: 4 })).toBe("Give owners to 4 open items");
		expect(t("zh", "unsorted.title", { count: 1 })).not.toMatch(/[{}|]/);
	});

	it("should write no \"(s)\" counters, and agree only with numbers the string is given", () => {
		expect(messageKeys.filter((k) => /\w\((?:s|es)\)/.test(en[k]))).toEqual([]);
		const agreeing = (s: string) => [...s.matchAll(/\{(\w+):[^{}|]*\|[^{}]*\}/g)].map((m) => m[1] ?? "");
		expect(messageKeys.filter((k) => agreeing(en[k]).some((name) => !placeholders(en[k]).includes(name)))).toEqual([]);
		expect(messageKeys.filter((k) => agreeing(zh[k]).length > 0)).toEqual([]);
	});

	it("should return the template when no values are given", () => {
		expect(t("zh", "status.in-progress")).toBe("进行中");
	});
});

describe("i18n: problem messages", () => {
	it.each(PROBLEM_CODES)("should have a message for %s in both languages", (code) => {
		for (const lang of ["en", "zh"] as const) {
			const args: Record<string, string> = Object.fromEntries(placeholders(t(lang, `problem.${code}`)).map((p) => [p, "X"] as const));
			const message = problemMessage({ code, args }, lang);
			expect(message).not.toMatch(/\{\w+\}/);
			expect(message.length).toBeGreaterThan(5);
		}
	});

	it("should render a problem's args", () => {
		const problem = { code: "profile-size" as const, args: { value: "巨型" } };
		expect(problemMessage(problem, "en")).toContain('"巨型"');
		expect(problemMessage(problem, "zh")).toContain("巨型");
	});
});

describe("i18n: Obsidian's language code → en or zh", () => {
	it.each([
		["zh", "zh"],
		["zh-TW", "zh"],
		["ZH-cn", "zh"],
		["en", "en"],
		["en-GB", "en"],
		["de", "en"],
		["ja", "en"],
		["", "en"],
		[null, "en"],
		[undefined, "en"],
	])("should read %j as %s", (code, lang) => {
		expect(langFromLocale(code)).toBe(lang);
	});
});

describe("channel labels", () => {
	it("should name the channel by §3.1's three paths", () => {
		expect(["platform", "independent-site", "hybrid"].map((c) => t("zh", `channel.${c}` as MessageKey))).toEqual(["平台依赖", "独立站主导", "混合模式"]);
		expect(["platform", "independent-site", "hybrid"].map((c) => t("en", `channel.${c}` as MessageKey))).toEqual(["platform-dependent", "independent-site-led", "hybrid model"]);
	});
});
