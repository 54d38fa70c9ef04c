/** Note text as an attacker or a careless merge would write it: what generated markdown must contain. */
import fc from "fast-check";

export const HOSTILE_PARTS = [
	"\n", "\r\n", "\r", "\u2028", "\u0085", "\t", "    ",
	"```", "```mermaid\ngraph TD\nclick B href \"javascript:alert(1)\"\n```", "~~~", "$$",
	"%%", "%%{init: {\"securityLevel\": \"loose\"}}%%", "%% intl-plan:summary end %%", "%% intl-plan:summary start %%",
	"<script>alert(1)</script>", '<a href="javascript:alert(1)">x</a>', "<javascript:alert(1)>", "<img src=x onerror=alert(1)>",
	"[x](javascript:alert(1))", "[x]: javascript:alert(1)", "&#106;avascript:alert(1)", "java\tscript:alert(1)", "[y](data:text/html,x)",
	"|", "\\|", "\\", "]]", "[[", "[[a|b]]", "[", "]", "#", "# ", "## ", "> ", "- ", "* ", "1. ", "[ ] ", "[x] ", "***", "^id", "`", "``",
	'"', ";", ":::", "-->", "#quot;", "&", "{", "}",
	"\u001b]52;c;aGVsbG8=\u0007", "\u001b]0;pwned\u0007", "\u001b[31m", "\u009b2J", "\u0000", "\u007f",
	"战略决策", "📅", " ",
];

/** A string built of hostile parts and random text, controls and all. */
export const hostile = fc
	.array(fc.oneof(fc.constantFrom(...HOSTILE_PARTS), fc.string({ maxLength: 5 }), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 8 })
	.map((parts) => parts.join(""));
