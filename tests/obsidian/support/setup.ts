/**
 * Vitest setup for tests/obsidian: Obsidian's DOM helpers (createEl, empty, setText, …) on happy-dom.
 * `obsidian` itself resolves to ./obsidian-shim.ts (vitest.config.ts, resolve.alias).
 */
import { setup } from "obsidian-test-mocks/setup";
import { afterEach } from "vitest";
import "./obsidian-fidelity.js";
import { reset__ } from "./obsidian-shim.js";

setup();

afterEach(() => {
	reset__();
	document.body.empty();
});
