/** Obsidian entry point: lifecycle only. Everything the plugin does lives in src/obsidian over src/core. */
import { Plugin } from "obsidian";
import { registerChecklistCommands } from "./obsidian/commands.js";
import { IntlPlanSettingTab } from "./obsidian/settings-tab.js";
import { settingsFrom, type IntlPlanSettings, type SettingsHost } from "./obsidian/settings.js";

export default class IntlPlanPlugin extends Plugin implements SettingsHost {
	settings: IntlPlanSettings = settingsFrom(undefined);

	override async onload(): Promise<void> {
		this.settings = settingsFrom(await this.loadData());
		this.addSettingTab(new IntlPlanSettingTab(this.app, this));
		registerChecklistCommands(this);
	}

	override onunload(): void {
		// Nothing to undo by hand: whatever the plugin registers goes through addCommand(), addSettingTab(),
		// register*() or addChild(), which Obsidian releases on unload.
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}
}
