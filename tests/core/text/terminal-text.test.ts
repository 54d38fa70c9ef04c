import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonText, oneLine, terminalText } from "../../../src/core/text/index.js";
import { controlsIn, withoutColour } from "../../support/controls.js";

const ESC = "\u001b";
const BEL = "\u0007";

describe("text for a terminal", () => {
	it("should drop a clipboard write (OSC 52) with its payload, whatever ends it", () => {
		expect(terminalText(`a${ESC}]52;c;aGVsbG8=${BEL}b`)).toBe("ab");
		expect(terminalText(`a${ESC}]52;c;aGVsbG8=${ESC}\\b`)).toBe("ab");
		expect(terminalText(`a\u009d52;c;aGVsbG8=\u009cb`)).toBe("ab");
	});

	it("should drop a window title (OSC 0) and leave no visible rest of it", () => {
		expect(terminalText(`${ESC}]0;pwned${BEL}title`)).toBe("title");
		expect(terminalText(`x ${ESC}]0;never ended\nnext line`)).toBe("x \nnext line");
	});

	it("should drop CSI sequences, 7-bit and 8-bit, with their parameters", () => {
		expect(terminalText(`${ESC}[2J${ESC}[1;1Hclear ${ESC}[31mred${ESC}[0m`)).toBe("clear red");
		expect(terminalText("\u009b2J\u009b31mred")).toBe("red");
		expect(terminalText(`cut ${ESC}[12`)).toBe("cut ");
	});

	it("should drop the other string commands (DCS, APC, PM, SOS) and two-byte escapes (reset, charset)", () => {
		expect(terminalText(`${ESC}P1$r${ESC}\\a${ESC}_apc${BEL}b${ESC}^pm${ESC}\\c${ESC}Xsos${ESC}\\d`)).toBe("abcd");
		expect(terminalText(`${ESC}cx${ESC}(By${ESC}7z`)).toBe("xyz");
	});

	it("should drop lone C0 and C1 controls and DEL, keeping tab and newline", () => {
		expect(terminalText("a\u0000b\u0008c\rd\te\nf\u007fg\u0085h\u0099i")).toBe("abcd\te\nfghi");
	});

	it("should keep the CLI's own colour codes only when asked, and only colour codes", () => {
		const styled = `${ESC}[1;31mbold red${ESC}[0m ${ESC}]0;t${BEL}${ESC}[2J`;
		expect(terminalText(styled, { keepStyles: true })).toBe(`${ESC}[1;31mbold red${ESC}[0m `);
		expect(terminalText(styled)).toBe("bold red ");
		expect(terminalText("\u009b31mx", { keepStyles: true })).toBe("x");
	});

	it("should leave text without controls as it is: CJK, emoji, bidi letters", () => {
		const text = "恒泰制造 · Ünïcödé 📅 2026-01-10 — שלום\n\tindented";
		expect(terminalText(text)).toBe(text);
	});

	it("should leave no control character in any text, and change nothing on a second pass (property)", () => {
		const risky = fc.constantFrom(ESC, BEL, "\u009b", "\u009c", "\u009d", "\u0090", "[", "]", "52;c;", "\\", "0;", "m", "\n", "\t", "\r", "x");
		const text = fc.array(fc.oneof(risky, fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 30 }).map((p) => p.join(""));
		fc.assert(
			fc.property(text, fc.boolean(), (s, keepStyles) => {
				const out = terminalText(s, { keepStyles });
				expect(controlsIn(keepStyles ? withoutColour(out) : out)).toEqual([]);
				expect(terminalText(out, { keepStyles })).toBe(out);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 500) },
		);
	});
});

describe("JSON for output", () => {
	it("should escape C1 controls, DEL and the line separators JSON.stringify leaves raw, losing nothing", () => {
		const value = { owner: "Bob\u009b31m\u0085\u007f\u2028\u2029\u001b]0;x\u0007" };
		const text = jsonText(value, 2);
		expect(text).toContain("\\u009b31m\\u0085\\u007f\\u2028\\u2029\\u001b]0;x\\u0007");
		expect(controlsIn(text)).toEqual([]);
		expect(JSON.parse(text)).toEqual(value);
	});

	it("should pass the terminal filter unchanged and parse back to the same value (property)", () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, s) => {
				const text = jsonText({ value, s }, 2);
				expect(terminalText(text)).toBe(text);
				expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ value, s })));
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 300) },
		);
	});
});

describe("one line of note text", () => {
	it("should turn every line break into one space and drop controls and escape sequences", () => {
		expect(oneLine("a\nb\r\nc\rd\u2028e\u2029f\u0085g")).toBe("a b c d e f g");
		expect(oneLine("  Bob\n\n   ## Hacked  ")).toBe("Bob ## Hacked");
		expect(oneLine(`x${ESC}]52;c;aGk=${BEL}y\u009b2Jz\tw`)).toBe("xyz w");
	});

	it("should leave a single line as it is but for white space around it", () => {
		expect(oneLine(" a  b ")).toBe("a  b");
	});
});
