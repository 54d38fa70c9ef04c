/** A team vault in Obsidian for the sync commands: a library note the settings name, two plans. */
import { expect } from "vitest";
import { loadPlugin, openModals, type Harness } from "../support/harness.js";

export const LIBRARY_PATH = "Intl plan/checklist-library.md";
export const ACME = "Plans/Acme plan.md";
export const BETA = "Plans/Beta plan.md";

export const LIBRARY = `---
intl-plan-library: 1
---
## 战略决策 Strategy

- 用平台数据为候选市场打分 ^ck-strategy-scoring
    - en:: Score candidate markets with platform data
    - when:: always
    - source:: §3.1

## 技术赋能 Technology

- 建设数据中台 ^ck-tech-data
    - en:: Build a data platform
    - when:: always
    - source:: §3.2
`;

export function plan(company: string, lang: "zh" | "en", body = ""): string {
	return `---\nintl-plan: 1\ncompany: ${company}\nsize: small\nlang: ${lang}\n---\n# ${company}\n\n## 战略决策 Strategy\n\n## 技术赋能 Technology\n${body}`;
}

export async function team(files: Record<string, string> = {}, saved: Record<string, unknown> = {}): Promise<Harness> {
	return loadPlugin(
		{ [LIBRARY_PATH]: LIBRARY, [ACME]: plan("Acme", "zh"), [BETA]: plan("Beta", "en"), "Notes/ideas.md": "# Ideas\n", ...files },
		{ libraryPath: LIBRARY_PATH, ...saved },
	);
}

/** The open preview (there is one at a time). */
export function preview(): HTMLElement {
	const modals = openModals();
	expect(modals).toHaveLength(1);
	const el = modals[0]?.contentEl;
	if (!el) throw new Error("no preview open");
	return el;
}

export function button(cls: "intl-plan-sync-apply" | "intl-plan-sync-cancel"): HTMLButtonElement {
	const el = preview().querySelector<HTMLButtonElement>(`button.${cls}`);
	if (!el) throw new Error(`no ${cls} button`);
	return el;
}
