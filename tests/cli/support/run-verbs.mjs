// Runs CLI verbs in one Node process against a built dist/cli.js, each with a captured Io, and prints
// what happened as JSON. The hostile-vault test starts this as a child process with a time limit, so a
// verb that hangs (a read that blocks, a parser that never ends) fails the test instead of stalling it.
// Usage: node run-verbs.mjs <runs.json>   where runs.json is [[argv…], …]; the test copies this script
// beside the build's cli.js.
import { readFileSync } from "node:fs";
import { main } from "./cli.js";

const [runsPath] = process.argv.slice(2);
const runs = JSON.parse(readFileSync(runsPath, "utf8"));
const results = [];
for (const argv of runs) {
	const io = { stdout: "", stderr: "", columns: 100, color: false, env: { LANG: "en_US.UTF-8" } };
	io.out = (s) => void (io.stdout += s);
	io.err = (s) => void (io.stderr += s);
	const start = performance.now();
	let status = null;
	let thrown = null;
	try {
		status = await main(argv, io);
	} catch (e) {
		// What the real process would print as a stack trace.
		thrown = e instanceof Error ? (e.stack ?? e.message) : String(e);
	}
	results.push({ argv, status, thrown, stdout: io.stdout, stderr: io.stderr, ms: performance.now() - start });
}
process.stdout.write(JSON.stringify(results));
