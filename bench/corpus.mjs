// Markdown building blocks that look like a cross-border e-commerce team's vault: mixed
// English/Chinese prose, GFM tasks, nested lists, tables, callouts, Dataview fields, Tasks emoji,
// block ids, wikilinks, code and comments. Every builder takes a seeded `r` (random.mjs).
//
// Untagged prose must never match prefilter.mjs: the words below avoid the dimension names in any
// case ("strategy", "marketing", "dimension", 营销协同 …). generate.mjs checks it on every note.

const EN = [
	"Review the supplier quotes for the spring catalogue before Friday.",
	"Shipping to Germany rose by 12% after the carrier changed its fuel surcharge.",
	"The Shenzhen warehouse can hold about 40 pallets of the new SKU.",
	"Customer reviews mention slow delivery more often than price.",
	"Ask the customs broker whether the duty estimate includes VAT on shipping.",
	"Keep the product photos consistent across every listing.",
	"We agreed to test two price points for the Nordic stores.",
	"The returns rate for footwear is still above what we can absorb.",
	"Currency swings ate most of the margin on last quarter's Japanese orders.",
	"Draft an FAQ in Spanish and Portuguese for the checkout page.",
	"Compare the fulfilment offers from three 3PLs before we sign anything.",
	"Inventory turns improved once we dropped the slow colours.",
	"The payment provider wants two more documents for the merchant account.",
	"Bundle the cable with the charger; buyers keep asking for both.",
	"Lead times from the factory slipped to five weeks in October.",
];
const ZH = [
	"下周与供应商确认新品的包装尺寸。",
	"德国站的退货率比上个季度略有下降。",
	"海外仓的租金涨了，需要重新核算物流成本。",
	"客户评价里提到最多的是发货速度。",
	"李明负责整理巴西市场的关税资料。",
	"独立站的转化率还在测试阶段，样本量不够大。",
	"跨境支付的手续费需要和财务一起复核。",
	"把商品详情页翻译成西班牙语和葡萄牙语。",
	"日本订单的汇率损失吃掉了大部分利润。",
	"王芳建议先在东南亚做小批量试销。",
	"工厂的交期从三周拖到了五周，需要备用供应商。",
	"黑五之前要把库存补到安全水位。",
	"这批样品的色差问题已经反馈给工厂。",
];
const MIXED = [
	"和 Jane 一起 review 一下 Q3 的 forecast，重点看 EU 的订单。",
	"Amazon 的 listing 需要补充 A+ 页面，王芳这周出初稿。",
	"Shopify 店铺的 checkout 转化掉了 0.4 个点，先查 payment gateway。",
	"TikTok Shop 的达人合作报价偏高，Tom 再谈一轮。",
	"3PL 的 SLA 里没有写 peak season 的附加费，要补进合同。",
];
const TASKS = [
	"Book the photo shoot for the summer range",
	"整理十月份的物流账单",
	"Send the sample order to the Austin reviewer",
	"更新亚马逊 listing 的关键词",
	"Renew the trademark watch service",
	"和货代确认旺季舱位",
	"Reconcile the PayPal payouts with the bank statement",
	"补拍产品细节图",
	"Translate the size guide into German",
	"核对海外仓的入库差异",
	"Call the factory about the carton labels",
	"Collect three quotes for air freight to Riyadh",
];
const DIM_TASKS = {
	strategy: ["Decide which two markets to enter first", "确定进入顺序：先东南亚后欧洲", "Set the entry mode for Brazil", "评估并购本地分销商的可行性"],
	technology: ["Build the multilingual product data hub", "上线多语言商品数据中台", "Connect the ERP to the marketplace APIs", "部署跨境支付对账系统"],
	marketing: ["Localise the campaign for Ramadan", "与本地达人合作推广新品", "Align brand voice across the three stores", "建立海外社媒内容日历"],
	compliance: ["File the EU GPSR product safety documents", "完成欧盟 VAT 注册", "Check the data transfer clauses for GDPR", "梳理目标市场的知识产权风险"],
};
export const DIMENSIONS = Object.keys(DIM_TASKS);
const DIM_TAGS = {
	strategy: ["#intl/strategy", "#国际化/战略决策", "#Intl/Strategy"],
	technology: ["#intl/tech", "#intl/technology", "#国际化/技术赋能"],
	marketing: ["#intl/marketing", "#国际化/营销协同", "#INTL/marketing"],
	compliance: ["#intl/compliance", "#intl/risk", "#国际化/风险合规"],
};
const DIM_HEADINGS = {
	strategy: ["战略决策 Strategy", "Strategy", "战略决策"],
	technology: ["技术赋能 Technology", "Technology", "技术赋能"],
	marketing: ["营销协同 Marketing", "Marketing", "营销协同"],
	compliance: ["风险合规 Compliance", "Compliance", "风险合规"],
};
const TOPICS = ["Notes", "Next steps", "背景", "讨论记录", "Open questions", "Logistics", "定价", "Suppliers", "行动项", "Numbers", "复盘"];
const PLAIN_TAGS = ["#meeting", "#supplier", "#todo", "#会议", "#project/alpha", "#review", "#跨境", "#logistics", "#2025"];
export const PEOPLE = ["李明", "王芳", "张伟", "Jane", "Tom", "Carlos", "佐藤", "Priya"];
const MARKETS = ["DE", "US", "BR", "JP", "SA", "FR", "ID", "MX", "EU", "东南亚"];
const STATUSES = [" ", " ", " ", "x", "x", "/", "-"];
const PRIORITIES = ["🔺", "⏫", "🔼", "🔽", "⏬"];

