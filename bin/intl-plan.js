#!/usr/bin/env node
// The CLI is bundled by `npm ci` / `npm run build` (esbuild.config.mjs) into dist/cli.js.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
if (!existsSync(built)) {
	process.stderr.write("intl-plan: the CLI is not built yet. Run `npm ci` (or `npm run build`) in the project folder first.\n");
	process.exit(2);
}
const { main } = await import("../dist/cli.js");
process.exitCode = await main(process.argv.slice(2));
