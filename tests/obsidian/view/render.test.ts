// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import type { PaneType } from "obsidian";
import { quadrants, type ListedItem } from "../../../src/core/index.js";
import { splitWikilinks } from "../../../src/obsidian/view/item-text.js";
import { PAGE_SIZE, renderQuadrants, type QuadrantCallbacks } from "../../../src/obsidian/view/quadrant-render.js";
import { activeFilePath, settle, text } from "../support/harness.js";
import { exampleFiles, HENGTAI, itemRow, openView, TestSource, TODAY } from "./support.js";

const plan = (body: string): Record<string, string> => ({ "Acme/Acme plan.md": `---\nintl-plan: 1\ncompany: Acme\n---\n# Acme plan\n\n${body}` });

function draw(files: Record<string, string>, callbacks: Partial<QuadrantCallbacks> = {}): HTMLElement {
	const index = TestSource.build(files);
	const el = document.body.createDiv();
	renderQuadrants(el, { title: "Acme", profile: index.plans[0]?.profile ?? null, quadrants: quadrants(index, "all"), today: TODAY, lang: "en", layout: "grid" }, { onToggle: () => {}, onOpen: () => {}, ...callbacks });
	return el;
}

describe("item text: only [[wikilinks]] are markup", () => {
	it("should split text and links, with aliases and headings", () => {
		expect(splitWikilinks("see [[A note|the note]] and [[B#Part]] or ![[C]]")).toEqual([
			{ text: "see " }, { link: "A note", display: "the note" }, { text: " and " }, { link: "B#Part", display: "B > Part" }, { text: " or " }, { link: "C", display: "C" },
		]);
		expect(splitWikilinks("no links [here]")).toEqual([{ text: "no links [here]" }]);
	});
});

describe("plan view: untrusted note text", () => {
	const HOSTILE = [
		"<script>alert(1)</script> ship it",
		"<img src=x onerror=alert(1)> picture",
		"[click me](javascript:alert(1)) and [[javascript:alert(1)]]",
		'<a href="#" onclick="alert(1)">owner</a> onclick=alert(1)',
		"<b>bold</b> &amp; <iframe src=x></iframe>",
	];
	const note = (lines: readonly string[]): Record<string, string> => plan(`## 战略决策 Strategy\n\n${lines.map((l) => `- [ ] ${l}`).join("\n")}\n`);

	it("should render it as text and create no element from it", () => {
		// The same items with harmless text (one wikilink where the hostile one has one) draw the same elements.
		const safe = draw(note(["a", "b", "[click me](x) and [[y]]", "c", "d"]));
		const hostile = draw(note(HOSTILE));
		expect(hostile.querySelectorAll("*").length).toBe(safe.querySelectorAll("*").length);
		expect(hostile.querySelectorAll("script, img, iframe, b")).toHaveLength(0);
		for (const el of Array.from(hostile.querySelectorAll("*"))) {
			for (const attr of Array.from(el.attributes)) {
				expect(attr.name.startsWith("on"), `${el.tagName} ${attr.name}`).toBe(false);
				expect(attr.value.toLowerCase().startsWith("javascript:") && attr.name !== "data-href", `${el.tagName} ${attr.name}`).toBe(false);
			}
		}
		expect(hostile.querySelectorAll("a[href]")).toHaveLength(0);
		const texts = Array.from(hostile.querySelectorAll(".intl-plan-item-text")).map((e) => e.textContent);
		expect(texts[0]).toBe("<script>alert(1)</script> ship it");
		expect(texts[1]).toBe("<img src=x onerror=alert(1)> picture");
		expect(texts[3]).toBe('<a href="#" onclick="alert(1)">owner</a> onclick=alert(1)');
	});
});

