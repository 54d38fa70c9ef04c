/**
 * Where obsidian-test-mocks does less than Obsidian in ways the live index, the code block and the
 * settings tab depend on, this puts Obsidian's behaviour back (loaded for every DOM test by setup.ts):
 *
 * - TFile.stat: Obsidian updates `mtime` and `size` on every write, before any listener hears of it;
 *   the stand-in leaves them at 0. Here mtime only ever grows (two writes in one millisecond differ).
 * - Plugin: what Obsidian releases on unload (code block processors, status bar items, Bases views)
 *   the stand-in keeps; here they are released through the plugin's own register(). On mobile
 *   (`Platform.isMobile`) a status bar item is shown nowhere.
 * - TextAreaComponent and ToggleComponent: Obsidian calls onChange on the textarea's input and on a
 *   click on the toggle; the stand-in only when setValue() is called.
 * - Vault.rename of a folder: Obsidian also fires `rename` for everything under it.
 * - Vault.process: Obsidian writes, and fires `modify`, only when the function returns other text.
 * - MetadataCache: Obsidian re-parses a written note later (a worker), so its entry and `changed` lag
 *   the write's own events by a task; the stand-in re-parses inside the write.
 * - MetadataCache: Obsidian reads a note whose frontmatter is not valid YAML (a merge-conflict block,
 *   a tab) as having no frontmatter, the block still its first section; the stand-in throws.
 */
import * as mocks from "obsidian-test-mocks/obsidian";

let lastMtime = 0;
const encoder = new TextEncoder();

function stamp(vault: mocks.Vault, file: mocks.TFile): void {
	let size = file.stat.size;
	try {
		size = encoder.encode(vault.readSync__(file)).length;
	} catch {
		// Not an in-memory file: keep the size it had.
	}
	lastMtime = Math.max(Date.now(), lastMtime + 1);
	file.stat = { ctime: file.stat.ctime || lastMtime, mtime: lastMtime, size };
}

const trigger = Object.getOwnPropertyDescriptor(mocks.Events.prototype, "trigger")?.value as mocks.Events["trigger"];
/** Set while the vault tells its listeners of a write: the metadata cache's own listener is among them. */
let inWriteEvent = false;
mocks.Vault.prototype.trigger = function (this: mocks.Vault, name: string, ...data: unknown[]): void {
	const [file] = data;
	const write = (name === "create" || name === "modify") && file instanceof mocks.TFile;
	if (write) stamp(this, file);
	const outer = inWriteEvent;
	inWriteEvent = write;
	try {
		trigger.call(this, name, ...data);
	} finally {
		inWriteEvent = outer;
	}
};

/** The stand-in's own implementation of a method, to call from the fuller one below. */
function own<C extends { prototype: object }, K extends keyof C["prototype"]>(cls: C, name: K): C["prototype"][K] {
	return Object.getOwnPropertyDescriptor(cls.prototype, name)?.value as C["prototype"][K];
}

const registerCodeBlock = own(mocks.Plugin, "registerMarkdownCodeBlockProcessor");
mocks.Plugin.prototype.registerMarkdownCodeBlockProcessor = function (this: mocks.Plugin, language, handler, sortOrder) {
	const processor = registerCodeBlock.call(this, language, handler, sortOrder);
	claim(this, "code block language", language, () => {
		this.markdownCodeBlockProcessors__.delete(language);
		this.markdownPostProcessors__ = this.markdownPostProcessors__.filter((p) => p !== processor);
	});
	return processor;
};

/**
 * Obsidian keeps views, code block languages and CLI commands in app-wide registries: registering an id
 * that is taken throws, and a plugin's registrations are released when it unloads (so unload → load
 * registers everything again). The stand-in keeps them per plugin and never refuses one.
 */
const registries = new WeakMap<object, Map<string, Set<string>>>();
function claim(plugin: mocks.Plugin, kind: string, id: string, release: () => void): void {
	const byKind = registries.get(plugin.app) ?? new Map<string, Set<string>>();
	registries.set(plugin.app, byKind);
	const taken = byKind.get(kind) ?? new Set<string>();
	byKind.set(kind, taken);
	if (taken.has(id)) throw new Error(`Attempting to register an existing ${kind}: ${id}`);
	taken.add(id);
	plugin.register(() => {
		taken.delete(id);
		release();
	});
}
const registerView = own(mocks.Plugin, "registerView");
/** View types registered in each app, for leaves to create their view from (below). */
const viewCreators = new WeakMap<object, Map<string, Parameters<mocks.Plugin["registerView"]>[1]>>();
mocks.Plugin.prototype.registerView = function (this: mocks.Plugin, type, viewCreator) {
	// Keyed by the workspace: the plugin holds the app as its Obsidian-typed proxy, a leaf the stand-in's own.
	const creators = viewCreators.get(this.app.workspace) ?? new Map<string, Parameters<mocks.Plugin["registerView"]>[1]>();
	viewCreators.set(this.app.workspace, creators);
	claim(this, "view type", type, () => {
		this.views__.delete(type);
		creators.delete(type);
	});
	registerView.call(this, type, viewCreator);
	creators.set(type, viewCreator);
};

