/**
 * The vault index the views and code blocks show, kept current as notes change.
 *
 * - First read, once the layout is ready: every note in scope, in slices of a few milliseconds with a
 *   yield to the UI between them; a status-bar count while a large vault is read.
 * - Per note, the core's NoteIndex is cached by path + mtime + size; an unchanged note is never read
 *   again, and the metadata cache lets notes that cannot matter go unread (see metadata-prefilter.ts),
 *   except in a plan's folder, where every note is read, and read whole (past the prefilter): its tasks
 *   with no dimension are the plan's unsorted tray.
 * - After that, only the notes that changed are read again, once a burst of changes is quiet (a save,
 *   or Obsidian Sync delivering many files), and put in place in the index. Listeners hear once per
 *   burst, and not at all when what was read gives the same records (an autosave of prose, a note
 *   in a plan's folder with nothing for the index): views and code blocks redraw only for real changes.
 */
import { dequal } from "dequal";
import { Component, TFile, TFolder, Vault, type TAbstractFile } from "obsidian";
import { assembleIndexSteps, dimensionMatcher, type DimensionMatcher, type NoteIndex, type VaultIndex, type VaultProblem } from "../../core/index.js";
import { uiLang } from "../ui/language.js";
import { renamed, type CachedNote } from "./cached-note.js";
import { IndexProgress, PROGRESS_FROM } from "./index-progress.js";
import { DEFAULT_TIMING, type IndexHost, type LiveIndexTiming } from "./index-host.js";
import { inScope, isUnder, readingKey, scopeKey } from "./index-scope.js";
import { metadataRulesOut } from "./metadata-prefilter.js";
import { noteParser } from "./note-parser.js";
import { inPlanFolder, planFoldersFromMetadata, planFoldersRead } from "./plan-folders.js";
import { sameNoteSteps } from "./same-note.js";
import { Slicer } from "../ui/slicer.js";
import type { SavedIndex } from "./saved-index.js";
import { spliceNote } from "./splice-index.js";
import { Timers } from "./timers.js";
import { WorkerGone, type Parsed, type WorkerParser } from "./worker-parser.js";

/** Set by the build (esbuild.config.mjs): a hash of the code that makes the records; "source" when run unbuilt. */
declare const INTL_PLAN_RECORDS: string | undefined;
const BUILD = typeof INTL_PLAN_RECORDS === "string" ? INTL_PLAN_RECORDS : "source";

const EMPTY: VaultIndex = { plans: [], brokenPlans: [], items: [], unsorted: [], problems: [] };

export class LiveIndex extends Component {
	private index: VaultIndex = EMPTY;
	private ready = false;
	private started = false;
	private readonly notes = new Map<string, CachedNote>();
	private readonly listeners = new Set<() => void>();
	private readonly progressListeners = new Set<() => void>();
	/** How far the first read of a large vault is, for views to show where the status bar is missing (mobile). */
	private readProgress: { readonly done: number; readonly total: number } | null = null;
	/** Notes changed in the current burst, read once it is quiet. */
	private readonly pending = new Set<string>();
	private burstTimer: number | null = null;
	private burstStart = 0;
	/** Bursts are read one after the other, so two never interleave their reads and splices. */
	private updates: Promise<void> = Promise.resolve();
	private readonly timers = new Timers();
	/** Every parse, first read or update, runs a few milliseconds at a time: even a note of megabytes. */
	private readonly slicer: Slicer;
	private settingsTimer: number | null = null;
	/** Bumped by each full read and by unload: a read that sees another number stops. */
	private generation = 0;
	private readKey = "";
	private scope = "";
	private matcher: DimensionMatcher | null = null;
	private allPaths: string[] | null = null;
	/** Folders the host says are never read (the core Templates plugin's), as of the last full read. */
	private skipped: readonly string[] = [];
	private statusBar: IndexProgress | null = null;
	private alive = false;
	/** A full read is under way: what it has not reached yet would be missing from an index assembled now. */
	private reading = false;
	private assembleTimer: number | null = null;
	/** The assembly under way (it runs in slices): a splice meanwhile would be lost when it lands. */
	private assembly: Promise<void> | null = null;
	/** The notes changed while an assembly was under way: it starts over before it lands. */
	private assembleAgain = false;
	/** What was read in earlier sessions (saved-index.ts): loaded at the first read, saved after changes. */
	private readonly store: SavedIndex | null;
	private storeLoaded = false;
	private saveTimer: number | null = null;
	/** Notes read so far (each read is a parse; the first read rests after a few of them). */
	private reads = 0;
	private saving: Promise<void> = Promise.resolve();
	/** Where notes are parsed off the UI thread: started at the first parse; null once it cannot be (then in slices here). */
	private worker: WorkerParser | null | undefined = undefined;

