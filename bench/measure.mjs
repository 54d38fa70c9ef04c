// One measurement per process, so peak RSS (maxRSS) belongs to that phase alone and no phase
// inherits another's warm JIT or heap. Prints one JSON line on stdout; run.mjs spawns it.
//   node bench/measure.mjs <floor|remark-all|remark-tagged|index> <vaultDir>
//   node bench/measure.mjs long <file> <parseNote|remark>
// The core comes from $INTL_PLAN_CORE (default ../dist/core.js); run.mjs sets it to an absolute path.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { isMaybeTagged } from "./prefilter.mjs";

const TAG = /(^|\s)#[^\s#]+/gu;

const corePath = () => path.resolve(process.env.INTL_PLAN_CORE ?? fileURLToPath(new URL("../dist/core.js", import.meta.url)));
// eslint-disable-next-line no-unsanitized/method -- the module under test is chosen by whoever runs the bench (INTL_PLAN_CORE), never by note content
const importCore = async () => import(pathToFileURL(corePath()).href);
/** The CLI this checkout built (`npm run build`, or the install's `prepare`). */
const importCli = async () => import("../dist/cli.js");
/** An Io for the CLI's main that keeps nothing: the phase times the work, not a terminal. */
const sink = (env) => ({ out: () => undefined, err: () => undefined, columns: undefined, color: false, env });

/** Vault-relative .md paths with "/", sorted so every phase walks the same files in the same order.
 * Dot folders (.obsidian, .trash) are skipped, as Obsidian does. */
function markdownFiles(root) {
	return fs.readdirSync(root, { recursive: true })
		.map((rel) => rel.split(path.sep).join("/"))
		.filter((rel) => rel.endsWith(".md") && !rel.split("/").some((part) => part.startsWith(".")))
		.sort();
}

/** Times `work` only: imports and process start stay outside, as they would in a running plugin. */
async function timed(work) {
	const start = performance.now();
	const counts = await work();
	return { seconds: (performance.now() - start) / 1000, ...counts };
}

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
const read = (root, rel) => fs.readFileSync(path.join(root, rel), "utf8");

const phases = {
	floor: (root) => timed(() => {
		const files = markdownFiles(root);
		let tags = 0;
		for (const rel of files) tags += read(root, rel).match(TAG)?.length ?? 0;
		return { files: files.length, tags };
	}),

	"remark-all": (root) => timed(() => {
		const files = markdownFiles(root);
		let nodes = 0;
		for (const rel of files) nodes += remark.parse(read(root, rel)).children.length;
		return { files: files.length, nodes };
	}),

	"remark-tagged": (root) => timed(() => {
		const files = markdownFiles(root);
		let parsed = 0;
		for (const rel of files) {
			const text = read(root, rel);
			if (!isMaybeTagged(text)) continue;
			remark.parse(text);
			parsed++;
		}
		return { files: files.length, parsed };
	}),

	async index(root) {
		const { indexVault } = await importCore();
		let result;
		const timing = await timed(async () => {
			// Files are read as the index asks for them, as the baselines read them: no note is held
			// longer than its own indexing.
			const paths = markdownFiles(root);
			const files = (function* () {
				for (const rel of paths) yield { path: rel, text: read(root, rel) };
			})();
			result = await indexVault(files, { allPaths: paths, reread: (rel) => read(root, rel) });
			return { files: paths.length };
		});
		const decoys = new Set(JSON.parse(read(root, "manifest.json")).decoys);
		const counts = {
			items: result.items.length,
			plans: result.plans.length,
			problems: result.problems.length,
			// Decoys hide their only tag in code or comments; any item from one is a parsing bug.
			decoyItems: result.items.every((item) => typeof item.path === "string")
				? result.items.filter((item) => decoys.has(item.path)).length
				: "unknown (items carry no path)",
		};
		result = null; // counted, then let go: the phase measures indexing, not holding the index
		return { ...timing, ...counts };
	},

	// The CLI in process, `index --format json`: every note read (--no-cache), then a run after one that
	// filled the cache (nothing changed: no note is read, only stat'ed), as a team's CI runs it twice.
	async "cli-cold"(root) {
		const { main } = await importCli();
		return timed(async () => ({ status: await main(["index", root, "--format", "json", "--no-cache"], sink({})) }));
	},

	async "cli-warm"(root) {
		const { main } = await importCli();
		const cacheHome = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), "intl-plan-bench-cache-"));
		try {
			const env = { XDG_CACHE_HOME: cacheHome };
			await main(["index", root, "--format", "json"], sink(env));
			return await timed(async () => ({ status: await main(["index", root, "--format", "json"], sink(env)) }));
		} finally {
			fs.rmSync(cacheHome, { recursive: true, force: true });
		}
	},

	async long(file, parser) {
		const text = fs.readFileSync(file, "utf8");
		const parse = parser === "parseNote" ? (await importCore()).parseNote : (t) => remark.parse(t);
		return timed(() => {
			parse(text);
			return { parser };
		});
	},
};

const [phase, ...args] = process.argv.slice(2);
if (!phases[phase]) {
	console.error(`unknown phase "${phase}"; one of: ${Object.keys(phases).join(", ")}`);
	process.exit(2);
}
const result = await phases[phase](...args);
process.stdout.write(JSON.stringify({ phase, ...result, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n");
