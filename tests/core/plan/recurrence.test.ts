import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyToggle, DEFAULT_CONFIG, indexVault, nextOccurrence, replaceLine, toggleTask, type ToggleOptions } from "../../../src/core/plan/index.js";

const due = (d: string) => ({ start: null, scheduled: null, due: d });

describe("The next occurrence of a recurring task, as the Tasks plugin computes it", () => {
	it("should follow the Tasks documentation's examples", () => {
		// Tasks' docs: "take out the trash 🔁 every Sunday 📅 2021-04-25", done on Saturday the 24th → 2021-05-02.
		expect(nextOccurrence("every Sunday", due("2021-04-25"), "2021-04-24")).toEqual(due("2021-05-02"));
		expect(nextOccurrence("every week", due("2026-12-01"), "2026-12-03")).toEqual(due("2026-12-08"));
		expect(nextOccurrence("every 2 weeks", due("2026-12-01"), "2026-12-03")).toEqual(due("2026-12-15"));
		expect(nextOccurrence("every 3 days", due("2026-12-30"), "2026-12-03")).toEqual(due("2027-01-02"));
		// Friday → Monday.
		expect(nextOccurrence("every weekday", due("2026-12-04"), "2026-12-04")).toEqual(due("2026-12-07"));
		expect(nextOccurrence("every week on Monday, Friday", due("2026-12-07"), "2026-12-07")).toEqual(due("2026-12-11"));
		expect(nextOccurrence("every month on the 1st", due("2026-12-01"), "2026-12-01")).toEqual(due("2027-01-01"));
		expect(nextOccurrence("every year", due("2026-06-30"), "2026-06-30")).toEqual(due("2027-06-30"));
	});

	it("should land a month or a year on the last day when the next one lacks the day (as Tasks does)", () => {
		expect(nextOccurrence("every month", due("2022-01-31"), "2022-01-31")).toEqual(due("2022-02-28"));
		expect(nextOccurrence("every month", due("2024-01-31"), "2024-01-31")).toEqual(due("2024-02-29"));
		expect(nextOccurrence("every 3 months", due("2026-11-30"), "2026-11-30")).toEqual(due("2027-02-28"));
		expect(nextOccurrence("every year", due("2024-02-29"), "2024-02-29")).toEqual(due("2025-02-28"));
		// A rule that names the day keeps it: months without a 31st are skipped, as rrule and Tasks do.
		expect(nextOccurrence("every month on the 31st", due("2026-01-31"), "2026-01-31")).toEqual(due("2026-03-31"));
	});

	it("should count from the day it was done for `when done`, and from today for a task with no date", () => {
		expect(nextOccurrence("every week when done", due("2026-11-01"), "2026-12-03")).toEqual(due("2026-12-10"));
		expect(nextOccurrence("every 2 days when done", { start: "2026-10-30", scheduled: null, due: "2026-11-01" }, "2026-12-03")).toEqual({
			start: "2026-12-03",
			scheduled: null,
			due: "2026-12-05",
		});
		expect(nextOccurrence("every week", { start: null, scheduled: null, due: null }, "2026-12-03")).toEqual({ start: null, scheduled: null, due: null });
	});

	it("should keep every date's distance to the reference date (due, else scheduled, else start)", () => {
		expect(nextOccurrence("every month", { start: "2026-11-24", scheduled: "2026-11-28", due: "2026-12-01" }, "2026-12-01")).toEqual({
			start: "2026-12-25",
			scheduled: "2026-12-29",
			due: "2027-01-01",
		});
		expect(nextOccurrence("every week", { start: "2026-12-01", scheduled: "2026-12-03", due: null }, "2026-12-01")).toEqual({ start: "2026-12-08", scheduled: "2026-12-10", due: null });
	});

	it("should not depend on the machine's time zone", () => {
		// The dates are calendar days; rrule and this code count in UTC. (This suite runs in the machine's zone.)
		expect(nextOccurrence("every month", due("2026-03-31"), "2026-03-31")).toEqual(due("2026-04-30"));
		expect(nextOccurrence("every day", due("2026-03-28"), "2026-03-28")).toEqual(due("2026-03-29"));
	});

	it("should keep a year before 100 as written (Date.UTC would read 0050 as 1950)", () => {
		expect(nextOccurrence("every month", due("0050-01-31"), "2026-03-31")).toEqual(due("0050-02-28"));
		expect(nextOccurrence("every week", due("0099-12-28"), "2026-03-31")).toEqual(due("0100-01-04"));
	});

	it("should read no rule it cannot read", () => {
		for (const rule of ["every blue moon", "", "weekly", "every", "每周"]) expect(nextOccurrence(rule, due("2026-12-01"), "2026-12-03")).toBeNull();
	});
});

