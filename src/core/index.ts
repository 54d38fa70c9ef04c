/** The pure core: no Obsidian, no Node. Both adapters (plugin, CLI) go through this face. */
export * from "./parse/index.js";
export * from "./plan/index.js";
export * from "./checklist/index.js";
export * from "./summary/index.js";
export * from "./i18n/index.js";
export * from "./text/index.js";
