import { describe, expect, it } from "vitest";
import { planCanvas, type CanvasNode } from "../../../src/core/summary/index.js";
import { listItem } from "../../../src/core/summary/markdown-escape.js";
import { exampleIndex, planPath } from "./support.js";

const overlap = (a: CanvasNode, b: CanvasNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (n: CanvasNode, g: CanvasNode) => n.x >= g.x && n.y >= g.y && n.x + n.width <= g.x + g.width && n.y + n.height <= g.y + g.height;

describe("exporting a plan to JSON Canvas", () => {
	for (const plan of ["Hengtai", "Lingxi"]) {
		const p = exampleIndex.plans.find((x) => x.path === planPath(plan))!;
		const canvas = planCanvas(exampleIndex, p, "zh");
		const groups = canvas.nodes.filter((n) => n.type === "group");
		const cards = canvas.nodes.filter((n) => n.type === "text");

		it(`should lay out four quadrant groups in a 2×2 grid (${plan})`, () => {
			expect(groups.map((g) => g.label)).toEqual(["战略决策", "技术赋能", "营销协同", "风险合规"]);
			const [tl, tr, bl, br] = groups as [CanvasNode, CanvasNode, CanvasNode, CanvasNode];
			expect(tl.x).toBe(bl.x);
			expect(tr.x).toBe(br.x);
			expect(tl.y).toBe(tr.y);
			expect(bl.y).toBe(br.y);
			expect(tr.x).toBeGreaterThan(tl.x + tl.width - 1);
			expect(bl.y).toBeGreaterThan(tl.y + tl.height - 1);
		});

		it(`should place every card inside its group with no two nodes of a kind overlapping (${plan})`, () => {
			for (const [i, a] of groups.entries()) for (const b of groups.slice(i + 1)) expect(overlap(a, b)).toBe(false);
			for (const [i, a] of cards.entries()) for (const b of cards.slice(i + 1)) expect(overlap(a, b), `${a.id} ${b.id}`).toBe(false);
			for (const card of cards) {
				const group = groups.find((g) => g.id === `group-${card.id.split("-")[0]}`)!;
				expect(inside(card, group), card.id).toBe(true);
			}
		});

		it(`should give every node a unique id and put every item of the plan on a card (${plan})`, () => {
			const ids = canvas.nodes.map((n) => n.id);
			expect(new Set(ids).size).toBe(ids.length);
			const text = cards.map((c) => c.text).join("\n");
			// As card markdown: `stock cover < 30 days` is written `&lt;`, which Obsidian shows as `<`.
			for (const item of exampleIndex.items.filter((i) => i.plan === p.path)) expect(text).toContain(listItem(item.text) || "…");
		});
	}
});
