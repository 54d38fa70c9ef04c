import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REGION_END, REGION_START, regenerate, writeRegion } from "../../../src/core/summary/index.js";

const body = (date: string, n = 1) => `# Summary\n\nGenerated ${date} from the plan's notes.\n\n- ${n} item\n`;

describe("writing the summary between markers", () => {
	it("should append the region when the note has none", () => {
		const r = writeRegion("# Plan\n\nText\n", body("2026-11-25"));
		// Inside the plan, the summary's headings go one level down: the plan keeps its only H1.
		expect(r).toEqual({ ok: true, changed: true, text: `# Plan\n\nText\n\n${REGION_START}\n#${body("2026-11-25")}${REGION_END}\n` });
	});

	it("should put every heading one level down, but not a # line in fenced code", () => {
		const r = writeRegion("# Plan\n", "# Summary\n\n## Progress\n\n```mermaid\n# not a heading\n```\n\n###### Deepest\n#hashtag\n");
		expect(r.ok && r.text).toBe(`# Plan\n\n${REGION_START}\n## Summary\n\n### Progress\n\n\`\`\`mermaid\n# not a heading\n\`\`\`\n\n###### Deepest\n#hashtag\n${REGION_END}\n`);
	});

	it("should replace only the lines between the markers", () => {
		const note = `before\n${REGION_START}\nold\n${REGION_END}\nafter\n`;
		const r = writeRegion(note, "new 1\nnew 2\n");
		expect(r.ok && r.text).toBe(`before\n${REGION_START}\nnew 1\nnew 2\n${REGION_END}\nafter\n`);
	});

	it("should change no byte when only the date stamp would change", () => {
		const first = writeRegion("# Plan\n", body("2026-11-25"));
		const second = first.ok ? writeRegion(first.text, body("2026-12-01")) : null;
		expect(second).toEqual({ ok: true, changed: false, text: first.ok ? first.text : "" });
		const third = first.ok ? writeRegion(first.text, body("2026-12-01", 2)) : null;
		expect(third?.ok && third.changed && third.text.includes("Generated 2026-12-01")).toBe(true);
	});

	it("should refuse unpaired or reversed markers", () => {
		expect(writeRegion(`${REGION_START}\nx\n`, "y")).toEqual({ ok: false, reason: "unpaired-markers" });
		expect(writeRegion(`${REGION_END}\nx\n${REGION_START}\n`, "y")).toEqual({ ok: false, reason: "unpaired-markers" });
		expect(writeRegion(`${REGION_START}\n${REGION_END}\n${REGION_START}\n${REGION_END}\n`, "y")).toEqual({ ok: false, reason: "unpaired-markers" });
	});

	it("should keep CRLF notes CRLF", () => {
		const r = writeRegion(`a\r\n${REGION_START}\r\nold\r\n${REGION_END}\r\nb\r\n`, "x\ny\n");
		expect(r.ok && r.text).toBe(`a\r\n${REGION_START}\r\nx\r\ny\r\n${REGION_END}\r\nb\r\n`);
	});

	it("should find the markers in a note of lone CRs and keep it lone-CR", () => {
		const r = writeRegion(`a\r${REGION_START}\rold\r${REGION_END}\rb\r`, "x\ny\n");
		expect(r.ok && r.text).toBe(`a\r${REGION_START}\rx\ry\r${REGION_END}\rb\r`);
		const appended = writeRegion("a\rb", "x\n");
		expect(appended.ok && appended.text).toBe(`a\rb\r\r${REGION_START}\rx\r${REGION_END}\r`);
	});

	it("should leave every byte outside the markers and be idempotent (property)", () => {
		const text = fc.string({ maxLength: 200 }).map((s) => s.replaceAll("%%", "%"));
		const eol = fc.constantFrom("\n", "\r\n", "\r");
		fc.assert(
			fc.property(text, text, text, text, eol, (before, old, after, fresh, nl) => {
				const head = /[\r\n]$/.test(before) || before === "" ? before : before + nl;
				const note = `${head}${REGION_START}${nl}${old}${/[\r\n]$/.test(old) || old === "" ? "" : nl}${REGION_END}${nl}${after}`;
				const r = writeRegion(note, fresh);
				expect(r.ok).toBe(true);
				if (!r.ok) return;
				expect(r.text.startsWith(`${head}${REGION_START}${nl}`)).toBe(true);
				expect(r.text.endsWith(`${REGION_END}${nl}${after}`)).toBe(true);
				const again = writeRegion(r.text, fresh);
				expect(again).toEqual({ ok: true, changed: false, text: r.text });
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 300) },
		);
	});
});

describe("a summary in its own note", () => {
	it("should keep the old text when only the stamp differs", () => {
		expect(regenerate(body("2026-11-25"), body("2026-11-26"))).toEqual({ text: body("2026-11-25"), changed: false });
		expect(regenerate(null, body("2026-11-26"))).toEqual({ text: body("2026-11-26"), changed: true });
	});
});
