// Deterministic synthetic vaults for the benchmark: same (notes, seed) → byte-identical files.
//   node bench/generate.mjs --notes 1000 --seed 1      prints the (cached) vault folder
//   node bench/generate.mjs --notes 50 --out /tmp/v    writes into a folder of your choice
//   node bench/generate.mjs --long --seed 1            prints the long single notes
// Vaults are cached in bench/.cache/vault-<notes>-<seed>/ and regenerated only when missing
// (or made by an older generator), because a 10k-note vault takes a few seconds to write.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as c from "./corpus.mjs";
import { isMaybeTagged } from "./prefilter.mjs";
import { makeRandom, subSeed } from "./random.mjs";

/** Bump when the recipe changes so cached vaults are rebuilt instead of silently reused. */
const GENERATOR_VERSION = 3;
const CACHE_DIR = fileURLToPath(new URL("./.cache/", import.meta.url));
const MIN_BYTES = 1024;
const MAX_BYTES = 8192;
export const LONG_SIZES = { "160 KB": 160 * 1024, "650 KB": 650 * 1024, "2.6 MB": Math.round(2.6 * 1024 * 1024) };

const FOLDERS = ["Daily", "Meetings", "Projects", "Projects/Archive", "Research", "Inbox", "Reading", "会议纪要", "供应商"];
const TITLES = ["Supplier call", "会议纪要", "Pricing notes", "Weekly review", "物流对账", "Listing audit", "Trip report", "选品记录", "Customer feedback", "读书笔记"];
const COMPANIES = ["Acme", "Northwind", "华强电子", "Blue Harbor", "星河家居", "Lumen Outdoor", "川味食品", "Kite Apparel"];
const bytes = (s) => Buffer.byteLength(s, "utf8");

/** Decides every note's kind, path and plan before any text, so wikilinks can point at real titles. */
function layout(notes, seed) {
	const r = makeRandom(seed);
	const plans = Array.from({ length: Math.max(2, Math.round(notes / 100)) }, (_, k) => {
		const company = `${r.pick(COMPANIES)} ${k + 1}`;
		return { company, folder: `Plans/${company}`, title: `${company} plan` };
	});
	const specs = plans.map((plan) => ({ kind: "plan", plan, path: `${plan.folder}/${plan.title}.md`, title: plan.title }));
	for (let i = 0; specs.length < notes; i++) {
		const k = r.next();
		const kind = k < 0.03 ? "decoy" : k < 0.22 ? "tagged" : "untagged";
		const title = `${r.pick(TITLES)} ${i + 1}`;
		const plan = r.pick(plans);
		let folder = r.pick(FOLDERS);
		let planLink = null;
		const where = r.next();
		if ((kind === "tagged" && where < 0.5) || (kind === "untagged" && where < 0.08)) {
			folder = r.chance(0.3) ? `${plan.folder}/${r.pick(["Meetings", "调研"])}` : plan.folder;
		} else if (kind === "tagged" && where < 0.7) {
			planLink = plan.title; // member by frontmatter link rather than by folder
		}
		// Now and then a long note of meeting minutes, as teams keep them (tens of KB).
		const minutes = kind === "untagged" && r.chance(0.02);
		specs.push({ kind, title, planLink, minutes, path: `${folder}/${title}.md` });
	}
	return { specs, plans };
}

/** Everyday frontmatter; `tags` and `fields` add what a tagged note carries. */
function frontmatter(r, { tags = [], fields = [] } = {}) {
	const lines = [`created: ${r.date()}`];
	if (r.chance(0.3)) lines.push(`aliases: [${r.pick(["周会", "sync", "备忘"])}]`);
	const allTags = r.chance(0.5) ? [...tags, r.pick(["meeting", "supplier", "跨境", "review"])] : tags;
	if (allTags.length) lines.push(`tags: [${allTags.join(", ")}]`);
	if (r.chance(0.3)) lines.push(`status: ${r.pick(["draft", "active", "done"])}`);
	lines.push(...fields);
	return `---\n${lines.join("\n")}\n---\n`;
}

