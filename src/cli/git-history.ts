/**
 * A vault's notes as they were at a git revision, for `summary --since <ref>` (teams keep vaults in
 * git): read with git itself (`git cat-file --batch`), never by checking anything out, so the working
 * tree is untouched. The revision is the user's; it is passed after `--end-of-options`, so nothing it
 * says can be read as an option.
 */
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { relative, sep } from "node:path";
import { decodeNote, type VaultFile } from "../core/index.js";

export class GitHistoryError extends Error {
	constructor(
		readonly key: "cli.since.noGit" | "cli.since.noRepo" | "cli.since.badRef",
		readonly detail: string,
	) {
		super(`${key}: ${detail}`);
	}
}

export interface VaultAtRevision {
	/** The revision's commit date, YYYY-MM-DD. */
	readonly date: string;
	/** Its notes, by vault-relative path (`.md` files outside dot folders, as the vault is listed). */
	readonly files: readonly VaultFile[];
	/** Every path in the vault at that revision, for resolving `plan` links. */
	readonly allPaths: readonly string[];
}

/** Notes bigger than this are left out, as the vault's own reader leaves out oversized files. */
const MAX_NOTE_BYTES = 16 * 1024 * 1024;

function git(cwd: string, args: readonly string[], input?: Buffer): { status: number | null; stdout: Buffer; stderr: string; error?: Error } {
	const r = spawnSync("git", args, { cwd, input, maxBuffer: 1 << 30, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" } });
	return { status: r.status, stdout: r.stdout ?? Buffer.alloc(0), stderr: r.stderr?.toString("utf8") ?? "", ...(r.error ? { error: r.error } : {}) };
}

export function vaultAt(vault: string, ref: string): VaultAtRevision {
	const top = git(vault, ["rev-parse", "--show-toplevel"]);
	if (top.error) throw new GitHistoryError("cli.since.noGit", top.error.message);
	if (top.status !== 0) throw new GitHistoryError("cli.since.noRepo", vault);
	const root = top.stdout.toString("utf8").trim();
	const commit = git(vault, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
	if (commit.status !== 0) throw new GitHistoryError("cli.since.badRef", ref);
	const sha = commit.stdout.toString("utf8").trim();
	const date = git(vault, ["show", "-s", "--format=%cs", sha]).stdout.toString("utf8").trim();
	// The vault may be a folder inside the repository: its paths are relative to that folder.
	// (git names the top level by its real path, so the vault's is taken through any symlink too.)
	const prefix = relative(root, realpathSync(vault)).split(sep).join("/");
	// `:(literal)`: a folder named `a*b` is that folder, not a pattern.
	const listed = git(root, ["ls-tree", "-r", "-z", "--full-tree", "--name-only", sha, "--", ...(prefix ? [`:(literal)${prefix}`] : [])]);
	if (listed.status !== 0) throw new GitHistoryError("cli.since.badRef", ref);
	const allPaths = listed.stdout
		.toString("utf8")
		.split("\0")
		.filter((p) => p !== "")
		.map((p) => (prefix ? p.slice(prefix.length + 1) : p))
		.filter((p) => !p.split("/").some((part) => part.startsWith(".") || part === "node_modules"))
		.sort();
	// A path with a line break cannot be asked for on cat-file's line-based input: left out.
	const notes = allPaths.filter((p) => /\.md$/i.test(p) && !p.includes("\n"));
	if (notes.length === 0) return { date, files: [], allPaths };
	// One git process for every note: `<sha>:<path>` per line in, "<oid> blob <size>\n<bytes>\n" per note out.
	const batch = git(root, ["cat-file", "--batch"], Buffer.from(notes.map((p) => `${sha}:${prefix ? `${prefix}/` : ""}${p}\n`).join("")));
	const out = batch.stdout;
	const files: VaultFile[] = [];
	let at = 0;
	for (const path of notes) {
		const eol = out.indexOf(0x0a, at);
		if (eol === -1) break;
		const header = out.subarray(at, eol).toString("utf8");
		const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
		if (!m) {
			at = eol + 1; // "<name> missing": a path with a newline in it, say; left out
			continue;
		}
		const size = Number(m[2]);
		const body = out.subarray(eol + 1, eol + 1 + size);
		at = eol + 1 + size + 1;
		if (m[1] !== "blob" || size > MAX_NOTE_BYTES) continue;
		files.push({ path, text: decodeNote(body).text });
	}
	return { date, files, allPaths };
}
