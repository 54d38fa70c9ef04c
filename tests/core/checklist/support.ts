import { readLibrary } from "../../../src/core/checklist/index.js";
import { BUILTIN_LIBRARY } from "../../../src/core/checklist/builtin.js";
import { DEFAULT_CONFIG, classifyMarket, type Profile } from "../../../src/core/plan/index.js";

export const library = readLibrary(BUILTIN_LIBRARY, DEFAULT_CONFIG);

export function profile(p: Partial<Omit<Profile, "markets">> & { markets?: readonly string[] } = {}): Profile {
	return {
		company: p.company ?? "Acme",
		size: p.size ?? null,
		industry: p.industry ?? null,
		channel: p.channel ?? null,
		platforms: p.platforms ?? [],
		markets: (p.markets ?? []).map((m) => classifyMarket(m).market),
		owner: p.owner ?? null,
		horizon: p.horizon ?? null,
		lang: p.lang ?? null,
		entries: p.entries ?? [],
	};
}
