import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, dimensionTag, giveDimension, indexVault, replaceLine, unsortedIn, withDefaults, type VaultFile } from "../../../src/core/plan/index.js";

const PLAN = "---\nintl-plan: 1\ncompany: Acme\n---\n## 营销协同\n- [ ] 做广告\n\n## 下一步\n- [ ] 订会议室 @赵敏\n- plain bullet, prose\n";
const vault = (files: Record<string, string>): VaultFile[] => Object.entries(files).map(([path, text]) => ({ path, text }));

describe("The unsorted tray: a plan's tasks that get no dimension", () => {
	it("should list a task under a heading that names no dimension, with its owner, and not a plain bullet", () => {
		const index = indexVault(vault({ "P/Acme.md": PLAN }));
		expect(index.items.map((i) => i.text)).toEqual(["做广告"]);
		expect(index.unsorted).toEqual([
			{ path: "P/Acme.md", line: 9, kind: "task", status: "open", statusChar: " ", text: "订会议室", fields: { owner: "赵敏" }, tags: [], blockId: null, parentLine: null, plan: "P/Acme.md" },
		]);
	});

	it("should report each note's count as a problem at its first such task", () => {
		const index = indexVault(vault({ "P/Acme.md": PLAN, "P/minutes.md": "# 周会\n\n- [x] 发纪要\n- [ ] 约客户 #客户\n" }));
		expect(index.problems).toEqual([
			{ path: "P/Acme.md", line: 9, code: "tasks-no-dimension", args: { count: "1", plan: "Acme" } },
			{ path: "P/minutes.md", line: 3, code: "tasks-no-dimension", args: { count: "2", plan: "Acme" } },
		]);
	});

	it("should read a note in a plan's folder that names nothing, however deep, and from a one-shot iterator with reread", () => {
		const files = { "P/Acme.md": PLAN, "P/sub/deep/todo.md": "- [ ] 续签仓库合同\n", "Elsewhere/todo.md": "- [ ] 买牛奶\n" };
		const arrayIndex = indexVault(vault(files));
		expect(arrayIndex.unsorted.map((u) => [u.path, u.text])).toEqual([
			["P/Acme.md", "订会议室"],
			["P/sub/deep/todo.md", "续签仓库合同"],
		]);
		// A generator cannot be walked twice: without a way to read again, indexVault says so rather than drop tasks.
		const oneShot = function* (): Generator<VaultFile> {
			yield* vault(files);
		};
		expect(() => indexVault(oneShot())).toThrow(/reread/);
		const reread = (path: string): string | null => files[path as keyof typeof files] ?? null;
		expect(indexVault(oneShot(), { reread })).toEqual(arrayIndex);
	});

	it("should leave a note in no plan alone: its tasks are nobody's tray, and no problem", () => {
		const index = indexVault(vault({ "Daily/2026-12-01.md": "## 营销\n- [ ] ad\n\n## Errands\n- [ ] milk\n" }));
		expect(index.items.map((i) => i.text)).toEqual(["ad"]);
		expect(index.unsorted).toEqual([]);
		expect(index.problems).toEqual([]);
	});

	it("should take a note's tasks into the plan its `plan` link names, even when nothing in it names a dimension", () => {
		const index = indexVault(vault({ "P/Acme.md": PLAN, "Inbox/call.md": '---\nplan: "[[Acme]]"\n---\n- [ ] call back\n' }));
		expect(index.unsorted.map((u) => [u.path, u.plan])).toEqual([
			["Inbox/call.md", "P/Acme.md"],
			["P/Acme.md", "P/Acme.md"],
		]);
	});

	it("should not report a date it cannot read on a task with no dimension, only that it has none", () => {
		const index = indexVault(vault({ "P/Acme.md": PLAN.replace("订会议室", "订会议室 📅 2026-13-45") }));
		expect(index.problems.map((p) => p.code)).toEqual(["tasks-no-dimension"]);
	});

	it("should scope the tray as quadrants are scoped", () => {
		const index = indexVault(vault({ "P/Acme.md": PLAN, "Q/Beta.md": PLAN.replace("Acme", "Beta") }));
		expect(unsortedIn(index, { plan: "Q/Beta.md" }).map((u) => u.path)).toEqual(["Q/Beta.md"]);
		expect(unsortedIn(index, "all")).toHaveLength(2);
		expect(unsortedIn(index, "unassigned")).toEqual([]);
	});
});

