/** What the live index needs from the plugin, and how long it waits before working. */
import type { App, Plugin } from "obsidian";
import type { IntlPlanSettings } from "../settings/settings.js";
import type { SavedIndex } from "./saved-index.js";
import type { WorkerParser } from "./worker-parser.js";

export interface IndexHost extends Pick<Plugin, "addStatusBarItem"> {
	readonly app: App;
	readonly settings: IntlPlanSettings;
	/** Folders never read besides the settings' (the core Templates plugin's), looked up at each full read. */
	skippedFolders?(): Promise<readonly string[]>;
	/** Where what was read is kept between sessions; none: every start reads every note. */
	readonly savedIndex?: SavedIndex | null;
	/** Starts a worker to parse notes in, at the first note to parse; none, or null: notes are parsed on the UI thread in slices. */
	startWorker?(): WorkerParser | null;
}

export interface LiveIndexTiming {
	/** Wait after the last change of a burst before reading the changed notes again. */
	readonly debounceMs: number;
	/** A burst that never goes quiet (a long sync) is read at least this often. */
	readonly burstMaxMs: number;
	/** Wait after the last settings change before reading the vault again. */
	readonly settingsDebounceMs: number;
	/** Longest stretch of work between two yields to the UI during the first read. */
	readonly sliceMs: number;
	readonly sliceNotes: number;
	/** Wait after the last change before saving what was read (saved-index.ts). */
	readonly saveDebounceMs: number;
}

export const DEFAULT_TIMING: LiveIndexTiming = { debounceMs: 150, burstMaxMs: 2000, settingsDebounceMs: 400, sliceMs: 8, sliceNotes: 50, saveDebounceMs: 2000 };
