/**
 * Deciding from Obsidian's metadata cache, without reading the note, that it holds nothing for the
 * index: no plan, no dimension, no plan link. The core's own grammar gives a note a dimension only
 * through tags, heading names and frontmatter, all of which the cache lists; when the cache cannot
 * tell (none yet, frontmatter that did not parse), the note is read.
 */
import { getAllTags, type CachedMetadata } from "obsidian";
import type { DimensionMatcher } from "../../core/index.js";

const PLAN_KEYS = ["intl-plan", "dimension", "plan"];

export function metadataRulesOut(cache: CachedMetadata | null, matcher: DimensionMatcher): boolean {
	if (!cache) return false;
	const fm = cache.frontmatter;
	// A frontmatter block Obsidian could not read: the core reports it (a problem) if the note matters.
	if (!fm && (cache.frontmatterPosition || cache.sections?.[0]?.type === "yaml")) return false;
	if (fm && PLAN_KEYS.some((key) => key in fm)) return false;
	for (const tag of getAllTags(cache) ?? []) if (matcher.ofTag(tag.replace(/^#/, ""))) return false;
	for (const heading of cache.headings ?? []) if (matcher.ofHeading(heading.heading)) return false;
	return true;
}
