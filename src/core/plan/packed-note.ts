/**
 * A note's record as the adapters keep it between runs (the CLI's cache file, cli/index-cache.ts; the
 * plugin's saved index in IndexedDB, obsidian/index/saved-index.ts): each item as an array of its values
 * in one order, so no key is written again for each of tens of thousands of items, and without the
 * items' path (the note's own, the entry's key). Half the size, and read back in less time (JSON.parse
 * or a structured clone alike). Unpacked items are built as one literal each, as the core builds them
 * (one hidden class: see items.ts). Anything that is not a packed record unpacks to undefined.
 */
import type { NoteIndex } from "./note-index.js";

type Draft = NoteIndex["items"][number];
type Task = NoteIndex["unsorted"][number];

export type PackedItem = readonly [Draft["line"], Draft["dimension"], Draft["kind"], Draft["status"], Draft["statusChar"], Draft["text"], Draft["fields"], Draft["tags"], Draft["blockId"], Draft["parentLine"]];
export type PackedTask = readonly [Task["line"], Task["kind"], Task["status"], Task["statusChar"], Task["text"], Task["fields"], Task["tags"], Task["blockId"], Task["parentLine"]];

export interface PackedNote extends Omit<NoteIndex, "path" | "items" | "unsorted"> {
	readonly items: readonly PackedItem[];
	readonly unsorted: readonly PackedTask[];
}

export function packNote(note: NoteIndex): PackedNote {
	const { profile, brokenPlan, planLink, problems } = note;
	return {
		profile,
		brokenPlan,
		planLink,
		problems,
		items: note.items.map((i): PackedItem => [i.line, i.dimension, i.kind, i.status, i.statusChar, i.text, i.fields, i.tags, i.blockId, i.parentLine]),
		unsorted: note.unsorted.map((t): PackedTask => [t.line, t.kind, t.status, t.statusChar, t.text, t.fields, t.tags, t.blockId, t.parentLine]),
	};
}

/** The record again, under `path`; undefined when what the file holds is not a packed record (then the note is read). */
export function unpackNote(packed: unknown, path: string): NoteIndex | null | undefined {
	if (packed === null) return null;
	if (typeof packed !== "object" || packed === undefined) return undefined;
	const p = packed as Partial<Record<keyof PackedNote, unknown>>;
	if (!Array.isArray(p.items) || !Array.isArray(p.unsorted) || !Array.isArray(p.problems)) return undefined;
	const items: Draft[] = [];
	// Indexed, not destructured: destructuring an array walks its iterator, which allocated more than
	// the items themselves (13 MB for 33,000 items).
	for (const i of p.items as unknown[]) {
		if (!Array.isArray(i) || i.length !== 10) return undefined;
		const v = i as unknown as PackedItem;
		items.push({ path, line: v[0], dimension: v[1], kind: v[2], status: v[3], statusChar: v[4], text: v[5], fields: v[6], tags: v[7], blockId: v[8], parentLine: v[9] });
	}
	const unsorted: Task[] = [];
	for (const t of p.unsorted as unknown[]) {
		if (!Array.isArray(t) || t.length !== 9) return undefined;
		const v = t as unknown as PackedTask;
		unsorted.push({ path, line: v[0], kind: v[1], status: v[2], statusChar: v[3], text: v[4], fields: v[5], tags: v[6], blockId: v[7], parentLine: v[8] });
	}
	const { profile, brokenPlan, planLink, problems } = p as PackedNote;
	return { path, profile: profile ?? null, brokenPlan: brokenPlan ?? null, planLink: planLink ?? null, items, unsorted, problems };
}