export const dimTask = (r, dim) => r.pick(DIM_TASKS[dim]);
export const dimTag = (r, dim) => r.pick(DIM_TAGS[dim]);
export const dimHeading = (r, dim) => r.pick(DIM_HEADINGS[dim]);

/**
 * Where real notes differ from tidy synthetic ones (measured on people's vaults: URLs or e-mail
 * addresses in about half the text): links to the web as markdown links, bare URLs and `www.`
 * (GFM autolink literals), angle-bracket autolinks, e-mail addresses.
 */
function webLink(r) {
	const id = r.id(8);
	return r.pick([
		`[the listing](https://www.amazon.de/dp/B0${id.toUpperCase()})`,
		`https://sellercentral.amazon.com/orders-v3/order/${r.int(100, 999)}-${id}`,
		`<https://docs.google.com/spreadsheets/d/${id}/edit>`,
		`www.${r.pick(["alibaba", "1688", "shopify", "lazada"])}.com/item/${id}`,
		`${r.pick(["jane", "tom", "liming", "ops"])}@${r.pick(["northwind", "acme-trading", "kite"])}.example.com`,
		`[报关指南](https://www.customs.gov.cn/${id}.html)`,
		`(source: https://www.statista.com/statistics/${r.int(1000, 9999)}/)`,
	]);
}

/** "dimension" in prose: the word alone assigns no dimension (only frontmatter `dimension` does). */
export const PROSE_DIMENSION = "Freight is a new dimension of the landed cost.";

function sentence(r) {
	const k = r.next();
	let s = k < 0.45 ? r.pick(EN) : k < 0.85 ? r.pick(ZH) : r.pick(MIXED);
	if (r.chance(0.025)) s += ` ${webLink(r)}`;
	if (r.chance(0.004)) s += ` ${PROSE_DIMENSION}`;
	if (r.chance(0.25)) s += ` See [[${r.pick(r.titles)}]].`;
	if (r.chance(0.1)) s += ` ${r.pick(PLAIN_TAGS)}`;
	if (r.chance(0.08)) s = `**${s}**`;
	if (r.chance(0.06)) s += " Run `npm run sync` after the export.";
	return s;
}

export function paragraph(r) {
	return Array.from({ length: r.int(1, 4) }, () => sentence(r)).join(" ");
}

