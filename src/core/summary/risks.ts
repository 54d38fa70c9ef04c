/**
 * The risks a plan runs, as the paper names them, chosen by the plan's profile. Each risk says where
 * the paper says it, which of the plan's markets it is about (only when it is about markets: §4.3
 * separates developed from emerging markets), and which checklist items address it, so the summary
 * can list the plan's open tasks for it and count the items not yet in the plan.
 *
 * - §4.3 developed markets: data privacy (such as GDPR), product certification and environmental
 *   standards, strict laws in a mature consumer environment.
 * - §4.3 emerging markets: institutional volatility and policy changes, weak infrastructure and so
 *   fulfilment (logistics, payment) risk.
 * - §2.2/§2.3 the channel: frequent platform rule changes, traffic dividends fading and acquisition
 *   cost rising, weaker bargaining power under full/semi-managed programs, complex logistics, payment
 *   and after-sales, compliance thresholds (IP, tax, data privacy); §3.3 single-channel dependence.
 * - §4.2 trading firms: infringing others' IP through what they select.
 * - §5 the tensions: supply-chain flexibility against cost, precise targeting against cultural fit,
 *   agility against compliance, and fragmented regional rules and technical standards.
 */
import type { Profile } from "../plan/profile.js";

export type RiskId =
	| "developed-privacy"
	| "developed-certification"
	| "developed-consumer-law"
	| "emerging-volatility"
	| "emerging-fulfilment"
	| "platform-rules"
	| "traffic-cost"
	| "bargaining-power"
	| "single-channel"
	| "fulfilment-complexity"
	| "compliance-thresholds"
	| "trader-ip"
	| "tension-supply"
	| "tension-culture"
	| "tension-agility"
	| "fragmented-rules";

export interface RiskDefinition {
	readonly id: RiskId;
	readonly sources: readonly string[];
	/** Markets of this kind only; null: about the channel, the firm or every market. */
	readonly markets: "developed" | "emerging" | null;
	readonly applies: (profile: Profile) => boolean;
	/** Checklist items (built-in library ids) that address it. */
	readonly items: readonly string[];
}

const always = (): boolean => true;
const usesPlatforms = (p: Profile): boolean => p.channel !== "independent-site";
const hasMarkets = (kind: "developed" | "emerging") => (p: Profile): boolean => p.markets.some((m) => m.type === kind);

export const RISKS: readonly RiskDefinition[] = [
	{ id: "developed-privacy", sources: ["§4.3", "§2.2"], markets: "developed", applies: hasMarkets("developed"), items: ["ck-compliance-data-privacy", "ck-compliance-gdpr", "ck-compliance-eu-dsa"] },
	{ id: "developed-certification", sources: ["§4.3"], markets: "developed", applies: hasMarkets("developed"), items: ["ck-compliance-certification-environment", "ck-compliance-product-liability"] },
	{ id: "developed-consumer-law", sources: ["§4.3", "§3.4"], markets: "developed", applies: hasMarkets("developed"), items: ["ck-compliance-consumer-protection", "ck-strategy-local-team-or-provider"] },
	{ id: "emerging-volatility", sources: ["§4.3"], markets: "emerging", applies: hasMarkets("emerging"), items: ["ck-compliance-emerging-policy-watch", "ck-compliance-market-rules-register"] },
	{ id: "emerging-fulfilment", sources: ["§4.3"], markets: "emerging", applies: hasMarkets("emerging"), items: ["ck-tech-local-logistics-payment", "ck-tech-rapid-iteration"] },
	{ id: "platform-rules", sources: ["§2.3"], markets: null, applies: usesPlatforms, items: ["ck-strategy-platform-rule-response"] },
	{ id: "traffic-cost", sources: ["§2.3", "§2.2"], markets: null, applies: always, items: ["ck-marketing-cac-tracking", "ck-marketing-private-traffic"] },
	{ id: "bargaining-power", sources: ["§2.2"], markets: null, applies: usesPlatforms, items: ["ck-strategy-managed-mode-review", "ck-strategy-multi-platform-distribution", "ck-strategy-reduce-platform-dependence"] },
	{ id: "single-channel", sources: ["§3.3"], markets: null, applies: (p) => p.channel === "platform" || p.channel === "independent-site", items: ["ck-marketing-omnichannel-loop", "ck-strategy-path-choice", "ck-strategy-reduce-platform-dependence"] },
	{ id: "fulfilment-complexity", sources: ["§2.3"], markets: null, applies: always, items: ["ck-tech-fulfilment-integration", "ck-tech-erp-integration"] },
	{ id: "compliance-thresholds", sources: ["§2.3", "§3.4"], markets: null, applies: always, items: ["ck-compliance-ip-search", "ck-compliance-vat-registration", "ck-compliance-income-tax", "ck-compliance-function-owner"] },
	{ id: "trader-ip", sources: ["§4.2"], markets: null, applies: (p) => p.industry === "trading", items: ["ck-compliance-selection-ip-review"] },
	{ id: "tension-supply", sources: ["§5"], markets: null, applies: always, items: ["ck-tech-flexibility-cost-balance"] },
	{ id: "tension-culture", sources: ["§5"], markets: null, applies: always, items: ["ck-marketing-precision-culture", "ck-marketing-cultural-review"] },
	{ id: "tension-agility", sources: ["§5"], markets: null, applies: always, items: ["ck-compliance-agility-guardrails", "ck-compliance-embedded-at-source"] },
	{ id: "fragmented-rules", sources: ["§5"], markets: null, applies: always, items: ["ck-tech-regional-standards", "ck-compliance-market-rules-register"] },
];

/** The risks a plan of this profile runs, in the register's order. */
export function risksFor(profile: Profile): readonly RiskDefinition[] {
	return RISKS.filter((r) => r.applies(profile));
}
