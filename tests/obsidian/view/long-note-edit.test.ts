// @vitest-environment happy-dom
/**
 * Ticking a task (or giving one a dimension) parses its note to find the line: on a note of thousands
 * of tasks that is longer than a frame, so the look runs in slices (line-edit.ts), and the write,
 * which must answer at once, reuses it when the note is still what was looked at.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_CONFIG, dimensionMatcher, indexNote } from "../../../src/core/index.js";
import { settingsFrom } from "../../../src/obsidian/settings/settings.js";
import { giveTaskDimension } from "../../../src/obsidian/view/give-dimension.js";
import { toggleItem } from "../../../src/obsidian/view/toggle-item.js";
import { loadPlugin, text } from "../support/harness.js";

const PATH = "Plans/big.md";
const TODAY = "2026-12-04";

function longNote(tasks: number): string {
	const out = ["---", "intl-plan: 1", "company: Acme", "---", ""];
	for (let i = 0; i < tasks; i++) {
		if (i % 50 === 0) out.push("", `## Workstream ${i / 50} #intl/marketing`, "");
		out.push(`- [ ] Task ${i} for the [[Partner ${i % 7}]] rollout [owner:: 王芳] 📅 2027-01-1${i % 9}`);
	}
	out.push("", "## Loose ends", "", "- [ ] Untagged follow-up");
	return out.join("\n") + "\n";
}

/** Counts timer callbacks (the app's turns) until stopped. */
function countTurns(): { turns: () => number; stop: () => void } {
	let turns = 0;
	let on = true;
	const tick = (): void => {
		if (!on) return;
		turns++;
		setTimeout(tick, 0);
	};
	setTimeout(tick, 0);
	return { turns: () => turns, stop: () => void (on = false) };
}

const settings = { ...settingsFrom({}), doneDate: true, doneBy: "" };

afterEach(() => {
	vi.restoreAllMocks();
});

describe("editing one line of a long note from a view", () => {
	it("should tick a task deep in a note of thousands, giving the app turns while the note is looked at, and change one line", async () => {
		const note = longNote(3000);
		const h = await loadPlugin({ [PATH]: note });
		const item = indexNote(PATH, note, dimensionMatcher(DEFAULT_CONFIG), DEFAULT_CONFIG)?.items.find((i) => i.text === "Task 2900 for the [[Partner 2]] rollout");
		expect(item).toBeDefined();
		if (!item) return;
		const counter = countTurns();
		const outcome = await toggleItem(h.app, settings, item, TODAY);
		counter.stop();
		expect(outcome).toEqual({ ok: true, done: true, keptNested: false });
		expect(counter.turns()).toBeGreaterThanOrEqual(3);
		const after = await text(h.app, PATH);
		expect(after).toBe(note.replace("- [ ] Task 2900 for the [[Partner 2]] rollout [owner:: 王芳] 📅 2027-01-12", "- [x] Task 2900 for the [[Partner 2]] rollout [owner:: 王芳] 📅 2027-01-12 ✅ 2026-12-04"));
	});

	it("should look again at the note the write is made to when it changed after the look, and refuse rather than guess", async () => {
		const note = longNote(600);
		const h = await loadPlugin({ [PATH]: note });
		const item = indexNote(PATH, note, dimensionMatcher(DEFAULT_CONFIG), DEFAULT_CONFIG)?.items.find((i) => i.text === "Task 500 for the [[Partner 3]] rollout");
		if (!item) throw new Error("no item");
		// Someone inserts a line at the top between the look and the write (Sync, another pane).
		const moved = "New first line\n" + note;
		const process = h.app.vault.process.bind(h.app.vault);
		vi.spyOn(h.app.vault, "process").mockImplementation((f, fn, options) => process(f, () => fn(moved), options));
		const outcome = await toggleItem(h.app, settings, item, TODAY);
		expect(outcome.ok).toBe(false);
		expect(await text(h.app, PATH)).toBe(moved);
	});

	it("should give a task of the unsorted tray a dimension in a long note, one line changed", async () => {
		const note = longNote(3000);
		const h = await loadPlugin({ [PATH]: note });
		const task = indexNote(PATH, note, dimensionMatcher(DEFAULT_CONFIG), DEFAULT_CONFIG)?.unsorted.find((t) => t.text === "Untagged follow-up");
		if (!task) throw new Error("no task");
		const counter = countTurns();
		const outcome = await giveTaskDimension(h.app, DEFAULT_CONFIG, task, "compliance");
		counter.stop();
		expect(outcome.ok).toBe(true);
		expect(counter.turns()).toBeGreaterThanOrEqual(3);
		expect(await text(h.app, PATH)).toBe(note.replace("- [ ] Untagged follow-up", "- [ ] Untagged follow-up #intl/compliance"));
	});
});
