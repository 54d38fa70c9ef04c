/** Obsidian entry point: lifecycle only. Everything the plugin does lives in src/obsidian over src/core. */
import { Plugin } from "obsidian";
import { settingsFrom, type IntlPlanSettings } from "./obsidian/settings.js";

export default class IntlPlanPlugin extends Plugin {
	settings: IntlPlanSettings = settingsFrom(undefined);

	override async onload(): Promise<void> {
		this.settings = settingsFrom(await this.loadData());
	}

	override onunload(): void {
		// Nothing to undo by hand: whatever the plugin registers goes through register*() / addChild(),
		// which Obsidian releases on unload. Leaves stay open so they come back where the user left them.
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}
}
