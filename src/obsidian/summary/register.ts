/**
 * Summaries, canvas export and the roll-up in Obsidian: two commands (no default hotkeys), the
 * ```intl-plan-rollup``` code block, and the same jobs for Obsidian's command line
 * (`obsidian intl-plan:summary`, `…:rollup`, `…:canvas`; Obsidian 1.12.2).
 */
import type { CliHandler, Plugin } from "obsidian";
import {
	jsonText, matchPlans, planForNote, rollup, rollupMarkdown, ROLLUP_SORTS, summarizePlan, summaryLang, summaryMarkdown, t, terminalText, toIsoDate, vaultPath,
	type Lang, type Library, type Plan, type RollupSort,
} from "../../core/index.js";
import { uiLang } from "../ui/language.js";
import { loadLibrary } from "../checklist/library.js";
import { notePath } from "../vault/vault-paths.js";
import { inform, warn } from "../ui/notices.js";
import type { SettingsHost } from "../settings/settings.js";
import { localToday } from "../ui/today.js";
import type { IndexSource } from "../view/index-source.js";
import { rollupBlockProcessor } from "./rollup-block.js";
import { renderRollupTable } from "./rollup-table.js";
import { exportPlanCanvas, exportPlanReport, writePlanSummary } from "./summary-actions.js";

/** How long the library note must be quiet before roll-ups re-read it (it is parsed whole each time). */
export const LIBRARY_QUIET_MS = 1_000;

export interface SummaryFeatures {
	/** The roll-up table for the plan view's "All plans" page. */
	readonly rollupSection: (el: HTMLElement) => void;
}

export function registerSummaryFeatures(plugin: Plugin & SettingsHost, source: IndexSource): SummaryFeatures {
	const { app } = plugin;
	const lang = (): Lang => uiLang(plugin.settings);
	const names = lang();
	let library: Library | null = null;
	const libraryListeners = new Set<() => void>();
	/** @param quiet no notice: loading at start or after the note changed; the user hears when they act */
	const refreshLibrary = async (quiet = false): Promise<Library | null> => {
		library = (await loadLibrary(app, plugin.settings, lang(), quiet))?.library ?? null;
		for (const listener of libraryListeners) listener();
		return library;
	};

	/** The active note's plan, when the index knows it. */
	const activePlan = (): Plan | null => {
		const file = app.workspace.getActiveFile();
		if (!file || !source.isReady()) return null;
		const index = source.current();
		const path = planForNote(index, file.path);
		return index.plans.find((p) => p.path === path) ?? null;
	};
	const report = (r: { ok: boolean; message: string }): void => {
		if (r.message) (r.ok ? inform : warn)(r.message);
	};

	/** A command on the active note's plan that needs the checklist library (read fresh each time). */
	const planReportCommand = (id: string, name: Parameters<typeof t>[1], action: typeof writePlanSummary): void => {
		plugin.addCommand({
			id,
			name: t(names, name),
			checkCallback: (checking) => {
				const plan = activePlan();
				if (!plan) return false;
				if (!checking) {
					void (async () => {
						const lib = await refreshLibrary();
						if (lib) report(await action(app, plugin.settings, source.current(), plan, lib, localToday(), lang()));
					})();
				}
				return true;
			},
		});
	};
	planReportCommand("write-plan-summary", "summary.command.write", writePlanSummary);
	planReportCommand("export-plan-report", "summary.command.report", exportPlanReport);
	plugin.addCommand({
		id: "export-plan-canvas",
		name: t(names, "summary.command.canvas"),
		checkCallback: (checking) => {
			const plan = activePlan();
			if (!plan) return false;
			if (!checking) void exportPlanCanvas(app, source.current(), plan, lang()).then(report);
			return true;
		},
	});

	plugin.registerMarkdownCodeBlockProcessor(
		"intl-plan-rollup",
		rollupBlockProcessor({ app, source, lang, library: () => library, onLibraryChange: (listener) => (libraryListeners.add(listener), () => libraryListeners.delete(listener)), today: localToday }),
	);
	// Not in onload: reading and checking the library takes a while on a phone. Gaps in roll-ups follow the note as it changes.
	app.workspace.onLayoutReady(() => {
		void refreshLibrary(true);
		let timer: number | null = null;
		const later = (path: string, oldPath?: string): void => {
			const named = notePath(plugin.settings.libraryPath);
			if (!named || (path !== named && oldPath !== named)) return;
			if (timer !== null) window.clearTimeout(timer);
			timer = window.setTimeout(() => ((timer = null), void refreshLibrary(true)), LIBRARY_QUIET_MS);
		};
		plugin.register(() => timer !== null && window.clearTimeout(timer));
		plugin.registerEvent(app.vault.on("modify", (file) => later(file.path)));
		plugin.registerEvent(app.vault.on("create", (file) => later(file.path)));
		plugin.registerEvent(app.vault.on("delete", (file) => later(file.path)));
		plugin.registerEvent(app.vault.on("rename", (file, oldPath) => later(file.path, oldPath)));
	});

	registerCliHandlers(plugin, source, lang, refreshLibrary);

	let viewSort: RollupSort = "plan";
	const rollupSection = (el: HTMLElement): void => {
		el.empty();
		el.createEl("h4", { text: t(lang(), "rollup.title") });
		const rows = rollup(source.current(), library, localToday(), { sort: viewSort });
		renderRollupTable(el, rows, lang(), {
			sort: viewSort,
			onSort: (sort) => {
				viewSort = sort;
				rollupSection(el);
			},
			onOpen: (path, newLeaf) => void app.workspace.openLinkText(path, "", newLeaf),
		});
	};
	return { rollupSection };
}

