import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiJson } from "../../../src/core/text/json-text.js";

describe("asciiJson", () => {
	it("should write only ASCII, and JSON.parse should give back every string exactly (property)", () => {
		const value = fc.dictionary(fc.string({ unit: "binary" }), fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.integer(), fc.constant(null))));
		fc.assert(
			fc.property(value, (v) => {
				const text = asciiJson(v);
				expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
				expect(JSON.parse(text)).toEqual(v);
			}),
			{ numRuns: 500 },
		);
	});

	it("should escape Chinese, an emoji's two halves, U+2028 and C1 controls", () => {
		expect(asciiJson(["注", "😀", "\u2028", "\u0085"])).toBe('["\\u6ce8","\\ud83d\\ude00","\\u2028","\\u0085"]');
	});
});
