// The cheap "could this note hold a plan item?" test. The generator guarantees that untagged
// notes never match it, so `remark-tagged` measures what an index that skips them would pay.
// Case-insensitive because Obsidian matches tags case-insensitively (#Intl/Tech is a tag too).
export const MAYBE_TAGGED =
	/intl\/|国际化\/|intl-plan|dimension|strategy|technology|marketing|compliance|战略决策|技术赋能|营销协同|风险合规/i;

export const isMaybeTagged = (text) => MAYBE_TAGGED.test(text);