/** Trailing metadata the way users write it: Dataview inline fields, then Tasks emoji, then a block id. */
function fields(r, status, blockIdPrefix) {
	let s = "";
	if (r.chance(0.35)) s += ` [owner:: ${r.pick(PEOPLE)}]`;
	if (r.chance(0.15)) s += ` (due:: ${r.date()})`;
	if (r.chance(0.1)) s += ` [market:: ${r.pick(MARKETS)}]`;
	if (r.chance(0.3)) s += ` 📅 ${r.date()}`;
	if (r.chance(0.1)) s += ` ⏳ ${r.date()}`;
	if (r.chance(0.05)) s += ` 🛫 ${r.date()}`;
	if (status === "x" && r.chance(0.5)) s += ` ✅ ${r.date()}`;
	if (status === "-" && r.chance(0.5)) s += ` ❌ ${r.date()}`;
	if (r.chance(0.25)) s += ` ${r.pick(PRIORITIES)}`;
	if (blockIdPrefix || r.chance(0.1)) s += ` ^${blockIdPrefix ?? "t"}-${r.id(6)}`;
	return s;
}

/** One task line; `tag` is a dimension tag or "" (an untagged task inherits, or is no item). */
export function task(r, indent, text, tag = "", blockIdPrefix) {
	const status = r.pick(STATUSES);
	return `${"\t".repeat(indent)}- [${status}] ${text}${tag ? " " + tag : ""}${fields(r, status, blockIdPrefix)}`;
}

export function taskList(r, dim) {
	const lines = [];
	for (let i = r.int(2, 7); i > 0; i--) {
		const tagged = dim && r.chance(0.5);
		lines.push(task(r, 0, tagged ? r.pick(DIM_TASKS[dim]) : r.pick(TASKS), tagged ? dimTag(r, dim) : ""));
		if (r.chance(0.25)) lines.push(task(r, 1, r.pick(TASKS)));
	}
	return lines.join("\n");
}

/** Nested bullets; with a dimension, a top-level item becomes a tagged initiative whose
 * sub-tasks carry no tag of their own (they inherit it). */
export function nestedList(r, dim) {
	const lines = [];
	for (let i = r.int(2, 5); i > 0; i--) {
		if (dim && r.chance(0.5)) {
			lines.push(`- ${r.pick(DIM_TASKS[dim])} ${dimTag(r, dim)}${fields(r, " ")}`);
			for (let j = r.int(1, 3); j > 0; j--) lines.push(task(r, 1, r.pick(TASKS)));
			continue;
		}
		lines.push(`- ${sentence(r)}`);
		for (let j = r.int(0, 3); j > 0; j--) {
			lines.push(`\t- ${sentence(r)}`);
			if (r.chance(0.3)) lines.push(`\t\t- ${r.pick(MARKETS)}: ${r.int(10, 900)} units`);
		}
	}
	return lines.join("\n");
}

export function table(r) {
	const rows = Array.from({ length: r.int(2, 6) }, () =>
		`| ${r.pick(MARKETS)} | ${r.int(10, 5000)} | ${r.int(3, 40)}% | [[${r.pick(r.titles)}]] |`);
	return ["| 市场 Market | Orders | Margin | Source |", "| --- | ---: | ---: | --- |", ...rows].join("\n");
}

export function callout(r) {
	const kind = r.pick(["note", "tip", "warning", "question", "info"]);
	const fold = r.pick(["", "", "-", "+"]);
	const body = [paragraph(r)];
	if (r.chance(0.4)) body.push(`- ${r.pick(TASKS)}`, `- ${r.pick(TASKS)}`);
	return [`> [!${kind}]${fold} ${r.pick(["备注", "Heads-up", "待确认", "Context"])}`, ...body.map((l) => `> ${l}`)].join("\n");
}

