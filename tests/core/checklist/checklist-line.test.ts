/** A checklist line is one line, whatever the library's text holds: a line break would add lines to the plan. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checklistLine, syncPlanText, wording, type LibraryItem } from "../../../src/core/checklist/index.js";
import { DEFAULT_CONFIG } from "../../../src/core/plan/index.js";

const entry = (zh: string, en: string, source = "§3.1"): LibraryItem => ({ id: "ck-a", dimension: "strategy", zh, en, condition: [], when: "always", sources: [source], line: 1 });

describe("a checklist line", () => {
	it("should put a wording with line breaks on one line", () => {
		const item = entry("第一行\n```mermaid\r第二行", "first\r\nsecond\u2028third");
		expect(wording(item, "zh")).toBe("第一行 ```mermaid 第二行");
		expect(wording(item, "both")).toBe("第一行 ```mermaid 第二行 / first second third");
		expect(checklistLine({ item, markets: ["SG\n# x"] }, "en")).toBe("- [ ] first second third [market:: SG # x] [source:: §3.1] ^ck-a");
	});

	it("should add exactly one line per item to a plan on sync, and be in step on the next sync (property)", () => {
		const part = fc.oneof(fc.constantFrom("\n", "\r\n", "\r", "\u2028", "\u0085", "\t", "```", "# ", "\u001b]0;x\u0007"), fc.string({ unit: "binary", maxLength: 6 }));
		const text = fc.array(part, { maxLength: 6 }).map((p) => p.join("")).filter((s) => /[\p{L}\p{N}]/u.test(s));
		const plan = "---\nintl-plan: 1\nlang: en\n---\n## Strategy\n\n";
		fc.assert(
			fc.property(text, text, (zh, en) => {
				const library = { items: [entry(zh, en)] };
				const options = { config: DEFAULT_CONFIG, defaultLang: "en" as const, dedupe: false };
				const first = syncPlanText(library, plan, "2026-11-25", options);
				if (first.kind !== "synced") throw new Error(first.kind);
				expect(first.after.split(/\r\n|\r|\n/)).toHaveLength(plan.split("\n").length + 1);
				const second = syncPlanText(library, first.after, "2026-11-25", options);
				if (second.kind !== "synced") throw new Error(second.kind);
				expect(second.after).toBe(first.after);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 200) },
		);
	});
});
