/** The paper's four dimensions (§3.1–§3.4), in quadrant order: top-left, top-right, bottom-left, bottom-right. */
export const DIMENSIONS = ["strategy", "technology", "marketing", "compliance"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export function isDimension(value: unknown): value is Dimension {
	return typeof value === "string" && (DIMENSIONS as readonly string[]).includes(value);
}
