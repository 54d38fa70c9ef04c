import { describe, expect, it } from "vitest";
import { applyEdits, dedupe, dedupeAll, syncPlanText } from "../../../../src/core/checklist/index.js";
import { DEFAULT_CONFIG } from "../../../../src/core/plan/index.js";
import { frontmatter, LIB, TODAY } from "./support.js";

const HEAD = `${frontmatter({ size: "small", lang: "zh" })}## 技术赋能 Technology\n\n`;
const merged = (text: string, id?: string): string => applyEdits(text, dedupe(text, id).edits);

describe("de-duplicating a merge artefact", () => {
	const twice = `${HEAD}- [ ] 建设数据中台 [owner:: 李明] ^ck-tech-a
    - 供应商：A 公司
    - 共同的说明
- [x] 建设数据中台 [done-by:: 王芳] 📅 2026-09-01 ✅ 2026-08-30 ^ck-tech-a
    - 共同的说明
    - [ ] 子任务 [owner:: 张三]

用户的段落。
`;

	it("should keep the most advanced copy, carry the other's fields over and merge every distinct child line", () => {
		expect(dedupe(twice).merged).toEqual(["ck-tech-a"]);
		expect(merged(twice)).toBe(`${HEAD}- [x] 建设数据中台 [done-by:: 王芳] [owner:: 李明] 📅 2026-09-01 ✅ 2026-08-30 ^ck-tech-a
    - 共同的说明
    - [ ] 子任务 [owner:: 张三]
    - 供应商：A 公司

用户的段落。
`);
	});

	it("should rank done over in progress over open over cancelled", () => {
		const states = (a: string, b: string): string => `${HEAD}- [${a}] 甲 ^ck-tech-a\n- [${b}] 乙 ^ck-tech-a\n`;
		expect(merged(states("-", " "))).toBe(`${HEAD}- [ ] 乙 ^ck-tech-a\n`);
		expect(merged(states("/", " "))).toBe(`${HEAD}- [/] 甲 ^ck-tech-a\n`);
		expect(merged(states("/", "X"))).toBe(`${HEAD}- [X] 乙 ^ck-tech-a\n`);
		expect(merged(states(" ", " "))).toBe(`${HEAD}- [ ] 甲 ^ck-tech-a\n`);
	});

	it("should merge three copies, nested ones too, losing no line", () => {
		const three = `${HEAD}- [ ] 甲 ^ck-tech-a\n    - a\n    - [/] 甲 ^ck-tech-a\n        - b\n- [ ] 甲 ^ck-tech-a\n    - c\n`;
		const out = merged(three);
		expect(out).toBe(`${HEAD}- [/] 甲 ^ck-tech-a\n    - a\n    - b\n    - c\n`);
		expect(dedupe(out).edits).toEqual([]);
	});

	it("should only touch the id asked for, keep CRLF and a BOM", () => {
		const two = `\uFEFF${HEAD}- [ ] 甲 ^ck-tech-a\n- [x] 甲 ^ck-tech-a\n- [ ] 乙 ^ck-strategy-a\n- [ ] 乙 ^ck-strategy-a\n`.replace(/\n/g, "\r\n");
		expect(merged(two, "ck-tech-a")).toBe(`\uFEFF${HEAD}- [x] 甲 ^ck-tech-a\n- [ ] 乙 ^ck-strategy-a\n- [ ] 乙 ^ck-strategy-a\n`.replace(/\n/g, "\r\n"));
		expect(dedupeAll(two).merged).toEqual(["ck-strategy-a", "ck-tech-a"]);
	});

	it("should leave a note without duplicates as it is, and let sync run on the merged note", () => {
		expect(dedupe(`${HEAD}- [ ] 甲 ^ck-tech-a\n`).edits).toEqual([]);
		const result = syncPlanText(LIB, twice, TODAY, { config: DEFAULT_CONFIG, defaultLang: "zh", dedupe: true });
		expect(result.kind).toBe("synced");
		if (result.kind !== "synced") return;
		expect(result.report.deduplicated).toEqual(["ck-tech-a"]);
		expect(result.report.duplicates).toEqual([]);
		expect(result.after).toContain("- [x] 建设数据中台 [done-by:: 王芳] [owner:: 李明] 📅 2026-09-01 ✅ 2026-08-30 ^ck-tech-a\n");
	});
});