function codeBlock(r) {
	return r.pick([
		"```js\nconst landed = price + freight + duty; // per unit, USD\nconsole.log(landed.toFixed(2));\n```",
		'```dataview\nTABLE owner, due\nFROM "Projects"\nWHERE !completed\n```',
		"```yaml\ncarrier: DHL\nservice: express\nweight_kg: 12.5\n```",
		"```\n# not a heading, just a comment in a shell script\nrsync -av exports/ backup/\n```",
	]);
}

function inlineFieldLines(r) {
	return [`owner:: ${r.pick(PEOPLE)}`, `review:: ${r.date()}`, `market:: ${r.pick(MARKETS)}`].slice(0, r.int(1, 3)).join("\n");
}

function comment(r) {
	return r.pick([
		"%% private: check the numbers with finance before sharing %%",
		"<!-- TODO: move this section to the supplier note -->",
		"%%\nDraft wording, not ready:\n- ask about MOQ\n%%",
	]);
}

/** A heading; with a dimension it may name the dimension or carry its tag. Some carry markup, as people's do. */
export function heading(r, level, dim) {
	const hashes = "#".repeat(level);
	if (dim && r.chance(0.5)) return `${hashes} ${dimHeading(r, dim)}`;
	if (dim && r.chance(0.5)) return `${hashes} ${r.pick(TOPICS)} ${dimTag(r, dim)}`;
	if (r.chance(0.2)) return `${hashes} ${r.pick([`**${r.pick(TOPICS)}**`, `${r.pick(TOPICS)} for [[${r.pick(r.titles)}]]`, `*${r.pick(TOPICS)}* (${r.date()})`, `\`${r.pick(TOPICS)}\``])}`;
	return `${hashes} ${r.pick(TOPICS)}`;
}

/** An embedded picture: a vault image or one on the web. */
export function image(r) {
	return r.pick([`![[photo-${r.id(6)}.jpg]]`, `![sample](https://cdn.example.com/img/${r.id(10)}.png)`, `![[screenshot ${r.date()}.png|400]]`]);
}

/**
 * Meeting minutes as people keep them: attendees, a long run of bullet points with links and
 * mentions, decisions, action items with owners (no dimension: a note outside any plan's folder).
 */
export function minutesBlock(r) {
	const lines = [`## ${r.pick(["Weekly sync", "周会", "Supplier review", "复盘会"])} ${r.date()}`, "", `Attendees: ${[r.pick(PEOPLE), r.pick(PEOPLE), r.pick(PEOPLE)].join(", ")}`, ""];
	for (let i = r.int(6, 14); i > 0; i--) lines.push(`- ${sentence(r)}`);
	lines.push("", "### Action items", "");
	for (let i = r.int(2, 6); i > 0; i--) lines.push(`- [${r.pick([" ", " ", "x"])}] ${r.pick(TASKS)} @${r.pick(PEOPLE)}`);
	return lines.join("\n");
}

/** The only dimension tag of a decoy note sits where Obsidian sees no tag. */
export function decoyBlock(r) {
	const dim = r.pick(DIMENSIONS);
	const tag = DIM_TAGS[dim][0];
	return r.pick([
		`Tag decisions with \`${tag}\` so they show up on the board.`,
		"```markdown\n- [ ] " + DIM_TASKS[dim][0] + " " + tag + "\n```",
		`%% later: tag this as ${tag} %%`,
		`%%\n- [ ] ${DIM_TASKS[dim][1]} ${tag}\n%%`,
		`<!-- ${tag} -->`,
	]);
}

/** A body block for ordinary notes; `dim` (or null) lets lists, tasks and headings carry tags. */
export function bodyBlock(r, dim) {
	const k = r.next();
	if (k < 0.3) return paragraph(r);
	if (k < 0.45) return taskList(r, dim);
	if (k < 0.6) return nestedList(r, dim);
	if (k < 0.7) return heading(r, r.int(2, 3), dim);
	if (k < 0.76) return table(r);
	if (k < 0.83) return callout(r);
	if (k < 0.88) return codeBlock(r);
	if (k < 0.93) return inlineFieldLines(r);
	if (k < 0.96) return comment(r);
	return image(r);
}