	constructor(
		private readonly host: IndexHost,
		private readonly timing: LiveIndexTiming = DEFAULT_TIMING,
	) {
		super();
		this.slicer = new Slicer(() => this.timers.pause(), timing.sliceMs);
		this.store = host.savedIndex ?? null;
	}

	current(): VaultIndex {
		return this.index;
	}

	isReady(): boolean {
		return this.ready;
	}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => void this.listeners.delete(listener);
	}

	/** Notes read so far of the first read of a large vault; null when there is none under way. */
	progress(): { readonly done: number; readonly total: number } | null {
		return this.readProgress;
	}

	/** Calls `listener` as the first read of a large vault advances; returns the unsubscribe. */
	onProgress(listener: () => void): () => void {
		this.progressListeners.add(listener);
		return () => void this.progressListeners.delete(listener);
	}

	override onload(): void {
		this.alive = true;
		const { vault, metadataCache, workspace } = this.host.app;
		this.registerEvent(metadataCache.on("changed", (file) => this.schedule(file.path)));
		this.registerEvent(metadataCache.on("deleted", (file) => this.forget(file)));
		this.registerEvent(vault.on("create", (file) => this.created(file)));
		this.registerEvent(vault.on("delete", (file) => this.forget(file)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.moved(file, oldPath)));
		workspace.onLayoutReady(() => this.readAllReporting());
	}

	override onunload(): void {
		if (this.saveTimer !== null) void this.saveNow();
		this.alive = false;
		this.generation++;
		this.timers.clearAll();
		this.assembleTimer = null;
		this.settingsTimer = null;
		this.burstTimer = null;
		this.pending.clear();
		this.listeners.clear();
		this.progressListeners.clear();
		this.readProgress = null;
		this.statusBar?.done();
		this.statusBar = null;
		this.worker?.stop();
		this.worker = null;
	}

	/** After settings were saved: read the vault again if what decides the index changed. */
	settingsChanged(): void {
		if (!this.started) return;
		const settings = this.host.settings;
		if (readingKey(settings) === this.readKey && scopeKey(settings) === this.scope) return;
		if (this.settingsTimer !== null) this.timers.clear(this.settingsTimer);
		this.settingsTimer = this.timers.later(() => {
			this.settingsTimer = null;
			this.readAllReporting();
		}, this.timing.settingsDebounceMs);
	}

	private readAllReporting(): void {
		this.readAll().catch((e: unknown) => console.error(e));
	}

	/** Reads every note in scope (reusing what is cached and unchanged), then assembles the index. */
	async readAll(): Promise<void> {
		if (!this.alive) return;
		const run = ++this.generation;
		this.started = true;
		const settings = this.host.settings;
		const key = readingKey(settings);
		if (key !== this.readKey || !this.matcher) {
			this.notes.clear();
			this.readKey = key;
			this.matcher = dimensionMatcher(settings);
		}
		this.scope = scopeKey(settings);
		this.skipped = (await this.host.skippedFolders?.().catch(() => [])) ?? [];
		if (run !== this.generation) return;
		// At the first read: what earlier sessions read, so that only notes changed since are read again.
		if (this.store && !this.storeLoaded) {
			this.storeLoaded = true;
			const saved = await this.store.load(this.storeKey(), () => this.timers.pause());
			if (run !== this.generation || key !== this.readKey) return;
			for (const [path, entry] of saved) if (!this.notes.has(path)) this.notes.set(path, entry);
		}
		const files = this.host.app.vault.getMarkdownFiles().filter((f) => inScope(f.path, settings, this.skipped));
		const wanted = new Set(files.map((f) => f.path));
		for (const path of [...this.notes.keys()]) if (!wanted.has(path)) this.notes.delete(path);
		const planFolders = new Set([...planFoldersRead(this.notes), ...planFoldersFromMetadata(files, this.host.app.metadataCache)]);
		this.statusBar?.done();
		const reporting = !this.ready && files.length > PROGRESS_FROM;
		this.statusBar = reporting ? new IndexProgress(this.host, () => uiLang(this.host.settings)) : null;
		this.reading = true;
		try {
			// Notes read since the last rest: a note known from its mtime and size costs a comparison, one read costs a parse.
			let readAtRest = this.reads;
			for (let i = 0; i < files.length; i++) {
				const file = files[i];
				if (file) await this.refresh(file, planFolders);
				if (run !== this.generation) return;
				if (this.reads - readAtRest >= this.timing.sliceNotes || this.slicer.due()) {
					if (reporting) this.reportProgress(i + 1, files.length);
					await this.slicer.rest();
					if (run !== this.generation) return;
					readAtRest = this.reads;
				}
			}
		} finally {
			if (run === this.generation) {
				this.reading = false;
				this.statusBar?.done();
				this.statusBar = null;
				this.readProgress = null;
			}
		}
		await this.assemble();
	}

	/**
	 * Brings one note's cache entry up to date; false when its index did not change. Reads the note
	 * unless it was read at this mtime and size, or the metadata cache rules it out (outside a plan's folder).
	 */
	private async refresh(file: TFile, planFolders: ReadonlySet<string>): Promise<boolean> {
		const { mtime, size } = file.stat;
		const cached = this.notes.get(file.path);
		const inPlan = inPlanFolder(file.path, planFolders);
		// Only a note that was read is known from its mtime and size. One ruled out unread was judged on
		// the metadata cache, which lags the vault (a note changed while Obsidian was closed keeps its old
		// entry until Obsidian re-parses it and says `changed`): it is judged again, which costs no read.
		// A note read past the prefilter only when in a plan's folder: one read otherwise is read again there.
		if (cached?.read && cached.mtime === mtime && cached.size === size && (cached.whole === true || !inPlan)) return false;
		const matcher = this.matcher;
		if (!matcher) return false;
		const { vault, metadataCache } = this.host.app;
		if (!inPlan && metadataRulesOut(metadataCache.getFileCache(file), matcher)) {
			this.notes.set(file.path, { mtime, size, read: false, note: null });
			return cached?.note !== null && cached?.note !== undefined;
		}
		let text: string;
		const readAt = Date.now();
		try {
			this.reads++;
			text = await vault.cachedRead(file);
		} catch {
			// Gone or unreadable since it was listed: its delete event (or the next change) settles it.
			return this.notes.delete(file.path);
		}
		// The tags or headings changed while the note was read: the full read that follows owns the cache.
		if (matcher !== this.matcher) return false;
		// One note the parser fails on (a bug, whatever the note holds) must not stop the vault's read:
		// it becomes a problem in the index, and every other note is still read.
		let entry: CachedNote;
		try {
			const { note, passed } = await this.parse(file.path, text, matcher, inPlan);
			// Settings changed while the note was parsed: the full read that follows owns the cache.
			if (!this.alive || matcher !== this.matcher) return false;
			// Deleted or renamed meanwhile: its entry must not come back under the old path (the events said so).
			if (vault.getFileByPath(file.path) !== file) return false;
			// A note the parser read (a result) was read whole; only a null may be the prefilter's doing.
			// Read whole in a plan's folder, it remembers whether the prefilter would have passed it, so that
			// it reads as skipped again once its folder is no plan's (assemble()), as a fresh start would.
			entry = { mtime, size, read: true, readAt, whole: inPlan || note !== null, note, ...(inPlan && note !== null ? { passed: passed ?? matcher.mightMatter(text) } : {}) };
		} catch (e) {
			console.error(e);
			const detail = e instanceof Error ? e.message : String(e);
			entry = { mtime, size, read: true, note: null, problem: { path: file.path, line: 1, code: "file-unreadable", args: { detail } } };
			// A parser failure is not kept across sessions: the next version may read the note.
		}
		this.notes.set(file.path, entry);
		// Read again to the same records (prose typed, an autosave): nothing for anyone to redraw.
		if (cached === undefined || !dequal(cached.problem, entry.problem)) return true;
		return !(await this.slicer.run(sameNoteSteps(cached.note, entry.note)));
	}

	/**
	 * One note's record: in the worker when there is one (the UI thread only copies the text over and the
	 * record back), else here a few milliseconds at a time. A worker that stops is dropped, and the note
	 * parsed here. Throws what the parser throws.
	 */
	private async parse(path: string, text: string, matcher: DimensionMatcher, inPlan: boolean): Promise<Parsed> {
		if (this.worker === undefined) this.worker = this.host.startWorker?.() ?? null;
		if (this.worker) {
			// The core's prefilter here, as indexNote starts with it: one scan of the text (milliseconds even
			// for megabytes) spares most notes the trip to the worker and back.
			if (!inPlan && !matcher.mightMatter(text)) return { note: null };
			try {
				return await this.worker.parse(path, text, matcher, this.host.settings, { whole: inPlan }, inPlan);
			} catch (e) {
				if (!(e instanceof WorkerGone)) throw e;
				this.worker = null;
				// Stopped because the index was unloaded: nothing more to parse.
				if (!this.alive) return { note: null };
			}
		}
		return { note: await this.slicer.run(noteParser.parse(path, text, matcher, this.host.settings, { whole: inPlan })) };
	}

	/**
	 * Vault events arrive in bursts (a save, Obsidian Sync delivering many files): each note is read
	 * once the burst has been quiet for the debounce, and listeners hear once for the whole burst. A
	 * burst that never goes quiet is read every `burstMaxMs`, so the views still follow it.
	 */
	private schedule(path: string): void {
		if (!this.started) return;
		const now = Date.now();
		if (this.pending.size === 0) this.burstStart = now;
		this.pending.add(path);
		if (this.burstTimer !== null) this.timers.clear(this.burstTimer);
		const wait = Math.min(this.timing.debounceMs, Math.max(0, this.burstStart + this.timing.burstMaxMs - now));
		this.burstTimer = this.timers.later(() => {
			this.burstTimer = null;
			const paths = [...this.pending];
			this.pending.clear();
			this.updates = this.updates.then(() => this.update(paths)).catch((e: unknown) => console.error(e));
		}, wait);
	}

	private async update(paths: readonly string[]): Promise<void> {
		if (!this.alive) return;
		let changed = false;
		let assemble = false;
		for (const path of paths) {
			const outcome = await this.updateOne(path);
			if (outcome === "spliced") changed = true;
			if (outcome === "assemble") assemble = true;
		}
		if (assemble) this.assembleSoon();
		else if (changed) this.notify();
		if (changed || assemble) this.saveSoon();
	}

	/** Reads one changed note; puts it in place when it can, else says the index must be assembled. */
	private async updateOne(path: string): Promise<"same" | "spliced" | "assemble"> {
		const settings = this.host.settings;
		const file = this.host.app.vault.getFileByPath(path);
		if (!file || file.extension !== "md" || !inScope(path, settings, this.skipped)) return this.notes.delete(path) ? "assemble" : "same";
		const plansBefore = planFoldersRead(this.notes);
		const before = this.notes.get(path)?.note ?? null;
		const changed = await this.refresh(file, plansBefore);
		if (!changed) return "same";
		const after = this.notes.get(path)?.note ?? null;
		// The common case, one note edited: put it in place. Anything else: assemble.
		const quiet = this.ready && !this.reading && this.assembleTimer === null && this.assembly === null;
		const spliced = before && after && quiet ? spliceNote(this.index, before, after) : null;
		if (spliced) {
			this.index = spliced;
			return "spliced";
		}
		this.rereadNewPlanFolders(plansBefore);
		return "assemble";
	}

	/** A new plan note makes its folder a plan folder: notes there not read whole (or not at all) are read now. */
	private rereadNewPlanFolders(before: ReadonlySet<string>): void {
		const after = planFoldersRead(this.notes);
		const added = [...after].filter((folder) => !before.has(folder));
		if (added.length === 0) return;
		for (const [path, entry] of this.notes) {
			if (entry.whole !== true && added.some((folder) => isUnder(path, folder))) {
				this.notes.delete(path);
				this.schedule(path);
			}
		}
	}

	private created(file: TAbstractFile): void {
		this.allPaths = null;
		if (file instanceof TFile && file.extension === "md") this.schedule(file.path);
	}

	private forget(file: TAbstractFile): void {
		this.allPaths = null;
		const gone = [...this.notes.keys()].filter((path) => isUnder(path, file.path));
		for (const path of gone) this.notes.delete(path);
		this.assembleSoon();
	}

	/** A moved note keeps what was read from it; only its path changes, then scope and membership are redone. */
	private moved(file: TAbstractFile, oldPath: string): void {
		this.allPaths = null;
		if (!this.started) return;
		const settings = this.host.settings;
		const planFolders = planFoldersRead(this.notes);
		const moves = file instanceof TFolder ? [...this.notes.keys()].filter((p) => isUnder(p, oldPath)).map((p) => [p, file.path + p.slice(oldPath.length)] as const) : [[oldPath, file.path] as const];
		for (const [from, to] of moves) {
			const entry = this.notes.get(from);
			this.notes.delete(from);
			if (!inScope(to, settings, this.skipped)) continue;
			// Ruled out unread, it is read now if it landed in a plan's folder.
			if (entry && (entry.read || !inPlanFolder(to, planFolders))) this.notes.set(to, renamed(entry, to));
			// Checked again either way: an edit still waiting out its debounce went with the old path.
			if (to.endsWith(".md")) this.schedule(to);
		}
		// A folder moved into scope brings notes never read.
		if (file instanceof TFolder) {
			Vault.recurseChildren(file, (child) => {
				if (child instanceof TFile && child.extension === "md" && !this.notes.has(child.path) && inScope(child.path, settings, this.skipped)) this.schedule(child.path);
			});
		}
		this.assembleSoon();
	}

	/** One assembly for a burst of events (a folder moved, a note deleted: the vault and the cache both tell). */
	private assembleSoon(): void {
		if (!this.ready || this.assembleTimer !== null) return;
		this.assembleTimer = this.timers.later(() => {
			this.assembleTimer = null;
			if (!this.reading) this.assemble().catch((e: unknown) => console.error(e));
		}, 0);
	}

	/**
	 * Assembles the index from every cached note, in slices (tens of milliseconds at 10,000 notes), and
	 * puts it in place. Asked again while one is under way, that one starts over on the newer notes.
	 */
	private assemble(): Promise<void> {
		if (this.assembly) {
			this.assembleAgain = true;
			return this.assembly;
		}
		this.assembly = this.assembleInSlices().finally(() => {
			this.assembly = null;
		});
		return this.assembly;
	}

	private async assembleInSlices(): Promise<void> {
		do {
			this.assembleAgain = false;
			// A plan note gone or moved: notes read whole only for its folder read as the prefilter skipped them.
			const folders = planFoldersRead(this.notes);
			for (const [path, entry] of this.notes) {
				if (entry.passed === false && entry.note !== null && !inPlanFolder(path, folders)) this.notes.set(path, { ...entry, whole: false, note: null, passed: undefined });
			}
			const notes: NoteIndex[] = [];
			const problems: VaultProblem[] = [];
			for (const entry of this.notes.values()) {
				if (entry.note) notes.push(entry.note);
				if (entry.problem) problems.push(entry.problem);
			}
			this.allPaths ??= this.host.app.vault.getFiles().map((f) => f.path);
			const index = await this.slicer.run(assembleIndexSteps(notes, this.allPaths, problems));
			if (!this.alive) return;
			if (this.assembleAgain) continue;
			// A full read started meanwhile: it assembles when it is done.
			if (this.reading) return;
			this.index = index;
			this.ready = true;
			this.notify();
			this.saveSoon();
		} while (this.assembleAgain);
	}

	/** The key what is saved is read under: this build's records and the settings that change reading. */
	private storeKey(): string {
		return `${BUILD}\n${this.readKey}`;
	}

	/** Saves what was read once changes are quiet; a save never overlaps another. */
	private saveSoon(): void {
		if (!this.store || !this.ready) return;
		if (this.saveTimer !== null) this.timers.clear(this.saveTimer);
		this.saveTimer = this.timers.later(() => void this.saveNow(), this.timing.saveDebounceMs);
	}

	/**
	 * Saves now what is waiting to be saved (the plugin unloading, tests). The save goes on after unload:
	 * it only writes what was read, and a disabled or updated plugin should not lose it.
	 */
	saveNow(): Promise<void> {
		if (this.saveTimer !== null) this.timers.clear(this.saveTimer);
		this.saveTimer = null;
		const store = this.store;
		if (!store || !this.ready) return this.saving;
		const key = this.storeKey();
		const notes = new Map(this.notes);
		const pause = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));
		this.saving = this.saving.then(() => store.save(key, notes, pause)).catch((e: unknown) => console.error(e));
		return this.saving;
	}

	private reportProgress(done: number, total: number): void {
		this.statusBar?.show(done, total);
		this.readProgress = { done, total };
		for (const listener of [...this.progressListeners]) {
			try {
				listener();
			} catch (e) {
				console.error(e);
			}
		}
	}

	private notify(): void {
		for (const listener of [...this.listeners]) {
			try {
				listener();
			} catch (e) {
				console.error(e);
			}
		}
	}
}
