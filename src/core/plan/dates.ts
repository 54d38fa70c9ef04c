/**
 * Dates users write in fields (`2026-12-01`, `2026/12/1`, `2026年12月1日`, a daily-note link
 * `[[2026-12-01]]`) → ISO `YYYY-MM-DD`. date-fns parses strictly, so `2026-02-30` is refused
 * rather than rolled over into March.
 */
import { format, isValid, parse } from "date-fns";

const FORMATS = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"] as const;
const REFERENCE = new Date(2000, 0, 1);

export function toIsoDate(value: unknown): string | null {
	if (value instanceof Date) return isValid(value) ? format(value, "yyyy-MM-dd") : null;
	if (typeof value !== "string") return null;
	const text = value.trim().replace(/^\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]$/, "$1").trim();
	if (!/^\d{4}\D/.test(text)) return null;
	for (const f of FORMATS) {
		const d = parse(text, f, REFERENCE);
		if (isValid(d)) return format(d, "yyyy-MM-dd");
	}
	return null;
}
