/** Which plan a note belongs to, for a view that follows the active note. */
import type { VaultIndex } from "../../core/index.js";
import { parentOf } from "../vault-paths.js";

/**
 * The plan note itself; else the plan of the note's items; else, for a note without items, the one
 * plan whose folder holds it (the deepest such folder, and only if that folder holds a single plan).
 */
export function planOfPath(index: Pick<VaultIndex, "plans" | "items">, path: string): string | null {
	if (index.plans.some((p) => p.path === path)) return path;
	const item = index.items.find((i) => i.path === path && i.plan !== null);
	if (item?.plan) return item.plan;
	if (index.items.some((i) => i.path === path)) return null;
	let best: { folder: string; plans: string[] } | null = null;
	for (const plan of index.plans) {
		const folder = parentOf(plan.path);
		if (folder !== "" && !path.startsWith(`${folder}/`)) continue;
		if (!best || folder.length > best.folder.length) best = { folder, plans: [plan.path] };
		else if (folder === best.folder) best.plans.push(plan.path);
	}
	return best?.plans.length === 1 ? (best.plans[0] ?? null) : null;
}
