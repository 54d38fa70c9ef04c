/**
 * The `obsidian` module as the plugin sees it under test: obsidian-test-mocks, with the few things
 * it does differently from Obsidian put right, and hooks for tests. Everything else is the stand-in's.
 *
 * - getLanguage: the stand-in always answers "en"; here a test can set it (`setLanguage__`).
 * - requireApiVersion: the stand-in says yes to any version; here the app is 1.13.0 unless a test sets
 *   another (`setApiVersion__("1.12.2")`, the oldest the plugin supports).
 * - Platform: the stand-in is always a desktop; `asPhone__()` makes it Obsidian's mobile app on a phone.
 * - Notice: recorded (`notices__`) and attached to the document, as Obsidian shows it.
 * - Modal: the stand-in closes itself on the next tick after open(); Obsidian keeps it open until
 *   close() (or Escape). Here it stays open, attached to the document, and is recorded (`modals__`).
 * - Vault.create / createFolder: Obsidian refuses a path that exists and a file in a missing folder.
 * - TextComponent / DropdownComponent: Obsidian calls onChange on the control's input / change
 *   events; the stand-in only when setValue() is called.
 */
import * as mocks from "obsidian-test-mocks/obsidian";

export * from "obsidian-test-mocks/obsidian";

let language = "en";

export function getLanguage(): string {
	return language;
}

export function setLanguage__(code: string): void {
	language = code;
}

export const notices__: Notice[] = [];

export class Notice extends mocks.Notice {
	constructor(message: DocumentFragment | string, duration?: number) {
		super(message, duration);
		notices__.push(this);
		document.body.appendChild(this.containerEl);
	}
}

export const modals__: Modal[] = [];

export class Modal extends mocks.Modal {
	isOpen__ = false;

	override open(): void {
		this.isOpen__ = true;
		modals__.push(this);
		document.body.appendChild(this.containerEl);
		void this.onOpen();
	}

	override close(): void {
		if (!this.isOpen__) return;
		this.isOpen__ = false;
		super.close();
		this.containerEl.detach();
	}
}

/** Forgets what the previous test showed and opened. */
let apiVersion = "1.13.0";

/** Obsidian's `requireApiVersion`: the stand-in answers yes to every version; here it compares with the app's. */
export function requireApiVersion(version: string): boolean {
	const parts = (v: string): number[] => v.split(".").map((n) => Number(n) || 0);
	const [have, want] = [parts(apiVersion), parts(version)];
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const d = (have[i] ?? 0) - (want[i] ?? 0);
		if (d !== 0) return d > 0;
	}
	return true;
}

/** The app's version: the stand-in's surface is 1.13's; "1.12.2" runs the code paths of the oldest version the plugin supports. */
export function setApiVersion__(version: string): void {
	apiVersion = version;
}

const DESKTOP = { ...mocks.Platform };

/** Obsidian's mobile app on a phone: `Platform` says so, as the body's classes do (and status bar items are not shown). */
export function asPhone__(): void {
	Object.assign(mocks.Platform, { isDesktop: false, isDesktopApp: false, isMobile: true, isMobileApp: true, isPhone: true, isWin: false, isAndroidApp: true });
	document.body.classList.add("is-mobile", "is-phone");
}

export function reset__(): void {
	apiVersion = "1.13.0";
	Object.assign(mocks.Platform, DESKTOP);
	document.body.classList.remove("is-mobile", "is-phone");
	for (const modal of modals__) modal.close();
	modals__.length = 0;
	for (const notice of notices__) notice.containerEl.detach();
	notices__.length = 0;
	language = "en";
}

const parentOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf("/")));

/** The stand-in's own implementation of a Vault method, to call from the stricter one below. */
function original<K extends "create" | "createFolder">(name: K): (this: mocks.Vault, ...args: Parameters<mocks.Vault[K]>) => ReturnType<mocks.Vault[K]> {
	const descriptor = Object.getOwnPropertyDescriptor(mocks.Vault.prototype, name);
	return descriptor?.value as (this: mocks.Vault, ...args: Parameters<mocks.Vault[K]>) => ReturnType<mocks.Vault[K]>;
}
const create = original("create");
const createFolder = original("createFolder");

mocks.Vault.prototype.create = async function (this: mocks.Vault, path, data, options) {
	if (this.getAbstractFileByPath(path)) throw new Error("File already exists.");
	const parent = parentOf(path);
	if (parent !== "" && !(this.getAbstractFileByPath(parent) instanceof mocks.TFolder)) throw new Error(`ENOENT: no such folder, ${parent}`);
	return create.call(this, path, data, options);
};
mocks.Vault.prototype.createFolder = async function (this: mocks.Vault, path) {
	if (this.getAbstractFileByPath(path)) throw new Error("Folder already exists.");
	return createFolder.call(this, path);
};

mocks.TextComponent.prototype.constructor4__ = function (this: mocks.TextComponent): void {
	this.inputEl.addEventListener("input", () => {
		this.setValue(this.inputEl.value);
	});
};
mocks.DropdownComponent.prototype.constructor3__ = function (this: mocks.DropdownComponent): void {
	this.selectEl.addEventListener("change", () => {
		this.simulateChange__();
	});
};
