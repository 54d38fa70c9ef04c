/**
 * The built-in library and templates, bundled as text (esbuild's text loader; vitest's in
 * vitest.config.ts), so the plugin reads them with the same parser it uses for a vault's notes.
 */
import libraryText from "../../../templates/checklist-library.md";
import compliance from "../../../templates/compliance-risk-register.md";
import marketEntry from "../../../templates/market-entry.md";
import marketing from "../../../templates/marketing-campaign.md";
import plan from "../../../templates/plan.md";
import strategy from "../../../templates/strategy-decision-record.md";
import technology from "../../../templates/technology-capability.md";
import tradingServices from "../../../templates/trading-services.md";

export const BUILTIN_LIBRARY: string = libraryText;
export const PLAN_TEMPLATE: string = plan;

/** File name → text, as they are installed into a vault. */
export const TEMPLATES: Readonly<Record<string, string>> = {
	"plan.md": plan,
	"strategy-decision-record.md": strategy,
	"technology-capability.md": technology,
	"marketing-campaign.md": marketing,
	"compliance-risk-register.md": compliance,
	"market-entry.md": marketEntry,
	"trading-services.md": tradingServices,
	"checklist-library.md": libraryText,
};