/**
 * In Obsidian, `leaf.setViewState({ type, state })` creates the registered view of that type in the leaf
 * (when the leaf holds another), opens it, then hands it `state` through `view.setState`; a leaf that
 * already shows that type only gets `setState`. The stand-in only records the state.
 */
const setViewState = own(mocks.WorkspaceLeaf, "setViewState");
mocks.WorkspaceLeaf.prototype.setViewState = async function (this: mocks.WorkspaceLeaf, viewState, eState) {
	await setViewState.call(this, viewState, eState);
	const creator = viewCreators.get(this.app__.workspace)?.get(viewState.type);
	if (!creator) return;
	const leaf = this as unknown as Parameters<typeof creator>[0];
	let view = this.view as unknown as { getViewType(): string; setState(state: unknown, result: unknown): Promise<void> } | null;
	if (view?.getViewType() !== viewState.type) {
		const created = creator(leaf);
		this.view = created;
		created.load();
		await (created as unknown as { onOpen(): Promise<void> }).onOpen();
		view = created;
	}
	await view?.setState(viewState.state ?? {}, { history: false });
};
const registerCliHandler = own(mocks.Plugin, "registerCliHandler");
mocks.Plugin.prototype.registerCliHandler = function (this: mocks.Plugin, command, description, flags, handler) {
	claim(this, "CLI command", command, () => this.cliHandlers__.delete(command));
	registerCliHandler.call(this, command, description, flags, handler);
};

const addStatusBarItem = own(mocks.Plugin, "addStatusBarItem");
mocks.Plugin.prototype.addStatusBarItem = function (this: mocks.Plugin) {
	const el = addStatusBarItem.call(this);
	// Obsidian's mobile apps have no status bar: the item is an element no one sees.
	if (mocks.Platform.isMobile) {
		this.statusBarItems__ = this.statusBarItems__.filter((item) => item !== el);
		el.detach();
		return el;
	}
	this.register(() => {
		el.detach();
		this.statusBarItems__ = this.statusBarItems__.filter((item) => item !== el);
	});
	return el;
};

const registerBasesView = own(mocks.Plugin, "registerBasesView");
mocks.Plugin.prototype.registerBasesView = function (this: mocks.Plugin, viewId, registration) {
	const registered = registerBasesView.call(this, viewId, registration);
	this.register(() => this.basesViewRegistrations__.delete(viewId));
	return registered;
};

mocks.TextAreaComponent.prototype.constructor4__ = function (this: mocks.TextAreaComponent): void {
	this.inputEl.addEventListener("input", () => {
		this.setValue(this.inputEl.value);
	});
};
mocks.ToggleComponent.prototype.constructor3__ = function (this: mocks.ToggleComponent): void {
	this.toggleEl.addEventListener("click", () => {
		this.onClick();
	});
};

interface ParsesMetadata {
	app__: { vault: mocks.Vault };
	cache__: Map<string, { frontmatter?: unknown }>;
	parseFileMetadata: (this: ParsesMetadata, file: mocks.TFile) => void;
	trigger: (this: ParsesMetadata, name: string, ...data: unknown[]) => void;
}
const cacheProto = mocks.MetadataCache.prototype as unknown as ParsesMetadata;
const parseFileMetadata = cacheProto.parseFileMetadata;
const readSync = own(mocks.Vault, "readSync__");
cacheProto.parseFileMetadata = function (this: ParsesMetadata, file: mocks.TFile): void {
	// Obsidian parses a written note in a worker: its cache entry and `changed` come after the write's
	// own events, on a later task (the stand-in re-parses inside the write).
	if (inWriteEvent) {
		window.setTimeout(() => cacheProto.parseFileMetadata.call(this, file), 0);
		return;
	}
	try {
		parseFileMetadata.call(this, file);
		return;
	} catch {
		// Read again with the block's lines emptied (so the stand-in parses no YAML), then drop the
		// empty frontmatter it makes of that before anyone hears of the change.
	}
	const vault = this.app__.vault;
	const trigger = cacheProto.trigger;
	vault.readSync__ = (f: mocks.TFile): string => readSync.call(vault, f).replace(/^(---\r?\n)([^]*?)(\r?\n---[ \t]*(?:\r?\n|$))/, (_, open: string, body: string, close: string) => open + body.replace(/[^\r\n]/g, "") + close);
	this.trigger = (name: string, ...data: unknown[]): void => {
		delete this.cache__.get(file.path)?.frontmatter;
		trigger.call(this, name, ...data);
	};
	try {
		parseFileMetadata.call(this, file);
	} finally {
		// The instance's own stand-ins go; the prototype's methods show through again.
		Reflect.deleteProperty(vault, "readSync__");
		Reflect.deleteProperty(this, "trigger");
	}
};