/** Appends blocks until the note reaches its target size, never past MAX_BYTES. */
function fill(r, parts, target, nextBlock, max = MAX_BYTES) {
	let size = bytes(parts.join("\n\n"));
	while (size < target) {
		const block = nextBlock();
		if (size + bytes(block) + 2 > max) break;
		parts.push(block);
		size += bytes(block) + 2;
	}
	return parts;
}

function planNote(r, spec, target) {
	const fm = [
		"intl-plan: 1",
		`company: ${spec.plan.company}`,
		`size: ${r.pick(["large", "medium", "small", "micro", "中型", "小型"])}`,
		`industry: ${r.pick(["manufacturing", "trading", "other", "制造型", "贸易型"])}`,
		`markets: [${r.pick(["US, DE", "BR, MX", "JP", "EU, SA", "ID, 东南亚", "DE, FR, US"])}]`,
		`channel: ${r.pick(["platform", "independent-site", "hybrid", "平台", "独立站"])}`,
		`platforms: [${r.pick(["Amazon, Shopify", "Shopee, Lazada", "TikTok Shop", "Temu, Amazon"])}]`,
		`owner: ${r.pick(c.PEOPLE)}`,
		`horizon: ${r.date()}`,
		`lang: ${r.pick(["zh", "en", "both"])}`,
	];
	const parts = [`---\n${fm.join("\n")}\n---\n# ${spec.title}`, c.paragraph(r)];
	for (const dim of c.DIMENSIONS) {
		parts.push(`## ${c.dimHeading(r, dim)}`);
		parts.push(Array.from({ length: r.int(2, 4) }, () => c.task(r, 0, c.dimTask(r, dim), "", `ck-${dim.slice(0, 4)}`)).join("\n"));
	}
	parts.push("%% intl-plan:summary start %%\n_Generated summary goes here._\n%% intl-plan:summary end %%");
	return fill(r, parts, target, () => c.bodyBlock(r, null));
}

function taggedNote(r, spec, target) {
	const dim = r.pick(c.DIMENSIONS);
	const how = r.pick(["items", "items", "headings", "frontmatter-tags", "frontmatter-dimension"]);
	const tags = how === "frontmatter-tags" ? [c.dimTag(r, dim).slice(1)] : [];
	const fields = [];
	if (spec.planLink) fields.push(`plan: "[[${spec.planLink}]]"`);
	if (how === "frontmatter-dimension") fields.push(`dimension: ${dim}`);
	const parts = [`${frontmatter(r, { tags, fields })}# ${spec.title}`, c.paragraph(r)];
	if (how === "items") parts.push(c.task(r, 0, "Kick-off", c.dimTag(r, dim)), c.nestedList(r, dim));
	if (how === "headings") parts.push(`## ${c.dimHeading(r, dim)}`, c.taskList(r, null));
	// Half the blocks carry the note's dimension (sometimes another one), half stay plain.
	return fill(r, parts, target, () => c.bodyBlock(r, r.chance(0.5) ? (r.chance(0.8) ? dim : r.pick(c.DIMENSIONS)) : null));
}

function plainNote(r, spec, target) {
	const head = r.chance(0.85) ? `${frontmatter(r)}# ${spec.title}` : `# ${spec.title}`;
	if (spec.minutes) {
		const max = 64 * 1024;
		return fill(r, [head, c.paragraph(r)], r.int(20 * 1024, max - 4096), () => (r.chance(0.7) ? c.minutesBlock(r) : c.bodyBlock(r, null)), max);
	}
	const decoy = spec.kind === "decoy";
	const parts = fill(r, [head, c.paragraph(r)], target, () => c.bodyBlock(r, null), MAX_BYTES - (decoy ? 200 : 0));
	if (decoy) parts.splice(r.int(1, parts.length), 0, c.decoyBlock(r));
	return parts;
}

function noteText(spec, seed, index, titles) {
	const r = makeRandom(subSeed(seed, index));
	r.titles = titles; // corpus builders link to real notes
	const target = MIN_BYTES + Math.floor(6800 * r.next() ** 1.6); // skewed toward small notes, as in real vaults
	const build = spec.kind === "plan" ? planNote : spec.kind === "tagged" ? taggedNote : plainNote;
	const text = build(r, spec, target).join("\n\n") + "\n";
	// The benchmark's prefilter is only honest if the generator keeps its promise (prose may say
	// "dimension", which a substring prefilter takes for a tag: that is the point of the sentence).
	if (isMaybeTagged(text.replaceAll(c.PROSE_DIMENSION, "")) !== (spec.kind !== "untagged")) throw new Error(`generator broke the prefilter promise: ${spec.path}`);
	return text;
}

