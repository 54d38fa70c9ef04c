/**
 * The settings tab. Each row is one definition (name, description, how to render its control),
 * drawn by `display()` on Obsidian before 1.13 and handed to 1.13's declarative settings (search
 * included) through `getSettingDefinitions()`, so both show the same rows from the same code.
 */
import { PluginSettingTab, requireApiVersion, Setting, type App, type Plugin } from "obsidian";
import { DEFAULT_CONFIG, DEFAULT_WORKSPACE, DIMENSIONS, t, workspaceWithDefaults, type Dimension, type Lang } from "../../core/index.js";
import { uiLang } from "../ui/language.js";
import { libraryFile } from "../checklist/library.js";
import { FolderSuggest, NoteSuggest } from "./path-suggest.js";
import { isUiLanguage, UI_LANGUAGES, type IntlPlanSettings, type SettingsHost } from "./settings.js";
import { joinNames, splitFolders, splitNames } from "./settings-lists.js";
import { cleanPath, notePath } from "../vault/vault-paths.js";

/** The shape of Obsidian 1.13's `SettingDefinitionRender` (the types this project builds against predate it). */
export interface SettingRow {
	readonly name: string;
	readonly desc?: string;
	readonly render: (setting: Setting) => void;
}

/** The shape of Obsidian 1.13's `SettingDefinitionGroup`. */
export interface SettingRowGroup {
	readonly type: "group";
	readonly heading?: string;
	readonly items: readonly SettingRow[];
}

/** How one list setting is shown, read back and saved. */
interface ListSetting {
	readonly shown: (settings: IntlPlanSettings) => readonly string[];
	readonly fallback: readonly string[];
	readonly kind: "tag" | "name";
	readonly change: (names: readonly string[]) => Partial<IntlPlanSettings>;
}

/** How one text setting is shown, read back and saved. */
interface TextSetting {
	readonly placeholder: string;
	readonly shown: (settings: IntlPlanSettings) => string;
	/** The change what was typed makes; null saves nothing (a path that cannot be one). */
	readonly change: (value: string) => Partial<IntlPlanSettings> | null;
	/** Sets the row's description from the settings, when it depends on them (drawn, and after each change). */
	readonly described?: (setting: Setting) => void;
	readonly suggest?: (input: HTMLInputElement) => void;
}