describe("Ticking a recurring task from a view", () => {
	const options: ToggleOptions = { today: "2026-12-03", doneDate: true, doneBy: null, config: DEFAULT_CONFIG };
	const tick = (text: string, line: number, opts = options): string => {
		const item = indexVault([{ path: "n.md", text }]).items.find((i) => i.line === line);
		const r = toggleTask(text, { line, blockId: item?.blockId ?? null, text: item?.text ?? "" }, opts);
		if (!r.ok) throw new Error(r.reason);
		return applyToggle(text, r) ?? "";
	};

	/** The task on line 2 as indexed, ticked from a view, and the note after; null when line 2 holds no item. */
	const tickSecondLine = (text: string) => {
		const before = indexVault([{ path: "n.md", text }]).items.find((i) => i.line === 2);
		if (!before) return null;
		const r = toggleTask(text, { line: 2, blockId: before.blockId, text: before.text }, options);
		if (!r.ok) throw new Error(r.reason);
		return { before, r, out: applyToggle(text, r) ?? "" };
	};

	it("should write the next occurrence above the done task, as Tasks does, every other line untouched", () => {
		const note = "## 营销协同\n\n- [ ] 周报 [owner:: 黄蕾] 🔁 every week 🛫 2026-11-28 📅 2026-12-01 ^weekly\n- [ ] other #intl/risk\n";
		expect(tick(note, 3)).toBe(
			"## 营销协同\n\n- [ ] 周报 [owner:: 黄蕾] 🔁 every week 🛫 2026-12-05 📅 2026-12-08\n- [x] 周报 [owner:: 黄蕾] 🔁 every week 🛫 2026-11-28 📅 2026-12-01 ✅ 2026-12-03 ^weekly\n- [ ] other #intl/risk\n",
		);
	});

	it("should keep the line's indentation and ending, and drop done, cancelled and created marks from the new one", () => {
		const note = "## Strategy\r\n- parent #intl/strategy\r\n    - [/] review ➕ 2026-11-01 🔁 every month ⏳ 2026-11-30 [done-by:: x]\r\n";
		expect(tick(note, 3)).toBe(
			"## Strategy\r\n- parent #intl/strategy\r\n    - [ ] review 🔁 every month ⏳ 2026-12-30\r\n    - [x] review ➕ 2026-11-01 🔁 every month ⏳ 2026-11-30 [done-by:: x] ✅ 2026-12-03\r\n",
		);
	});

	it("should give a last line without an ending the note's own ending", () => {
		expect(tick("## Strategy\r\n- [ ] call 🔁 every day 📅 2026-12-03", 2)).toBe("## Strategy\r\n- [ ] call 🔁 every day 📅 2026-12-04\r\n- [x] call 🔁 every day 📅 2026-12-03 ✅ 2026-12-03");
	});

	it("should add nothing when reopening, or when the rule cannot be read", () => {
		const done = "## Strategy\n- [x] call 🔁 every week 📅 2026-12-03 ✅ 2026-12-03\n";
		expect(tick(done, 2)).toBe("## Strategy\n- [ ] call 🔁 every week 📅 2026-12-03\n");
		const odd = "## Strategy\n- [ ] call 🔁 every blue moon 📅 2026-12-03\n";
		expect(tick(odd, 2)).toBe("## Strategy\n- [x] call 🔁 every blue moon 📅 2026-12-03 ✅ 2026-12-03\n");
	});

	it("should leave the task's id and dependencies with the done one, as Tasks does (no two tasks share an id)", () => {
		const note = "## Strategy\n- [ ] weekly review 🆔 rev ⛔ prep,data 🔁 every week 📅 2026-12-03\n";
		expect(tick(note, 2)).toBe("## Strategy\n- [ ] weekly review 🔁 every week 📅 2026-12-10\n- [x] weekly review 🆔 rev ⛔ prep,data 🔁 every week 📅 2026-12-03 ✅ 2026-12-03\n");
	});

	it("should follow Tasks' \"on completion: delete\" example: the done task taken out, a recurring one's next occurrence in its place", () => {
		// The example of Tasks' "On Completion" page (no done date, as that page assumes).
		const note = "# My Project Tasks\n- [ ] Leave me alone #intl/strategy\n- [ ] Leave me alone too! #intl/strategy 🏁 keep\n- [ ] Delete me upon completion #intl/strategy 🏁 delete\n- [ ] Delete my completed instance, leave my next instance #intl/strategy 📅 2021-05-20 🔁 every day when done 🏁 delete\n";
		const noDate = { ...options, today: "2021-05-20", doneDate: false };
		let out = note;
		for (const line of [5, 4, 3, 2]) out = tick(out, line, noDate);
		expect(out).toBe("# My Project Tasks\n- [x] Leave me alone #intl/strategy\n- [x] Leave me alone too! #intl/strategy 🏁 keep\n- [ ] Delete my completed instance, leave my next instance #intl/strategy 📅 2021-05-21 🔁 every day when done 🏁 delete\n");
	});

	it("should take out only the line and its own ending, whatever the endings, and read Dataview's [onCompletion:: delete] too", () => {
		expect(tick("\uFEFF## Strategy\r\n- [ ] once 🏁 delete\r\n\r\nafter", 2)).toBe("\uFEFF## Strategy\r\n\r\nafter");
		// A line right under it, not indented, continues its paragraph (lazily): it is the task's, so it stays.
		expect(tick("## Strategy\n- [ ] once 🏁 delete\nafter", 2)).toBe("## Strategy\n- [x] once 🏁 delete ✅ 2026-12-03\nafter");
		expect(tick("## Strategy\r\n- [ ] once 🏁 DELETE", 2)).toBe("## Strategy");
		expect(tick("- [ ] once #intl/risk 🏁 delete", 1)).toBe("");
		expect(tick("## Strategy\n- [ ] once [onCompletion:: delete]\n- [ ] next\n", 2)).toBe("## Strategy\n- [ ] next\n");
	});

	it("should keep a task with nested lines done instead of taking it out, and say so (Tasks would break them into a code block)", () => {
		const note = "## Strategy\n- [ ] launch 🏁 delete\n    - [ ] a nested task\n    - a nested note\n";
		const item = indexVault([{ path: "n.md", text: note }]).items.find((i) => i.line === 2);
		const r = toggleTask(note, { line: 2, blockId: null, text: item?.text ?? "" }, options);
		expect(r).toMatchObject({ ok: true, removed: false, keptNested: true });
		expect(tick(note, 2)).toBe("## Strategy\n- [x] launch 🏁 delete ✅ 2026-12-03\n    - [ ] a nested task\n    - a nested note\n");
	});

	it("should take nothing out when reopening a done task marked 🏁 delete", () => {
		expect(tick("## Strategy\n- [x] once 🏁 delete ✅ 2026-12-01\n", 2)).toBe("## Strategy\n- [ ] once 🏁 delete\n");
	});

	it("should, for a task marked 🏁 delete, change nothing but its own line (property)", () => {
		const part = fc.constantFrom("Ship it", "发货", "[owner:: 李明]", "🔁 every week", "🔁 every month when done", "📅 2026-12-01", "🆔 a1", "⛔ a2", "⏫", "🏁 delete", "🏁 keep");
		const note = fc
			.tuple(fc.constantFrom("", "\uFEFF"), fc.constantFrom("", "  "), fc.array(part, { minLength: 1, maxLength: 6 }), fc.constantFrom("\n", "\r\n", "\r"), fc.constantFrom("", "after", "    - child", "  - [ ] sub"))
			.map(([bom, indent, parts, eol, rest]) => `${bom}## Technology${eol}${indent}- [ ] ${parts.join(" ")}${rest ? `${eol}${indent}${rest}` : ""}`);
		fc.assert(
			fc.property(note, (text) => {
				const ticked = tickSecondLine(text);
				if (!ticked) return;
				const { r, out } = ticked;
				const lines = (t: string) => t.split(/\r\n|\r|\n/);
				if (!r.removed) return void expect(lines(out).length).toBe(lines(text).length + (r.next === null ? 0 : 1));
				// Taken out: the other lines as they were; the next occurrence, if any, where the task was.
				const kept = lines(text).filter((_, i) => i !== 1);
				expect(lines(out)).toEqual(r.next === null ? kept : [kept[0], r.next, ...kept.slice(1)]);
				expect(out.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
				expect(r.keptNested).toBe(false);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 300) },
		);
	});

	it("should index the new occurrence as its own open task in the same quadrant", () => {
		const out = tick("## 风险合规\n- [ ] VAT filing 🔁 every month 📅 2026-12-10\n", 2);
		expect(indexVault([{ path: "n.md", text: out }]).items.map((i) => [i.line, i.dimension, i.status, i.fields.due])).toEqual([
			[2, "compliance", "open", "2027-01-10"],
			[3, "compliance", "done", "2026-12-10"],
		]);
	});

	it("should change only the ticked line and add one line above it, an open task of the same quadrant and text (property)", () => {
		const part = fc.constantFrom("Ship it", "发货", "[owner:: 李明]", "#intl/tech", "🔁 every week", "🔁 every month when done", "🔁 every weekday", "🛫 2026-11-01", "⏳ 2026-11-02", "📅 2026-12-01", "➕ 2026-10-01", "⏫", "[[Link]]");
		const note = fc
			.tuple(fc.constantFrom("", "  ", "> "), fc.array(part, { minLength: 1, maxLength: 6 }), fc.option(fc.constantFrom("^ck-a", "^x1")), fc.constantFrom("\n", "\r\n"), fc.constantFrom("", "after\n"))
			.map(([indent, parts, id, eol, rest]) => `## Technology${eol}${indent}- [ ] ${parts.join(" ")}${id ? ` ${id}` : ""}${eol}${rest}`);
		fc.assert(
			fc.property(note, (text) => {
				const ticked = tickSecondLine(text);
				if (!ticked) return;
				const { before, r, out } = ticked;
				const plain = replaceLine(text, r.line, r.before, r.after) ?? "";
				if (r.next === null) return void expect(out).toBe(plain);
				const a = plain.split("\n");
				const b = out.split("\n");
				expect(b.length).toBe(a.length + 1);
				expect([...b.slice(0, 1), ...b.slice(2)]).toEqual(a);
				const after = indexVault([{ path: "n.md", text: out }]).items;
				const fresh = after.find((i) => i.line === 2);
				expect(fresh).toMatchObject({ dimension: before.dimension, status: "open", text: before.text, blockId: null });
				expect(after.find((i) => i.line === 3)).toMatchObject({ status: "done", blockId: before.blockId });
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 200) },
		);
	});
});
