/** The plan model: note facts → plans, items with dimensions, quadrants; the JSON contract. */
export { DIMENSIONS, isDimension, type Dimension } from "./dimensions.js";
export { DEFAULT_CONFIG, withDefaults, DEFAULT_WORKSPACE, workspaceWithDefaults, readWorkspace, type SettingProblem, type PlanConfig, type MarketType, type WorkspaceSettings } from "./config.js";
export { dimensionMatcher, type DimensionMatcher } from "./dimension-of.js";
export { classifyMarket, knownMarkets, type Market } from "./markets.js";
export { marketLabel, nearestMarkets } from "./market-suggestions.js";
export { readProfile, SIZES, INDUSTRIES, CHANNELS, LANGS, type Profile, type CompanySize, type Industry, type Channel, type PlanLang } from "./profile.js";
export { toIsoDate } from "./dates.js";
export { vaultPath, type VaultPathReading, type VaultPathRefusal } from "./vault-path.js";
export { statusOf, type Item, type ItemKind, type Status } from "./items.js";
export { indexNote, type NoteIndex } from "./note-index.js";
export { assignPlans, linkResolver, planForNote } from "./membership.js";
export { indexVault, assembleIndex, type VaultIndex, type VaultFile, type Plan, type VaultProblem, type IndexOptions } from "./vault-index.js";
export { matchPlans } from "./match-plans.js";
export { quadrants, countStatuses, type Quadrant, type PlanScope, type StatusCounts } from "./quadrants.js";
export { toJson, CONTRACT_VERSION } from "./json.js";
export { toggleTask, replaceLine, type ShownTask, type ToggleOptions, type ToggleResult } from "./toggle.js";
export { filterItems, filterChoices, NO_FILTER, type ItemFilter } from "./filters.js";
export { parseBlockOptions, type BlockOptions, type BlockOptionError, type BlockPlan } from "./block-options.js";
