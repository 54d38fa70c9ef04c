import { describe, expect, it } from "vitest";
import { coreTemplatesFolder } from "../../../src/core/index.js";

describe("the core Templates plugin's folder (.obsidian/templates.json)", () => {
	it.each([
		['{"folder":"Templates"}', "Templates"],
		['{"folder":"/Meta/Templates/"}', "Meta/Templates"],
		['{"folder":"Meta\\\\模板"}', "Meta/模板"],
		['{"folder":"Templates","dateFormat":"YYYY-MM-DD"}', "Templates"],
	])("should read %s as the folder %j", (json, folder) => {
		expect(coreTemplatesFolder(json)).toBe(folder);
	});

	it.each(["", "{not json", "null", "[]", '{"folder": 3}', '{"folder": ""}', '{"folder": "/"}', '{"folder": "../outside"}', '{"dateFormat": "YYYY"}'])("should name no folder for %j", (json) => {
		expect(coreTemplatesFolder(json)).toBeNull();
	});
});
