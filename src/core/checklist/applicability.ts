/** The library items a plan profile calls for, per dimension, in library order. Deterministic. */
import { DIMENSIONS, type Dimension } from "../plan/dimensions.js";
import type { Profile } from "../plan/profile.js";
import { evaluate } from "./conditions.js";
import type { Library, LibraryItem } from "./library.js";

export interface ApplicableItem {
	readonly item: LibraryItem;
	/** The plan's markets this item is for, when only some of them; else null (all). */
	readonly markets: readonly string[] | null;
}

export function applicableItems(library: Pick<Library, "items">, profile: Profile): ApplicableItem[] {
	const out: ApplicableItem[] = [];
	for (const item of library.items) {
		const { applies, markets } = evaluate(item.condition, profile);
		if (applies) out.push({ item, markets });
	}
	return out;
}

export function byDimension(items: readonly ApplicableItem[]): Record<Dimension, ApplicableItem[]> {
	const out = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as ApplicableItem[]])) as Record<Dimension, ApplicableItem[]>;
	for (const a of items) out[a.item.dimension].push(a);
	return out;
}
