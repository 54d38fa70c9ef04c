/** The plan view's registration: the view type, its page-preview source, a ribbon icon and its commands. */
import { Keymap, type App, type Plugin } from "obsidian";
import { t } from "../../core/index.js";
import { uiLang } from "../ui/language.js";
import type { SettingsHost } from "../settings/settings.js";
import type { IndexSource } from "./index-source.js";
import { HOVER_SOURCE, PLAN_VIEW_TYPE, PlanView } from "./plan-view.js";
import { warn } from "../ui/notices.js";
import { ALL } from "./view-controls.js";

export function registerPlanView(plugin: Plugin & SettingsHost, source: IndexSource): void {
	const lang = uiLang(plugin.settings);
	plugin.registerView(PLAN_VIEW_TYPE, (leaf) => new PlanView(leaf, plugin, source));
	// Page preview on hover over an item, with Ctrl/Cmd held by default, as in the file explorer.
	plugin.registerHoverLinkSource(HOVER_SOURCE, { display: t(lang, "view.hoverSource"), defaultMod: true });
	plugin.addRibbonIcon("layout-grid", t(lang, "view.open"), (evt) => void openPlanView(plugin.app, Keymap.isModEvent(evt) ? "main" : "side"));
	plugin.addCommand({
		id: "open-plan-view",
		name: t(lang, "view.open"),
		callback: () => void openPlanView(plugin.app, "side"),
	});
	// My items: every plan's items whose owner is the user's name (the "Your name" setting).
	plugin.addCommand({
		id: "show-my-items",
		name: t(lang, "view.myItems"),
		callback: () => {
			const name = plugin.settings.doneBy.trim();
			if (!name) return void warn(t(uiLang(plugin.settings), "view.myItemsNoName"));
			void openPlanView(plugin.app, "side", { scope: ALL, owner: name, status: "open", market: null, text: null, due: null });
		},
	});
}

/**
 * Shows the plan view: the open one if there is one, else a new one in the right sidebar (beside the
 * notes it follows) or, with Ctrl/Cmd on the ribbon icon, in a tab of its own.
 */
export async function openPlanView(app: App, where: "side" | "main", state?: Record<string, unknown>): Promise<void> {
	const { workspace } = app;
	const existing = workspace.getLeavesOfType(PLAN_VIEW_TYPE)[0];
	if (existing) {
		if (state) await existing.setViewState({ type: PLAN_VIEW_TYPE, active: true, state });
		await workspace.revealLeaf(existing);
		return;
	}
	const leaf = (where === "side" ? workspace.getRightLeaf(false) : null) ?? workspace.getLeaf("tab");
	await leaf.setViewState({ type: PLAN_VIEW_TYPE, active: true, ...(state ? { state } : {}) });
	await workspace.revealLeaf(leaf);
}
