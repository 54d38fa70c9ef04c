/**
 * Keeps the plugin's release files in step with package.json, as Obsidian's community directory and BRAT
 * read them: `manifest.json` gets the new version, `versions.json` maps it to the manifest's
 * `minAppVersion`. Run by `npm version <patch|minor|major|x.y.z>` (the `version` script), which then
 * commits and tags; pushing the tag runs .github/workflows/release.yml.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** @param {string} dir the project folder */
export function bumpVersion(dir) {
	const read = (name) => JSON.parse(readFileSync(join(dir, name), "utf8"));
	const { version } = read("package.json");
	if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json version ${version} is not x.y.z, as Obsidian requires`);
	const manifest = read("manifest.json");
	const versions = read("versions.json");
	manifest.version = version;
	versions[version] = manifest.minAppVersion;
	writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, "\t") + "\n");
	writeFileSync(join(dir, "versions.json"), JSON.stringify(versions, null, "\t") + "\n");
	return { version, minAppVersion: manifest.minAppVersion };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { version, minAppVersion } = bumpVersion(process.cwd());
	console.log(`manifest.json and versions.json: ${version} (Obsidian ${minAppVersion} or later)`);
}
