/** Markdown files imported as text (templates, the checklist library). */
declare module "*.md" {
	const text: string;
	export default text;
}