describe("Giving an unsorted task a dimension", () => {
	const shown = (text: string, line: number) => {
		const task = indexVault(vault({ "P/Acme.md": text })).unsorted.find((u) => u.line === line);
		return { line, blockId: task?.blockId ?? null, text: task?.text ?? "" };
	};
	const give = (text: string, line: number, dimension: "strategy" | "technology" | "marketing" | "compliance", config = DEFAULT_CONFIG): string => {
		const r = giveDimension(text, shown(text, line), dimension, config);
		if (!r.ok) throw new Error(r.reason);
		return replaceLine(text, r.line, r.before, r.after) ?? "";
	};

	it("should add the dimension's tag at the end of what the line says, every other byte as it was, and move it to its quadrant", () => {
		const out = give(PLAN, 9, "strategy");
		expect(out).toBe(PLAN.replace("- [ ] 订会议室 @赵敏\n", "- [ ] 订会议室 @赵敏 #intl/strategy\n"));
		const index = indexVault(vault({ "P/Acme.md": out }));
		expect(index.unsorted).toEqual([]);
		expect(index.items.find((i) => i.line === 9)).toMatchObject({ dimension: "strategy", text: "订会议室", fields: { owner: "赵敏" } });
	});

	it("should put the tag before a block id, and keep the line's own ending and trailing white space", () => {
		const note = "---\nintl-plan: 1\n---\r\n- [ ] a task 📅 2026-12-01 ^t1\r\n- [ ] another  \r\n";
		expect(give(note, 4, "compliance")).toBe(note.replace("📅 2026-12-01 ^t1", "📅 2026-12-01 #intl/compliance ^t1"));
		expect(give(note, 5, "technology")).toBe(note.replace("- [ ] another  \r\n", "- [ ] another #intl/technology  \r\n"));
	});

	it("should refuse when the line no longer holds the task shown, or is not a task", () => {
		const s = shown(PLAN, 9);
		expect(giveDimension(PLAN.replace("订会议室", "订酒店"), s, "strategy", DEFAULT_CONFIG)).toEqual({ ok: false, reason: "changed" });
		expect(giveDimension(PLAN, { ...s, line: 10 }, "strategy", DEFAULT_CONFIG)).toEqual({ ok: false, reason: "not-a-task" });
		expect(giveDimension(PLAN, { ...s, line: 2 }, "strategy", DEFAULT_CONFIG)).toEqual({ ok: false, reason: "missing" });
	});

	it("should refuse rather than write a tag the note would not read as the dimension (a line ending in an open comment)", () => {
		const note = "---\nintl-plan: 1\n---\n- [ ] call back %%private\n";
		expect(giveDimension(note, shown(note, 4), "strategy", DEFAULT_CONFIG)).toEqual({ ok: false, reason: "changed" });
	});

	it("should use the settings' tags: the first prefix and name that read back as the dimension, else an alias", () => {
		expect(dimensionTag(DEFAULT_CONFIG, "compliance")).toBe("intl/compliance");
		const chinese = withDefaults({ tagPrefixes: ["国际化"], tagNames: { strategy: ["战略 决策", "战略决策"] } });
		expect(dimensionTag(chinese, "strategy")).toBe("国际化/战略决策");
		const aliasOnly = withDefaults({ tagPrefixes: [], tagAliases: { marketing: ["出海/营销"] } });
		expect(dimensionTag(aliasOnly, "marketing")).toBe("出海/营销");
		expect(dimensionTag(aliasOnly, "strategy")).toBeNull();
		expect(giveDimension(PLAN, shown(PLAN, 9), "strategy", aliasOnly)).toEqual({ ok: false, reason: "no-tag" });
	});
});

describe("Giving a dimension, on arbitrary notes", () => {
	const line = fc
		.tuple(
			fc.constantFrom("- [ ] ", "- [x] ", "  - [/] ", "> - [ ] ", "1. [ ] ", "- ", "## ", "", "```", "%%", "<!-- "),
			fc.constantFrom("task", "任务 @王芳", "a `code", "b [owner:: 李明]", "c 📅 2026-12-01", "d ^blk", "e  ", "f %%x%%", "[[Link|x]]", ""),
		)
		.map(([a, b]) => a + b);
	const note = fc.tuple(fc.array(fc.tuple(line, fc.constantFrom("\n", "\r\n")), { minLength: 1, maxLength: 12 })).map(([lines]) => "---\nintl-plan: 1\n---\n" + lines.map(([l, e]) => l + e).join(""));

	it("should change only the task's line, and leave it in the dimension, or refuse and change nothing", () => {
		fc.assert(
			fc.property(note, fc.constantFrom<"strategy" | "technology" | "marketing" | "compliance">("strategy", "technology", "marketing", "compliance"), (text, dimension) => {
				const before = indexVault([{ path: "P/A.md", text }]);
				for (const task of before.unsorted) {
					const r = giveDimension(text, task, dimension, DEFAULT_CONFIG);
					if (!r.ok) continue;
					const out = replaceLine(text, r.line, r.before, r.after);
					expect(out).not.toBeNull();
					const a = text.split("\n");
					const b = (out ?? "").split("\n");
					expect(b.length).toBe(a.length);
					expect(b.filter((l, i) => l !== a[i]).length).toBe(1);
					const after = indexVault([{ path: "P/A.md", text: out ?? "" }]);
					expect(after.items.find((i) => i.line === task.line)?.dimension).toBe(dimension);
					// The rest stay unsorted, except subtasks, which follow their parent's tag into the quadrant.
					const left = new Set(after.unsorted.map((u) => u.line));
					for (const u of before.unsorted) {
						if (left.has(u.line)) continue;
						expect(after.items.find((i) => i.line === u.line)).toMatchObject({ dimension });
						expect(u.line === task.line || u.parentLine !== null).toBe(true);
					}
					expect([...left].every((l) => before.unsorted.some((u) => u.line === l))).toBe(true);
				}
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 200) },
		);
	}, 120_000);
});
