/**
 * What the plan view needs from the vault index: the index as it stands, whether the first full read
 * is done, and word when it changes. The plugin's live index (src/obsidian/index) is one.
 */
import type { VaultIndex } from "../../core/index.js";

export interface IndexSource {
	current(): VaultIndex;
	isReady(): boolean;
	/** Calls `listener` after each change; returns the unsubscribe. */
	onChange(listener: () => void): () => void;
	/** How far the first read of a large vault is (null when none is under way), and word as it advances. */
	progress?(): { readonly done: number; readonly total: number } | null;
	onProgress?(listener: () => void): () => void;
}
