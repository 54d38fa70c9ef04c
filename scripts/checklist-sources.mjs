// `npm run docs:checklist`: writes docs/checklist-sources.md from templates/checklist-library.md, with
// the core's own reader and writer (dist/core.js, built by the npm script first). The test
// tests/core/checklist/sources-doc.test.ts fails when the committed file is out of date.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { checklistSourcesMarkdown, DEFAULT_CONFIG, readLibrary } from "../dist/core.js";

const here = (rel) => fileURLToPath(new URL(rel, import.meta.url));

const library = readLibrary(fs.readFileSync(here("../templates/checklist-library.md"), "utf8"), DEFAULT_CONFIG);
if (library.problems.length > 0) {
	for (const p of library.problems) console.error(`templates/checklist-library.md:${p.line}: ${p.code} ${JSON.stringify(p.args ?? {})}`);
	process.exit(1);
}
const out = here("../docs/checklist-sources.md");
fs.writeFileSync(out, checklistSourcesMarkdown(library));
console.log(`Wrote docs/checklist-sources.md (${library.items.length} items).`);
