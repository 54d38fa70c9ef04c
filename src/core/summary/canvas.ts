/**
 * A plan as a JSON Canvas 1.0 file (jsoncanvas.org): four group nodes in the quadrant layout, and in
 * each a text node per source note listing that note's items for the dimension. Nodes are placed in
 * columns inside their group and groups side by side, so by construction nothing overlaps.
 * Card text is markdown Obsidian renders: note text in it goes through markdown-escape.ts, so a card
 * carries no raw HTML and no `javascript:`-style link, and no node has a `url` (there are no link nodes).
 */
import { t, type Lang } from "../i18n/index.js";
import { DIMENSIONS, type Dimension } from "../plan/dimensions.js";
import type { Item } from "../plan/items.js";
import { itemsOfPlan } from "../plan/plan-items.js";
import type { Plan, VaultIndex } from "../plan/vault-index.js";
import { listItem, noteLink } from "./markdown-escape.js";

export interface CanvasNode {
	readonly id: string;
	readonly type: "text" | "group";
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly text?: string;
	readonly label?: string;
	readonly color?: string;
}

export interface Canvas {
	readonly nodes: readonly CanvasNode[];
	readonly edges: readonly never[];
}

const CARD_WIDTH = 400;
const LINE_HEIGHT = 26;
const CARD_PADDING = 40;
const GAP = 40;
const GROUP_PADDING = 60;
const COLUMNS = 2;
/** Canvas preset colours: 1 red, 2 orange, 3 yellow, 4 green, 5 cyan, 6 purple. */
const COLOR: Readonly<Record<Dimension, string>> = { strategy: "6", technology: "5", marketing: "4", compliance: "1" };

export function planCanvas(index: Pick<VaultIndex, "items">, plan: Plan, lang: Lang): Canvas {
	const items = itemsOfPlan(index.items, plan.path);
	const groups = DIMENSIONS.map((d) => layoutGroup(d, items.filter((i) => i.dimension === d), lang));
	// 2×2: strategy | technology over marketing | compliance, columns and rows sized to their largest group.
	const colWidth = [Math.max(groups[0]?.width ?? 0, groups[2]?.width ?? 0), Math.max(groups[1]?.width ?? 0, groups[3]?.width ?? 0)];
	const rowHeight = [Math.max(groups[0]?.height ?? 0, groups[1]?.height ?? 0), Math.max(groups[2]?.height ?? 0, groups[3]?.height ?? 0)];
	const nodes: CanvasNode[] = [];
	groups.forEach((g, i) => {
		const x = i % 2 === 0 ? 0 : (colWidth[0] ?? 0) + GAP * 2;
		const y = i < 2 ? 0 : (rowHeight[0] ?? 0) + GAP * 2;
		const d = DIMENSIONS[i] ?? "strategy";
		nodes.push({ id: `group-${d}`, type: "group", x, y, width: colWidth[i % 2] ?? g.width, height: rowHeight[i < 2 ? 0 : 1] ?? g.height, label: t(lang, `dimension.${d}`), color: COLOR[d] });
		for (const card of g.cards) nodes.push({ ...card, x: card.x + x, y: card.y + y });
	});
	return { nodes, edges: [] };
}

interface GroupLayout {
	readonly width: number;
	readonly height: number;
	readonly cards: readonly CanvasNode[];
}

function layoutGroup(dimension: Dimension, items: readonly Item[], lang: Lang): GroupLayout {
	const byNote = new Map<string, Item[]>();
	for (const item of items) {
		const list = byNote.get(item.path);
		if (list) list.push(item);
		else byNote.set(item.path, [item]);
	}
	const columnsY = new Array<number>(COLUMNS).fill(GROUP_PADDING);
	const cards: CanvasNode[] = [];
	[...byNote.entries()].forEach(([path, noteItems], n) => {
		const text = noteCard(path, noteItems);
		const height = CARD_PADDING + LINE_HEIGHT * text.split("\n").length;
		const column = columnsY.indexOf(Math.min(...columnsY));
		cards.push({ id: `${dimension}-${n + 1}`, type: "text", x: GROUP_PADDING + column * (CARD_WIDTH + GAP), y: columnsY[column] ?? 0, width: CARD_WIDTH, height, text });
		columnsY[column] = (columnsY[column] ?? 0) + height + GAP;
	});
	if (cards.length === 0) {
		const text = t(lang, "show.noItems");
		cards.push({ id: `${dimension}-empty`, type: "text", x: GROUP_PADDING, y: GROUP_PADDING, width: CARD_WIDTH, height: CARD_PADDING + LINE_HEIGHT, text });
		columnsY[0] = GROUP_PADDING + CARD_PADDING + LINE_HEIGHT + GAP;
	}
	const usedColumns = Math.min(COLUMNS, Math.max(1, byNote.size));
	return {
		width: GROUP_PADDING * 2 + usedColumns * CARD_WIDTH + (usedColumns - 1) * GAP,
		height: Math.max(...columnsY) - GAP + GROUP_PADDING,
		cards,
	};
}

/** A note's items as a markdown checklist, headed by a link to the note. */
function noteCard(path: string, items: readonly Item[]): string {
	const mark = (i: Item): string =>
		i.status === null ? "-" : `- [${i.status === "done" ? "x" : i.status === "in-progress" ? "/" : i.status === "cancelled" ? "-" : " "}]`;
	const lines = items.map((i) => `${mark(i)} ${listItem(i.text) || "…"}`);
	return [`**${noteLink(path)}**`, "", ...lines].join("\n");
}