/** Obsidian prints a handler's answer to a terminal: no control character from a note goes with it. */
function forTerminal(handler: CliHandler): CliHandler {
	return async (params) => terminalText(await handler(params));
}

/** How long a command-line call made while Obsidian is still starting waits for the first read of the vault. */
const READY_WAIT_MS = 60_000;

/** True once the index has read the whole vault, waiting up to `ms` for it; false if it has not by then. */
export function whenReady(source: IndexSource, ms: number): Promise<boolean> {
	if (source.isReady()) return Promise.resolve(true);
	return new Promise((resolve) => {
		const done = (ready: boolean): void => {
			window.clearTimeout(timer);
			stop();
			resolve(ready);
		};
		const stop = source.onChange(() => {
			if (source.isReady()) done(true);
		});
		const timer = window.setTimeout(() => done(source.isReady()), ms);
	});
}

function registerCliHandlers(plugin: Plugin & SettingsHost, source: IndexSource, lang: () => Lang, library: () => Promise<Library | null>): void {
	// Obsidian before 1.12.2 has no command line: nothing to register there.
	if (typeof plugin.registerCliHandler !== "function") return;
	const l = lang();
	const fail = (message: string): string => t(lang(), "summary.cli.error", { message });
	/** The plan `plan=` names (as the Node CLI's --plan matches it), or the vault's only plan; else why not. */
	const choosePlan = (wanted: string | undefined): Plan | string => {
		const plans = source.current().plans;
		const found = wanted ? matchPlans(plans, wanted) : plans;
		if (found.length === 1 && found[0]) return found[0];
		const list = (found.length > 1 ? found : plans).map((p) => p.path).join(", ") || t(lang(), "cli.error.noPlans");
		if (!wanted) return fail(found.length === 0 ? t(lang(), "cli.error.vaultHasNoPlan") : t(lang(), "cli.error.choosePlan", { plans: list, option: "plan=" }));
		return fail(t(lang(), found.length === 0 ? "cli.error.noPlan" : "cli.error.ambiguousPlan", { plan: wanted, plans: list }));
	};

	/** A command name already taken (another plugin's, or one the app kept through a reload) is skipped with a warning: the rest of the plugin still loads. */
	const register = (...args: Parameters<typeof plugin.registerCliHandler>): void => {
		try {
			plugin.registerCliHandler(...args);
		} catch (e) {
			console.warn(`intl-plan: command line handler ${args[0]} not registered`, e);
		}
	};

	register(
		"intl-plan:summary",
		t(l, "summary.cli.summary"),
		{
			plan: { value: "<plan>", description: t(l, "summary.cli.plan") },
			format: { value: "<md|json>", description: t(l, "summary.cli.format") },
			today: { value: "<YYYY-MM-DD>", description: t(l, "summary.cli.today") },
			lang: { value: "<en|zh>", description: t(l, "summary.cli.lang") },
			write: { description: t(l, "summary.cli.write") },
		},
		forTerminal(async (params) => {
			if (!(await whenReady(source, READY_WAIT_MS))) return fail(t(lang(), "summary.notReady"));
			const plan = choosePlan(params.plan);
			if (typeof plan === "string") return plan;
			const lib = await library();
			if (!lib) return fail(t(lang(), "summary.cli.libraryInvalid"));
			// The Node CLI's date rule: a day that is no calendar date (2026-02-30) is refused, not read as today.
			const today = params.today === undefined ? localToday() : toIsoDate(params.today);
			if (today === null) return fail(t(lang(), "cli.new.badDate", { option: "today=", value: params.today ?? "" }));
			if (params.write === "true") return (await writePlanSummary(plugin.app, plugin.settings, source.current(), plan, lib, today, lang())).message;
			const summary = summarizePlan(source.current(), plan.path, lib, today);
			if (!summary) return fail(t(lang(), "summary.noPlan"));
			const outLang = params.lang === "en" || params.lang === "zh" ? params.lang : summaryLang(plan, lang());
			return params.format === "json" ? jsonText(summary, 2) : summaryMarkdown(summary, outLang);
		}),
	);
	register(
		"intl-plan:rollup",
		t(l, "summary.cli.rollup"),
		{
			format: { value: "<md|json>", description: t(l, "summary.cli.format") },
			sort: { value: "<column>", description: t(l, "summary.cli.sort") },
			folder: { value: "<folder>", description: t(l, "summary.cli.folder") },
		},
		forTerminal(async (params) => {
			if (!(await whenReady(source, READY_WAIT_MS))) return fail(t(lang(), "summary.notReady"));
			const sort: RollupSort = ROLLUP_SORTS.find((s) => s === params.sort) ?? "plan";
			const folder = vaultPath(params.folder ?? "");
			if (!folder.ok) return fail(t(lang(), folder.reason === "outside" ? "cli.path.outside" : "cli.path.notAPath", { option: "folder=", value: params.folder ?? "" }));
			const rows = rollup(source.current(), await library(), localToday(), { sort, ...(folder.path !== "" ? { folder: folder.path } : {}) });
			return params.format === "json" ? jsonText(rows, 2) : rollupMarkdown(rows, lang());
		}),
	);
	register(
		"intl-plan:canvas",
		t(l, "summary.cli.canvas"),
		{ plan: { value: "<plan>", description: t(l, "summary.cli.plan") } },
		forTerminal(async (params) => {
			if (!(await whenReady(source, READY_WAIT_MS))) return fail(t(lang(), "summary.notReady"));
			const plan = choosePlan(params.plan);
			if (typeof plan === "string") return plan;
			return (await exportPlanCanvas(plugin.app, source.current(), plan, lang())).message;
		}),
	);
}
