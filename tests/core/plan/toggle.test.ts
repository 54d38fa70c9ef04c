import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, indexVault, replaceLine, toggleTask, type ToggleOptions } from "../../../src/core/plan/index.js";

const options: ToggleOptions = { today: "2026-11-25", doneDate: true, doneBy: null, config: DEFAULT_CONFIG };
const NOTE = "## 风险合规 Compliance\n\n- [ ] 注册商标 [owner:: 李明] 📅 2026-12-01 ^ck-compliance-trademark\n- [x] Done already ✅ 2026-11-01\n- [/] Halfway #intl/risk\n";
const shownAt = (text: string, line: number) => {
	const item = indexVault([{ path: "n.md", text }]).items.find((i) => i.line === line);
	return { line, blockId: item?.blockId ?? null, text: item?.text ?? "" };
};

function tick(text: string, line: number, opts: ToggleOptions = options): string {
	const r = toggleTask(text, shownAt(text, line), opts);
	if (!r.ok) throw new Error(r.reason);
	return replaceLine(text, r.line, r.before, r.after) ?? "";
}

describe("ticking a task from a view", () => {
	it("should mark it done with the Tasks done date before the block id, touching no other byte", () => {
		const out = tick(NOTE, 3);
		expect(out).toBe(NOTE.replace("- [ ] 注册商标 [owner:: 李明] 📅 2026-12-01 ^ck", "- [x] 注册商标 [owner:: 李明] 📅 2026-12-01 ✅ 2026-11-25 ^ck"));
	});

	it("should reopen a done task and take its done date away", () => {
		expect(tick(NOTE, 4)).toBe(NOTE.replace("- [x] Done already ✅ 2026-11-01", "- [ ] Done already"));
	});

	it("should finish an in-progress task", () => {
		expect(tick(NOTE, 5)).toContain("- [x] Halfway #intl/risk ✅ 2026-11-25\n");
	});

	it("should record who ticked it when asked, and take that back on reopening", () => {
		const out = tick(NOTE, 3, { ...options, doneBy: "王芳" });
		expect(out).toContain("📅 2026-12-01 [done-by:: 王芳] ✅ 2026-11-25 ^ck-compliance-trademark");
		expect(tick(out, 3)).toBe(NOTE);
	});

	it("should tick a task whose owners are `@name`s at its end, as the view shows it (without them)", () => {
		const note = "## 营销协同\n- [ ] 做广告 @王芳 @李娜\n- [ ] 写文案 [owner:: 张伟] @王芳\n";
		expect(shownAt(note, 2).text).toBe("做广告");
		expect(tick(note, 2)).toBe(note.replace("- [ ] 做广告 @王芳 @李娜", "- [x] 做广告 @王芳 @李娜 ✅ 2026-11-25"));
		// An owner field wins: the mention stays text, and the line is still found by it.
		expect(shownAt(note, 3).text).toBe("写文案 @王芳");
		expect(tick(note, 3)).toContain("- [x] 写文案 [owner:: 张伟] @王芳 ✅ 2026-11-25\n");
	});

	it("should leave the done date out when the setting says so", () => {
		expect(tick(NOTE, 3, { ...options, doneDate: false })).toContain("- [x] 注册商标 [owner:: 李明] 📅 2026-12-01 ^ck");
	});

	it("should keep CRLF endings and the BOM", () => {
		const crlf = "\uFEFF" + NOTE.replace(/\n/g, "\r\n");
		const out = tick(crlf, 3);
		expect(out.startsWith("\uFEFF## ")).toBe(true);
		expect(out.replace(/\r\n/g, "")).not.toContain("\n");
		expect(out.length).toBe(crlf.length + " ✅ 2026-11-25".length);
	});

	it("should refuse a line that no longer holds the item shown (by block id first, then text)", () => {
		const shown = shownAt(NOTE, 3);
		const moved = "- [ ] new first line\n" + NOTE;
		expect(toggleTask(moved, shown, options)).toEqual({ ok: false, reason: "missing" });
		const reworded = NOTE.replace("^ck-compliance-trademark", "^ck-other");
		expect(toggleTask(reworded, shown, options)).toEqual({ ok: false, reason: "changed" });
		const shownText = shownAt(NOTE, 5);
		expect(toggleTask(NOTE.replace("Halfway", "Half done"), shownText, options)).toEqual({ ok: false, reason: "changed" });
	});

	it("should refuse to replace a line that changed between reading and writing", () => {
		const r = toggleTask(NOTE, shownAt(NOTE, 3), options);
		expect(r.ok && replaceLine(NOTE.replace("注册商标", "注册商标!"), r.line, r.before, r.after)).toBeNull();
	});

	it("should tick and untick back to the very same line (property)", () => {
		const part = fc.constantFrom("Ship it", "发货", "[owner:: 李明]", "(due:: 2026-12-01)", "#intl/tech", "📅 2026-12-01", "⏫", "`code`", "[[Link]]");
		const line = fc.tuple(fc.array(part, { minLength: 1, maxLength: 5 }), fc.option(fc.constantFrom("^ck-a", "^x1")), fc.constantFrom("\n", "\r\n"))
			.map(([parts, id, eol]) => `## Technology${eol}- [ ] ${parts.join(" ")}${id ? ` ${id}` : ""}${eol}`);
		fc.assert(
			fc.property(line, fc.option(fc.constantFrom("Ann", "王芳"), { nil: null }), (text, doneBy) => {
				const shown = shownAt(text, 2);
				if (shown.text === "") return; // no dimension item there (e.g. only a tag); nothing shown to tick
				const once = tick(text, 2, { ...options, doneBy });
				expect(once).toContain("- [x] ");
				expect(tick(once, 2, { ...options, doneBy })).toBe(text);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 200) },
		);
	});
});
