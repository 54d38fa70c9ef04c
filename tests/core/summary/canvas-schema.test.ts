import { Ajv } from "ajv";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indexVault } from "../../../src/core/plan/index.js";
import { planCanvas } from "../../../src/core/summary/index.js";
import { exampleIndex } from "./support.js";

const schema = JSON.parse(readFileSync("tests/fixtures/jsoncanvas-1.0.schema.json", "utf8")) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

describe("the canvas file", () => {
	it("should be valid JSON Canvas 1.0 for each example plan, in both languages", () => {
		for (const plan of exampleIndex.plans) {
			for (const lang of ["en", "zh"] as const) {
				const json: unknown = JSON.parse(JSON.stringify(planCanvas(exampleIndex, plan, lang)));
				expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
			}
		}
	});

	it("should be valid for a plan with no items at all", () => {
		const index = indexVault([{ path: "p.md", text: "---\nintl-plan: 1\n---\n" }]);
		const json: unknown = JSON.parse(JSON.stringify(planCanvas(index, index.plans[0]!, "en")));
		expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
	});

	it("should reject what the schema forbids (the check itself works)", () => {
		expect(validate({ nodes: [{ id: "a", type: "text", x: 0.5, y: 0, width: 10, height: 10 }] })).toBe(false);
	});
});
