/** A YAML value as a user would recognise it in a message: scalars as written, lists and maps as JSON. */
export function valueText(value: unknown): string {
	if (value === null || value === undefined) return "";
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	try {
		return JSON.stringify(value) ?? "";
	} catch {
		return "";
	}
}
