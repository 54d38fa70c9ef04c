/**
 * Links from note text that a generated note (summary, canvas card) must not carry: `javascript:`,
 * `vbscript:` and `data:` other than a raster image, in any link form (`[x](…)`, a reference
 * definition, `<a href>`, an autolink), spelled as a browser or a markdown parser would still read
 * them: any case, tab or line break between letters, letters and colon as character references
 * (`&#106;`, `&#x6A;`, `&colon;`, with or without `;`). The colon of such a scheme gets a space
 * before it: no parser reads `javascript :` as a scheme, so every link form carrying it is inert,
 * and the reader still sees what was written.
 */

const SCHEMES = ["javascript", "vbscript", "data"] as const;

/** What browsers drop inside a URL (tab, line feed, carriage return) and C0 controls, raw or as references. */
const GAP = "(?:[\\t\\n\\r]|&(?:tab|newline);?|&#0*(?:[1-9]|[12]\\d|3[01]);?|&#x0*1?[\\da-f];?)*";
const COLON = "(?::|&colon;?|&#0*58;?|&#x0*3a;?)";
/**
 * A scheme starts a URL or follows a character that cannot be part of one (else it is another
 * scheme: `myjavascript:`). Checked on the character before a match, not with a lookbehind, which
 * iOS before 16.4 cannot compile.
 */
const SCHEME_CHAR = /[a-z\d+.-]/i;
/**
 * `data:` is unsafe unless an image browsers show and never run follows; and in prose (`Customer data:
 * …`) a space follows, which no markdown link destination can hold.
 */
const SAFE_DATA = "(?!\\s|" + GAP + "image/(?:png|gif|jpe?g|webp|bmp|avif)[;,])";

function letter(c: string): string {
	const code = c.charCodeAt(0);
	return `(?:${c}|&#0*${code};?|&#x0*${code.toString(16)};?)`;
}

const UNSAFE = new RegExp(
	SCHEMES.map((s) => `(${[...s].map(letter).join(GAP)}${GAP})${COLON}${s === "data" ? SAFE_DATA : ""}`).join("|"),
	"gi",
);

/** The text with every unsafe scheme's colon pushed off by a space; everything else unchanged. */
export function neutralizeUnsafeLinks(text: string): string {
	return text.replace(UNSAFE, (whole: string, ...rest: unknown[]) => {
		const at = rest[SCHEMES.length] as number;
		if (!startsScheme(text, at)) return whole;
		const scheme = rest.slice(0, SCHEMES.length).find((g): g is string => typeof g === "string") ?? "";
		return `${scheme} ${whole.slice(scheme.length)}`;
	});
}

/** Whether the text holds a link scheme generated notes must not carry. */
export function hasUnsafeLink(text: string): boolean {
	for (const m of text.matchAll(UNSAFE)) if (startsScheme(text, m.index)) return true;
	return false;
}

function startsScheme(text: string, at: number): boolean {
	return at === 0 || !SCHEME_CHAR.test(text[at - 1] ?? "");
}
