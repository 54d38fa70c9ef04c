/** Where a plan's summary note lives and which language it is written in: the same in plugin and CLI. */
import type { Lang } from "../i18n/index.js";
import type { Plan } from "../plan/vault-index.js";
import { terminalText } from "../text/index.js";

/** The summary note beside the plan; `{title}` in the pattern is the plan's title. */
export function summaryNotePath(plan: Pick<Plan, "path" | "title">, pattern: string): string {
	const folder = plan.path.includes("/") ? plan.path.slice(0, plan.path.lastIndexOf("/") + 1) : "";
	return `${folder}${pattern.replace("{title}", plan.title)}.md`;
}

/**
 * The canvas beside the plan, named after it. Control characters in the plan's file name (a note
 * synced from elsewhere can carry them) are left out: no vault path may hold them.
 */
export function planCanvasPath(plan: Pick<Plan, "path">): string {
	return terminalText(plan.path.replace(/\.md$/i, "")).replace(/[\t\n]/g, " ") + ".canvas";
}

export type CanvasTarget =
	/** The canvas there already holds exactly this: nothing to write. */
	| { readonly kind: "unchanged"; readonly path: string }
	/** No canvas there yet. */
	| { readonly kind: "new"; readonly path: string }
	/** The canvas at `taken` differs (the user rearranged it, their work): the new one goes beside it. */
	| { readonly kind: "beside"; readonly path: string; readonly taken: string };

/**
 * Where a canvas export goes, for plugin and CLI alike: its own path when free or already the same; else
 * the first free `name 2.canvas`, `name 3.canvas`, …, unless one of those already holds exactly this
 * export (running the export again adds no file). `read` gives a path's text, null when nothing is there.
 */
export function canvasTarget(path: string, text: string, read: (path: string) => string | null): CanvasTarget {
	const there = read(path);
	if (there === null) return { kind: "new", path };
	if (there === text) return { kind: "unchanged", path };
	const base = path.replace(/\.canvas$/i, "");
	for (let n = 2; ; n++) {
		const other = `${base} ${n}.canvas`;
		const held = read(other);
		if (held === text) return { kind: "unchanged", path: other };
		if (held === null) return { kind: "beside", path: other, taken: path };
	}
}

/** The plan's own language when it has one; a bilingual or unset plan gets the reader's. */
export function summaryLang(plan: Pick<Plan, "profile">, readerLang: Lang): Lang {
	return plan.profile.lang === "en" || plan.profile.lang === "zh" ? plan.profile.lang : readerLang;
}
