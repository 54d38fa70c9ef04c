/**
 * "Quadrant", a Bases view: the Base's notes in the four quadrants by a property naming their
 * dimension (a key, a dimension tag or name), and an "Other" section for notes it names none for.
 * The Base's *Group by* shows as groups inside each quadrant; long lists are drawn a page at a time.
 * Everything from a note goes in as text.
 */
import { BasesView, type App, type BasesEntry, type BasesPropertyId, type HoverParent, type HoverPopover, type QueryController } from "obsidian";
import { DIMENSIONS, dimensionMatcher, t, type Dimension, type Lang } from "../../core/index.js";
import { uiLang } from "../ui/language.js";
import { ownLink } from "../ui/own-link.js";
import type { IntlPlanSettings } from "../settings/settings.js";
import { PAGE_SIZE } from "../view/quadrant-render.js";
import { dimensionOfTexts, valueTexts } from "./entry-dimension.js";

/** Entries of one *Group by* value (label null: the Base is not grouped, or the entries have no value). */
interface Group {
	readonly label: string | null;
	readonly entries: BasesEntry[];
}

export const BASES_VIEW_ID = "intl-plan-quadrant";
export const DIMENSION_OPTION = "dimensionProperty";
export const DEFAULT_DIMENSION_PROPERTY: BasesPropertyId = "note.dimension";

export interface QuadrantBasesHost {
	readonly app: App;
	readonly settings: IntlPlanSettings;
}

export class QuadrantBasesView extends BasesView implements HoverParent {
	readonly type = BASES_VIEW_ID;
	hoverPopover: HoverPopover | null = null;
	private readonly rootEl: HTMLElement;

	constructor(
		controller: QueryController,
		containerEl: HTMLElement,
		private readonly host: QuadrantBasesHost,
	) {
		super(controller);
		this.rootEl = containerEl.createDiv({ cls: ["intl-plan-bases", "intl-plan-quadrants"] });
	}

	override onunload(): void {
		this.rootEl.remove();
	}

	onDataUpdated(): void {
		const lang = uiLang(this.host.settings);
		const byDimension = this.sortEntries();
		this.rootEl.empty();
		const grid = this.rootEl.createDiv({ cls: "intl-plan-grid" });
		for (const dimension of DIMENSIONS) {
			const section = this.section(grid, t(lang, `dimension.${dimension}`), byDimension.get(dimension) ?? [], lang);
			section.addClass("intl-plan-quadrant", `intl-plan-quadrant-${dimension}`);
			section.setAttribute("data-dimension", dimension);
		}
		const other = byDimension.get("other") ?? [];
		if (other.length > 0) this.section(this.rootEl, t(lang, "bases.other"), other, lang).addClass("intl-plan-bases-other");
	}

	/** The property the user chose (a `note.`/`formula.`/`file.` id; a bare name is a note property). */
	propertyId(): BasesPropertyId {
		const raw: unknown = this.config.getAsPropertyId(DIMENSION_OPTION) ?? this.config.get(DIMENSION_OPTION);
		if (typeof raw !== "string" || raw.trim() === "") return DEFAULT_DIMENSION_PROPERTY;
		const name = raw.trim();
		return /^(note|formula|file)\./.test(name) ? (name as BasesPropertyId) : `note.${name}`;
	}

	private sortEntries(): Map<Dimension | "other", Group[]> {
		const matcher = dimensionMatcher(this.host.settings);
		const property = this.propertyId();
		const out = new Map<Dimension | "other", Group[]>();
		const grouped = this.data.groupedData;
		const groups: Group[] = grouped.length === 0 ? [{ label: null, entries: this.data.data }] : grouped.map((g) => ({ label: g.hasKey() ? (g.key?.toString() ?? "") : grouped.some((x) => x.hasKey()) ? "" : null, entries: g.entries }));
		for (const group of groups) {
			for (const entry of group.entries) {
				const key = dimensionOfTexts(valueTexts(entry.getValue(property)), matcher) ?? "other";
				const list = out.get(key) ?? [];
				out.set(key, list);
				const last = list[list.length - 1];
				if (last && last.label === group.label) last.entries.push(entry);
				else list.push({ label: group.label, entries: [entry] });
			}
		}
		return out;
	}

	private section(parent: HTMLElement, title: string, groups: readonly Group[], lang: Lang): HTMLElement {
		const section = parent.createEl("section", { cls: "intl-plan-bases-section" });
		const head = section.createDiv({ cls: "intl-plan-quadrant-head" });
		head.createEl("h4", { cls: "intl-plan-quadrant-title", text: title });
		const count = groups.reduce((n, g) => n + g.entries.length, 0);
		head.createSpan({ cls: "intl-plan-bases-count", text: t(lang, "bases.count", { count }) });
		if (count === 0) {
			section.createDiv({ cls: "intl-plan-empty", text: t(lang, "bases.empty") });
			return section;
		}
		for (const group of groups) {
			if (group.label !== null) section.createEl("h5", { cls: "intl-plan-bases-group", text: group.label || t(lang, "bases.noGroup") });
			this.pagedList(section, group.entries, lang);
		}
		return section;
	}

	/** A page of entries at a time: a Base can hold thousands of notes, and each is a link with listeners. */
	private pagedList(parent: HTMLElement, entries: readonly BasesEntry[], lang: Lang): void {
		const list = parent.createEl("ul", { cls: "intl-plan-bases-entries" });
		const more = parent.createEl("button", { cls: "intl-plan-show-more" });
		let shown = 0;
		const page = (): void => {
			const end = Math.min(entries.length, shown + PAGE_SIZE);
			for (; shown < end; shown++) {
				const entry = entries[shown];
				if (entry) this.entryLink(list.createEl("li"), entry);
			}
			const left = entries.length - shown;
			more.setText(t(lang, "view.showMore", { count: Math.min(left, PAGE_SIZE) }));
			more.toggleClass("intl-plan-hidden", left === 0);
		};
		more.addEventListener("click", page);
		page();
	}

	private entryLink(li: HTMLElement, entry: BasesEntry): void {
		const { workspace } = this.host.app;
		const path = entry.file.path;
		// No href: a path is note text, and a browser would follow `javascript:` in one.
		const link = li.createEl("a", { cls: ["internal-link", "intl-plan-bases-entry"], text: entry.file.basename, attr: { "data-href": path, tabindex: "0", role: "link" } });
		ownLink(link, (newLeaf) => void workspace.openLinkText(path, "", newLeaf));
		link.addEventListener("mouseover", (event) => {
			workspace.trigger("hover-link", { event, source: "bases", hoverParent: this, targetEl: link, linktext: path });
		});
	}
}