describe("plan view: keyboard and pointer", () => {
	it("should make checkboxes and item links focusable, tick on Space and open on Enter", async () => {
		const h = await openView();
		const row = itemRow(h.el, "Institutional & cultural distance DE vs. US");
		const textEl = row.querySelector<HTMLElement>(".intl-plan-item-text");
		if (!textEl) throw new Error("no item text");
		expect(textEl.tabIndex).toBe(0);
		expect(row.querySelector("input")?.tabIndex).toBe(0);
		textEl.focus();
		expect(document.activeElement).toBe(textEl);
		const before = await text(h.app, HENGTAI);
		textEl.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true }));
		await settle();
		expect(await text(h.app, HENGTAI)).not.toBe(before);
		expect(await text(h.app, HENGTAI)).toContain("- [x] Institutional & cultural distance");
		// The index catches up and the view is drawn anew: the keyboard user keeps their place.
		h.source.reindex({ ...exampleFiles(), [HENGTAI]: await text(h.app, HENGTAI) });
		h.view.render();
		expect(textEl.isConnected).toBe(false);
		expect(document.activeElement?.textContent).toContain("Institutional & cultural distance");
		expect(document.activeElement?.classList.contains("intl-plan-item-text")).toBe(true);
		textEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
		await settle();
		expect(activeFilePath(h.app)).toBe(HENGTAI);
	});

	it("should ask Obsidian for a page preview on hover", async () => {
		const h = await openView();
		const trigger = vi.spyOn(h.app.workspace, "trigger");
		const textEl = itemRow(h.el, "Choose entry sequence").querySelector<HTMLElement>(".intl-plan-item-text");
		textEl?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		const call = trigger.mock.calls.find(([name]) => name === "hover-link");
		const info = call?.[1] as Record<string, unknown> | undefined;
		expect([info?.source, info?.linktext, info?.targetEl === textEl, info?.state]).toEqual(["intl-plan-view", HENGTAI, true, { scroll: 26 }]);
		expect(info?.event).toBeInstanceOf(MouseEvent);
		expect(info?.hoverParent === h.view).toBe(true); // line 27, counted from 0 as Obsidian scrolls
	});
});

describe("plan view: many items", () => {
	it("should draw 2,000 items a page at a time", () => {
		const tasks = Array.from({ length: 2000 }, (_, i) => `- [ ] Task ${i} [owner:: P${i % 7}] 📅 2027-01-${String((i % 28) + 1).padStart(2, "0")}`);
		const el = draw(plan(`## 战略决策 Strategy\n\n${tasks.join("\n")}\n`));
		const strategy = el.querySelector<HTMLElement>('[data-dimension="strategy"]');
		if (!strategy) throw new Error("no quadrant");
		const rows = (): number => strategy.querySelectorAll(".intl-plan-item").length;
		expect(rows()).toBe(PAGE_SIZE);
		const more = strategy.querySelector<HTMLButtonElement>(".intl-plan-show-more");
		expect(more?.textContent).toBe("Show 100 more");
		more?.click();
		expect(rows()).toBe(2 * PAGE_SIZE);
		// The items go on under the same note heading.
		expect(strategy.querySelectorAll(".intl-plan-note-group")).toHaveLength(1);
		while (!more?.classList.contains("intl-plan-hidden")) more?.click();
		expect(rows()).toBe(2000);
	});
});

describe("plan view: an empty quadrant", () => {
	it("should say so and create the dimension's note next to the plan, never over one", async () => {
		const files = plan("## 战略决策 Strategy\n\n- [ ] Pick markets\n");
		const h = await openView(files);
		const technology = h.el.querySelector<HTMLElement>('[data-dimension="technology"]');
		expect(technology?.querySelector(".intl-plan-empty span")?.textContent).toBe("Nothing in this dimension yet.");
		const button = technology?.querySelector<HTMLButtonElement>(".intl-plan-create-note");
		expect(button?.textContent).toBe("Create a technology note");
		button?.click();
		await settle();
		const created = await text(h.app, "Acme/Technology note.md");
		expect(created).toMatch(/^---\nplan: "\[\[Acme plan\]\]"\ndimension: technology\n/);
		expect(created).toContain("# Technology note");
		expect(activeFilePath(h.app)).toBe("Acme/Technology note.md");
		button?.click();
		await settle();
		expect(await text(h.app, "Acme/Technology note 2.md")).toContain("# Technology note 2");
		expect(await text(h.app, "Acme/Technology note.md")).toBe(created);
	});
});

describe("callbacks", () => {
	it("should open an item with its note, and a new tab with Ctrl/Cmd", () => {
		const opened: [ListedItem, PaneType | boolean][] = [];
		const el = draw(plan("## 战略决策 Strategy\n\n- [ ] Pick markets\n"), { onOpen: (item, newLeaf) => opened.push([item, newLeaf]) });
		const textEl = el.querySelector<HTMLElement>(".intl-plan-item-text");
		textEl?.click();
		textEl?.dispatchEvent(new MouseEvent("click", { ctrlKey: true, bubbles: true }));
		expect(opened.map(([item, newLeaf]) => [item.text, item.line, newLeaf])).toEqual([["Pick markets", 9, false], ["Pick markets", 9, "tab"]]);
	});
});
