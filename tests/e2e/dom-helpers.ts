/**
 * The few Obsidian DOM helpers the renderer uses (createEl, createDiv, createSpan, setText, empty,
 * addClass, toggleClass, appendText), for a plain browser page. Same contracts as Obsidian's: text
 * is set as text, attributes with setAttribute; nothing is parsed as HTML.
 */
interface Info {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean | null>;
	type?: string;
	title?: string;
	value?: string;
	placeholder?: string;
}

function classes(cls: string | string[] | undefined): string[] {
	if (cls === undefined) return [];
	return (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c !== "");
}

function make(parent: Node, tag: string, info: Info | string = {}, callback?: (el: HTMLElement) => void): HTMLElement {
	const o: Info = typeof info === "string" ? { cls: info } : info;
	// The shim is what createEl is made of, so it makes the element itself (the XHTML namespace is HTML's).
	const el = document.createElementNS("http://www.w3.org/1999/xhtml", tag);
	el.classList.add(...classes(o.cls));
	if (o.text !== undefined) el.textContent = o.text;
	for (const [name, value] of Object.entries(o.attr ?? {})) if (value !== null && value !== false) el.setAttribute(name, String(value));
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.title !== undefined) el.title = o.title;
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.value !== undefined) el.setAttribute("value", o.value);
	parent.appendChild(el);
	callback?.(el);
	return el;
}

const helpers = {
	createEl(this: Node, tag: string, info?: Info | string, callback?: (el: HTMLElement) => void): HTMLElement {
		return make(this, tag, info, callback);
	},
	createDiv(this: Node, info?: Info | string, callback?: (el: HTMLElement) => void): HTMLElement {
		return make(this, "div", info, callback);
	},
	createSpan(this: Node, info?: Info | string, callback?: (el: HTMLElement) => void): HTMLElement {
		return make(this, "span", info, callback);
	},
	setText(this: Node, text: string): void {
		this.textContent = text;
	},
	empty(this: Node): void {
		while (this.firstChild) this.removeChild(this.firstChild);
	},
	appendText(this: Node, text: string): void {
		this.appendChild(document.createTextNode(text));
	},
	addClass(this: Element, ...cls: string[]): void {
		this.classList.add(...cls);
	},
	removeClass(this: Element, ...cls: string[]): void {
		this.classList.remove(...cls);
	},
	toggleClass(this: Element, cls: string | string[], value: boolean): void {
		for (const c of classes(cls)) this.classList.toggle(c, value);
	},
	setCssProps(this: HTMLElement, props: Record<string, string>): void {
		for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
	},
};

export function installDomHelpers(): void {
	for (const [name, fn] of Object.entries(helpers)) {
		Object.defineProperty(Node.prototype, name, { value: fn, configurable: true, writable: true });
	}
}