export class IntlPlanSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly host: Plugin & SettingsHost,
	) {
		super(app, host);
	}

	display(): void {
		this.containerEl.empty();
		for (const group of this.getSettingDefinitions()) {
			if (group.heading !== undefined) new Setting(this.containerEl).setName(group.heading).setHeading();
			for (const row of group.items) row.render(new Setting(this.containerEl));
		}
	}

	getSettingDefinitions(): SettingRowGroup[] {
		const lang = uiLang(this.host.settings);
		return [
			{ type: "group", items: [this.libraryRow(lang), this.templatesFolderRow(lang), this.plansFolderRow(lang)] },
			{ type: "group", heading: t(lang, "settings.reading"), items: [this.tagPrefixesRow(lang)] },
			...DIMENSIONS.map((d): SettingRowGroup => ({ type: "group", heading: t(lang, `dimension.${d}`), items: this.dimensionRows(lang, d) })),
			{ type: "group", heading: t(lang, "settings.folders"), items: [this.scopeRow(lang, "includeFolders"), this.scopeRow(lang, "excludeFolders")] },
			{ type: "group", heading: t(lang, "settings.tasks"), items: [this.doneDateRow(lang), this.doneByRow(lang)] },
			{ type: "group", heading: t(lang, "summary.settings.heading"), items: [this.summaryTargetRow(lang), this.summaryNameRow(lang), this.syncOnLibraryRow(lang)] },
			{ type: "group", heading: t(lang, "plugin.settings.interface"), items: [this.languageRow(lang)] },
		];
	}

	private tagPrefixesRow(lang: Lang): SettingRow {
		return this.listRow(t(lang, "settings.tagPrefixes"), t(lang, "settings.tagPrefixesDesc"), {
			shown: (s) => s.tagPrefixes,
			fallback: DEFAULT_CONFIG.tagPrefixes,
			kind: "tag",
			change: (tagPrefixes) => ({ tagPrefixes }),
		});
	}

	/** A dimension's tag names, other tags, heading names and the words that may stand beside them. */
	private dimensionRows(lang: Lang, d: Dimension): SettingRow[] {
		return [
			this.listRow(t(lang, "settings.tagNames"), t(lang, "settings.tagNamesDesc"), {
				shown: (s) => s.tagNames[d],
				fallback: DEFAULT_CONFIG.tagNames[d],
				kind: "tag",
				change: (names) => ({ tagNames: { ...this.host.settings.tagNames, [d]: names } }),
			}),
			this.listRow(t(lang, "settings.tagAliases"), t(lang, "settings.tagAliasesDesc"), {
				shown: (s) => s.tagAliases[d],
				fallback: [],
				kind: "tag",
				change: (names) => ({ tagAliases: { ...this.host.settings.tagAliases, [d]: names } }),
			}),
			this.listRow(t(lang, "settings.headingNames"), t(lang, "settings.headingNamesDesc"), {
				shown: (s) => s.headingNames[d],
				fallback: DEFAULT_CONFIG.headingNames[d],
				kind: "name",
				change: (names) => ({ headingNames: { ...this.host.settings.headingNames, [d]: names } }),
			}),
			this.listRow(t(lang, "settings.headingWords"), t(lang, "settings.headingWordsDesc"), {
				shown: (s) => s.headingWords[d],
				fallback: DEFAULT_CONFIG.headingWords[d],
				kind: "name",
				change: (words) => ({ headingWords: { ...this.host.settings.headingWords, [d]: words } }),
			}),
		];
	}

	/** A comma-separated list; an empty field means the defaults (shown as its placeholder). */
	private listRow(name: string, desc: string, list: ListSetting): SettingRow {
		return this.textRow(name, desc, {
			placeholder: joinNames(list.fallback),
			shown: (s) => joinNames(list.shown(s)),
			change: (value) => {
				const names = splitNames(value, list.kind);
				return list.change(names.length > 0 ? names : [...list.fallback]);
			},
		});
	}

	/** One line of text, saved as typed and applied when the user leaves the field. */
	private textRow(name: string, desc: string, field: TextSetting): SettingRow {
		return {
			name,
			desc,
			render: (setting) => {
				setting.setName(name).setDesc(desc);
				field.described?.(setting);
				setting.addText((text) => {
					this.applyOnLeave(text.inputEl);
					text.setPlaceholder(field.placeholder).setValue(field.shown(this.host.settings));
					text.onChange(async (value) => {
						const change = field.change(value);
						if (change !== null) await this.save(change, true);
						field.described?.(setting);
					});
					field.suggest?.(text.inputEl);
				});
			},
		};
	}

	private scopeRow(lang: Lang, key: "includeFolders" | "excludeFolders"): SettingRow {
		const name = t(lang, key === "includeFolders" ? "settings.includeFolders" : "settings.excludeFolders");
		const desc = t(lang, key === "includeFolders" ? "settings.includeFoldersDesc" : "settings.excludeFoldersDesc");
		return {
			name,
			desc,
			render: (setting) => {
				setting.setName(name).setDesc(desc);
				setting.addTextArea((area) => {
					this.applyOnLeave(area.inputEl);
					area.setValue(this.host.settings[key].join("\n"));
					area.inputEl.rows = 3;
					area.onChange(async (value) => {
						await this.save({ [key]: splitFolders(value) }, true);
					});
				});
			},
		};
	}

	private doneDateRow(lang: Lang): SettingRow {
		return this.toggleRow(t(lang, "settings.doneDate"), t(lang, "settings.doneDateDesc"), "doneDate");
	}

	/** An on/off setting saved as it is flipped. */
	private toggleRow(name: string, desc: string, key: "doneDate" | "syncOnLibraryChange"): SettingRow {
		return {
			name,
			desc,
			render: (setting) => {
				setting.setName(name).setDesc(desc);
				setting.addToggle((toggle) => {
					toggle.setValue(this.host.settings[key]);
					toggle.onChange(async (value) => {
						await this.save({ [key]: value });
					});
				});
			},
		};
	}

	private summaryTargetRow(lang: Lang): SettingRow {
		const name = t(lang, "summary.settings.target");
		const desc = t(lang, "summary.settings.targetDesc");
		return {
			name,
			desc,
			render: (setting) => {
				setting.setName(name).setDesc(desc);
				setting.addDropdown((dropdown) => {
					dropdown.addOption("note", t(lang, "summary.settings.target.note"));
					dropdown.addOption("plan", t(lang, "summary.settings.target.plan"));
					dropdown.setValue(this.host.settings.summaryTarget);
					dropdown.onChange(async (value) => {
						await this.save({ summaryTarget: value === "plan" ? "plan" : "note" });
					});
				});
			},
		};
	}

	private summaryNameRow(lang: Lang): SettingRow {
		return this.textRow(t(lang, "summary.settings.noteName"), t(lang, "summary.settings.noteNameDesc"), {
			placeholder: DEFAULT_WORKSPACE.summaryNoteName,
			shown: (s) => s.summaryNoteName,
			// Checked the way the CLI reads it: an unusable name falls back to the default.
			change: (value) => ({ summaryNoteName: workspaceWithDefaults({ summaryNoteName: value }).summaryNoteName }),
		});
	}

	private syncOnLibraryRow(lang: Lang): SettingRow {
		return this.toggleRow(t(lang, "sync.settings.onLibraryChange"), t(lang, "sync.settings.onLibraryChangeDesc"), "syncOnLibraryChange");
	}

	private doneByRow(lang: Lang): SettingRow {
		return this.textRow(t(lang, "settings.doneBy"), t(lang, "settings.doneByDesc"), {
			placeholder: t(lang, "settings.doneByPlaceholder"),
			shown: (s) => s.doneBy,
			change: (value) => ({ doneBy: value.trim() }),
		});
	}

	private libraryRow(lang: Lang): SettingRow {
		const desc = t(lang, "plugin.settings.libraryDesc");
		return this.textRow(t(lang, "plugin.settings.library"), desc, {
			placeholder: t(lang, "plugin.settings.libraryPlaceholder"),
			shown: (s) => s.libraryPath,
			// Saved as the note's path (with .md), which is also what the CLI looks for; a path leaving the
			// vault is not saved (the core's rule, as the CLI reads the setting).
			change: (value) => {
				const path = notePath(value);
				return path === null ? null : { libraryPath: path };
			},
			described: (setting) => {
				const path = notePath(this.host.settings.libraryPath);
				const missing = !!path && !libraryFile(this.app, this.host.settings);
				setting.setDesc(missing ? `${desc} ${t(lang, "plugin.settings.libraryMissing", { path })}` : desc);
			},
			suggest: (input) => new NoteSuggest(this.app, input),
		});
	}

	private templatesFolderRow(lang: Lang): SettingRow {
		return this.folderRow(t(lang, "plugin.settings.templatesFolder"), t(lang, "plugin.settings.templatesFolderDesc"), "templatesFolder", DEFAULT_WORKSPACE.templatesFolder);
	}

	private plansFolderRow(lang: Lang): SettingRow {
		return this.folderRow(t(lang, "plugin.settings.plansFolder"), t(lang, "plugin.settings.plansFolderDesc"), "plansFolder", "");
	}

	/** An empty templates folder means the default one (as the CLI reads it); an empty plans folder, the vault's root. */
	private folderRow(name: string, desc: string, key: "templatesFolder" | "plansFolder", whenEmpty: string): SettingRow {
		return this.textRow(name, desc, {
			placeholder: whenEmpty || DEFAULT_WORKSPACE[key],
			shown: (s) => s[key],
			change: (value) => {
				const path = cleanPath(value);
				return path === null ? null : { [key]: path || whenEmpty };
			},
			suggest: (input) => new FolderSuggest(this.app, input),
		});
	}

	private languageRow(lang: Lang): SettingRow {
		const name = t(lang, "plugin.settings.language");
		const desc = t(lang, "plugin.settings.languageDesc");
		return {
			name,
			desc,
			render: (setting) => {
				setting.setName(name).setDesc(desc);
				setting.addDropdown((dropdown) => {
					for (const option of UI_LANGUAGES) dropdown.addOption(option, t(lang, `plugin.settings.language.${option}`));
					dropdown.setValue(this.host.settings.uiLanguage);
					dropdown.onChange(async (value) => {
						if (!isUiLanguage(value)) return;
						await this.save({ uiLanguage: value });
						this.refresh();
					});
				});
			},
		};
	}

	/**
	 * Saves a change. A typed one is applied when the user leaves the field (or the tab), not at each
	 * pause in typing: applying a tag or folder setting reads the whole vault again.
	 */
	private async save(change: Partial<IntlPlanSettings>, typed = false): Promise<void> {
		this.host.settings = { ...this.host.settings, ...change };
		await this.host.saveSettings({ apply: !typed });
	}

	/** A typed value takes effect when the user leaves its field (blur, or Enter's change event). */
	private applyOnLeave(el: HTMLElement): void {
		const apply = (): void => this.host.applySettings?.();
		el.addEventListener("blur", apply);
		el.addEventListener("change", apply);
	}

	override hide(): void {
		this.host.applySettings?.();
		super.hide();
	}

	/** Redraws the tab in its new language: `update()` on 1.13's declarative settings, `display()` before. */
	private refresh(): void {
		const tab = this as { update?: () => void };
		if (requireApiVersion("1.13.0") && typeof tab.update === "function") tab.update();
		else this.display();
	}
}
