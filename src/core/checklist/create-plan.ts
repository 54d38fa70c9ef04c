/**
 * A new plan note from the plan template: `{{title}}` and `{{date}}` filled, each profile key's value
 * set on its own frontmatter line (comments kept), then the applicable checklist written into each
 * dimension section. The result reads back as the same profile and items.
 */
import { stringify } from "yaml";
import { parseNote } from "../parse/parse-note.js";
import type { PlanConfig } from "../plan/config.js";
import { readProfile, type Channel, type CompanySize, type Industry, type PlanLang, type Profile } from "../plan/profile.js";
import { applicableItems } from "./applicability.js";
import type { Library } from "./library.js";
import { applyInserts } from "./line-edits.js";
import { linesWithEndings, noteEnding, withoutEnding } from "../text/line-endings.js";
import { insertMissing } from "./insert-missing.js";

export interface NewPlan {
	readonly company: string;
	readonly size: CompanySize;
	readonly industry: Industry;
	readonly markets: readonly string[];
	readonly channel: Channel;
	readonly platforms: readonly string[];
	readonly owner: string;
	/** YYYY-MM-DD or empty. */
	readonly horizon: string;
	readonly lang: PlanLang;
}

export interface CreatedPlan {
	readonly text: string;
	readonly profile: Profile;
	readonly added: number;
}

export function createPlanNote(
	template: string,
	plan: NewPlan,
	library: Pick<Library, "items">,
	config: PlanConfig,
	context: { readonly title: string; readonly date: string },
): CreatedPlan {
	let text = fillPlaceholders(template, context);
	const values: Record<string, unknown> = {
		company: plan.company,
		size: plan.size,
		industry: plan.industry,
		markets: [...plan.markets],
		channel: plan.channel,
		platforms: [...plan.platforms],
		owner: plan.owner,
		horizon: plan.horizon,
		lang: plan.lang,
	};
	text = setFrontmatterValues(text, values);
	const fm = parseNote(text).frontmatter;
	if (!fm) throw new Error("The plan template has no frontmatter.");
	const { profile } = readProfile(fm, config);
	const { edits, added } = insertMissing(text, applicableItems(library, profile), plan.lang, config);
	return { text: applyInserts(text, edits), profile, added: added.length };
}

/** Core Templates plugin placeholders: `{{title}}`, `{{date}}`, `{{date:…}}` (the plan only uses ISO dates). */
export function fillPlaceholders(template: string, context: { readonly title: string; readonly date: string }): string {
	return template.replace(/\{\{\s*title\s*\}\}/g, context.title).replace(/\{\{\s*date(?::[^}]*)?\s*\}\}/g, context.date);
}

/**
 * Sets `key: value` lines inside the frontmatter, keeping any `# comment` after the value; keys the
 * template lacks are added before the closing `---`. Nothing else in the note changes.
 */
export function setFrontmatterValues(text: string, values: Readonly<Record<string, unknown>>): string {
	// Each line keeps its own ending; new keys take the closing line's.
	const parts = linesWithEndings(text);
	const lines = parts.map(withoutEnding);
	const endings = parts.map((p, i) => p.slice((lines[i] ?? "").length));
	const close = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
	if (!/^(\uFEFF)?---\s*$/.test(lines[0] ?? "") || close === -1) return text;
	const missing = new Map(Object.entries(values));
	for (let i = 1; i < close; i++) {
		const m = /^([A-Za-z][\w-]*):(.*?)(\s+#.*)?$/.exec(lines[i] ?? "");
		if (!m || !missing.has(m[1] ?? "")) continue;
		const key = m[1] ?? "";
		const assignment = `${key}: ${yamlValue(missing.get(key))}`;
		// Keep a trailing comment where it stood, so the template's column of comments stays aligned.
		const comment = m[3] ?? "";
		const column = (lines[i] ?? "").length - comment.length;
		const pad = comment ? " ".repeat(Math.max(1, column - assignment.length)) + comment.trimStart() : "";
		lines[i] = `${assignment}${pad}`;
		missing.delete(key);
	}
	const eol = endings[close] || noteEnding(text);
	const added = [...missing].map(([k, v]) => `${k}: ${yamlValue(v)}${eol}`);
	return lines.map((l, i) => (i === close ? added.join("") : "") + l + (endings[i] ?? "")).join("");
}

/** One-line YAML for a value: plain where safe, quoted where needed, lists in flow style. */
function yamlValue(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map((v) => yamlValue(v)).join(", ")}]`;
	if (value === "" || value === null || value === undefined) return '""';
	return stringify(value, { lineWidth: 0 }).trimEnd();
}
