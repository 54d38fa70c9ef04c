/**
 * The sections of the paper the library cites (Zhang Jixin 张荠心, 跨境电商对企业国际化经营管理的影响研究,
 * Hans Publishers, 2026, CC BY 4.0), with their titles: what a `source::` may name, and the headings of
 * docs/checklist-sources.md. §1 (introduction) and §3 as a whole carry no implication of their own.
 */
export interface PaperSection {
	readonly id: string;
	readonly zh: string;
	readonly en: string;
}

export const PAPER_SECTIONS: readonly PaperSection[] = [
	{ id: "§2.1", zh: "全球跨境电商发展格局", en: "The global landscape of cross-border e-commerce" },
	{ id: "§2.2", zh: "中国跨境电商发展特征", en: "Features of China's cross-border e-commerce" },
	{ id: "§2.3", zh: "跨境电商对企业国际化经营提出的新挑战", en: "New challenges for internationalization management" },
	{ id: "§3.1", zh: "战略决策上的降低门槛", en: "Lower thresholds in strategic decisions" },
	{ id: "§3.2", zh: "技术平台层面上的数字化赋能", en: "Digital empowerment through technology platforms" },
	{ id: "§3.3", zh: "营销管理层面上的全域协同", en: "Omnichannel synergy in marketing management" },
	{ id: "§3.4", zh: "风险合规层面的制度建设", en: "Institution building for risk and compliance" },
	{ id: "§4.1", zh: "基于企业规模的差异化分析", en: "Differentiation by company size" },
	{ id: "§4.2", zh: "基于行业属性的差异化分析", en: "Differentiation by industry" },
	{ id: "§4.3", zh: "基于目标市场的差异化分析", en: "Differentiation by target market" },
	{ id: "§5", zh: "结语", en: "Conclusion: the management system and its tensions" },
];
