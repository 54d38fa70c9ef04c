/**
 * The first read of a large vault, shown in the status bar while it runs and gone when it ends. Obsidian's
 * mobile apps have no status bar: there the plan view shows the count instead (see LiveIndex.progress).
 */
import { Platform, type Plugin } from "obsidian";
import { t, type Lang } from "../../core/index.js";

/** Below this many notes the first read is over before a status would be worth reading. */
export const PROGRESS_FROM = 500;

export class IndexProgress {
	private el: HTMLElement | null = null;

	constructor(
		private readonly plugin: Pick<Plugin, "addStatusBarItem">,
		private readonly lang: () => Lang,
	) {}

	show(done: number, total: number): void {
		if (Platform.isMobile) return;
		this.el ??= this.plugin.addStatusBarItem();
		this.el.addClass("intl-plan-index-progress");
		this.el.setText(t(this.lang(), "index.progress", { done, total }));
	}

	done(): void {
		this.el?.empty();
		this.el?.detach();
		this.el = null;
	}
}