/**
 * A file's bytes and its text are one thing in Obsidian: `read` and `cachedRead` decode the bytes on
 * disk as UTF-8 (U+FFFD where they are not), `readBinary` returns them as they are, and `process`
 * writes its text back as UTF-8, whichever way the file was written. The stand-in keeps text files
 * and binary files in two maps that never see each other.
 */
interface SplitFiles {
	textFiles: Map<string, string>;
	binaryFiles: Map<string, ArrayBuffer>;
}
const filesOf = (vault: mocks.Vault): SplitFiles => vault.adapter as unknown as SplitFiles;
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });
/** The text of a file written only as bytes, as Obsidian would decode it; undefined for a text file. */
const decodedBytes = (vault: mocks.Vault, file: mocks.TFile): string | undefined => {
	const { textFiles, binaryFiles } = filesOf(vault);
	const bytes = textFiles.has(file.path) ? undefined : binaryFiles.get(file.path);
	return bytes === undefined ? undefined : lenient.decode(bytes);
};
const readBinary = own(mocks.Vault, "readBinary");
mocks.Vault.prototype.readBinary = async function (this: mocks.Vault, file: mocks.TFile): Promise<ArrayBuffer> {
	const text = filesOf(this).textFiles.get(file.path);
	return text === undefined ? readBinary.call(this, file) : encoder.encode(text).buffer;
};
for (const name of ["read", "cachedRead"] as const) {
	const ownRead = own(mocks.Vault, name);
	mocks.Vault.prototype[name] = async function (this: mocks.Vault, file: mocks.TFile): Promise<string> {
		return decodedBytes(this, file) ?? ownRead.call(this, file);
	};
}
// Obsidian's process writes (and fires `modify`) only when fn returns other text; the stand-in always does.
mocks.Vault.prototype.process = async function (this: mocks.Vault, file: mocks.TFile, fn: (data: string) => string, options?: Parameters<mocks.Vault["process"]>[2]): Promise<string> {
	const decoded = decodedBytes(this, file);
	const current = decoded ?? (await this.read(file));
	const result = fn(current);
	if (result === current) return result;
	filesOf(this).binaryFiles.delete(file.path);
	await this.adapter.write(file.path, result, options);
	this.trigger("modify", file);
	return result;
};
// The last write decides what the file holds, bytes or text.
const modifyBinary = own(mocks.Vault, "modifyBinary");
mocks.Vault.prototype.modifyBinary = async function (this: mocks.Vault, file: mocks.TFile, data: ArrayBuffer, options?: Parameters<mocks.Vault["modifyBinary"]>[2]): Promise<void> {
	filesOf(this).textFiles.delete(file.path);
	return modifyBinary.call(this, file, data, options);
};
const modify = own(mocks.Vault, "modify");
mocks.Vault.prototype.modify = async function (this: mocks.Vault, file: mocks.TFile, data: string, options?: Parameters<mocks.Vault["modify"]>[2]): Promise<void> {
	filesOf(this).binaryFiles.delete(file.path);
	return modify.call(this, file, data, options);
};

/**
 * Renaming a folder: Obsidian fires `rename` for the folder and then for each file and folder under it
 * (with its old path); the stand-in fires it for the folder only.
 */
const rename = own(mocks.Vault, "rename");
mocks.Vault.prototype.rename = async function (this: mocks.Vault, file: mocks.TAbstractFile, newPath: string): Promise<void> {
	const moved: [mocks.TAbstractFile, string][] = [];
	if (file instanceof mocks.TFolder) mocks.Vault.recurseChildren(file, (child) => void (child !== file && moved.push([child, child.path])));
	await rename.call(this, file, newPath);
	for (const [child, oldPath] of moved) this.trigger("rename", child, oldPath);
};

/**
 * `BasesQueryResult.groupedData`: with no *Group by*, Obsidian hands a view one group without a key
 * holding every entry; the stand-in hands an empty list unless a test sets groups.
 */
Object.defineProperty(mocks.BasesQueryResult.prototype, "groupedData", {
	configurable: true,
	get(this: { readonly _groupedData?: readonly unknown[]; readonly data: unknown }) {
		const set = this._groupedData ?? [];
		return set.length > 0 ? set : [{ entries: this.data, hasKey: () => false }];
	},
});