/** Writes the vault's notes into `dir`; returns the facts the bench checks the index against. */
export function generateVault(dir, { notes, seed }) {
	const { specs, plans } = layout(notes, seed);
	const titles = specs.map((s) => s.title);
	let total = 0;
	specs.forEach((spec, i) => {
		const text = noteText(spec, seed, i, titles);
		const file = path.join(dir, ...spec.path.split("/"));
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, text);
		total += bytes(text);
	});
	const count = (kind) => specs.filter((s) => s.kind === kind).length;
	return {
		notes, seed, bytes: total, tagged: count("tagged") + count("plan"), plans: plans.length,
		decoys: specs.filter((s) => s.kind === "decoy").map((s) => s.path),
	};
}

export function longNoteText(seed, targetBytes) {
	const r = makeRandom(subSeed(seed, targetBytes));
	r.titles = ["Supplier call 1", "Acme 1 plan", "会议纪要 2"];
	const parts = ["---\ncreated: 2025-01-06\ntags: [log, 跨境]\n---\n# 跨境项目长日志 Running log"];
	let size = bytes(parts[0]);
	while (size < targetBytes) {
		const dim = r.pick(c.DIMENSIONS);
		const section = [c.heading(r, 2, dim), c.paragraph(r), c.nestedList(r, dim), c.taskList(r, dim)];
		if (r.chance(0.3)) section.push(c.heading(r, 3, null), c.table(r));
		if (r.chance(0.3)) section.push(c.callout(r));
		const text = section.join("\n\n");
		parts.push(text);
		size += bytes(text) + 2;
	}
	return parts.join("\n\n") + "\n";
}

const readManifest = (dir) => JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
const isCurrent = (dir) => fs.existsSync(path.join(dir, "manifest.json")) && readManifest(dir).version === GENERATOR_VERSION;

/** Builds into a temp folder, then renames: an interrupted run never leaves a half vault in the cache.
 * `build` writes the files and returns the manifest. */
function cached(dir, build) {
	if (isCurrent(dir)) return;
	fs.rmSync(dir, { recursive: true, force: true });
	const tmp = `${dir}.tmp-${process.pid}`;
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	const manifest = { version: GENERATOR_VERSION, ...build(tmp) };
	fs.writeFileSync(path.join(tmp, "manifest.json"), JSON.stringify(manifest, null, "\t") + "\n");
	fs.renameSync(tmp, dir);
}

/** Returns the cached vault folder, generating it if needed. */
export function ensureVault(notes, seed) {
	const dir = path.join(CACHE_DIR, `vault-${notes}-${seed}`);
	cached(dir, (tmp) => generateVault(tmp, { notes, seed }));
	return dir;
}

/** Returns [{ label, file }] for the long single notes, generating them if needed. */
export function ensureLongNotes(seed, labels = Object.keys(LONG_SIZES)) {
	const dir = path.join(CACHE_DIR, `long-${seed}`);
	const name = (label) => `long-${label.replace(/[ .]/g, "")}.md`;
	cached(dir, (tmp) => {
		for (const [label, size] of Object.entries(LONG_SIZES)) fs.writeFileSync(path.join(tmp, name(label)), longNoteText(seed, size));
		return { seed };
	});
	return labels.map((label) => ({ label, file: path.join(dir, name(label)) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: { notes: { type: "string", default: "1000" }, seed: { type: "string", default: "1" }, out: { type: "string" }, long: { type: "boolean" } },
	});
	const [notes, seed] = [Number(values.notes), Number(values.seed)];
	if (values.long) for (const { label, file } of ensureLongNotes(seed)) console.log(`${label}\t${file}`);
	else if (values.out) console.log(JSON.stringify(generateVault(values.out, { notes, seed })));
	else console.log(ensureVault(notes, seed));
}
