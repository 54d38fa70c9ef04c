#!/usr/bin/env bash
# The CLI as people install it: `npm pack`, installed into an empty prefix with no network, then run on
# the example vault from outside this checkout. Fails if the package holds anything but what the CLI
# needs, or needs anything it does not hold (the CLI is one bundled file with no dependencies).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tgz=$(npm pack --silent --pack-destination "$work" | tail -1)
expected=$'package/LICENSE\npackage/README.md\npackage/bin/intl-plan.js\npackage/dist/cli.js\npackage/package.json'
actual=$(tar -tzf "$work/$tgz" | sort)
if [ "$actual" != "$expected" ]; then
	printf 'The package holds:\n%s\nexpected:\n%s\n' "$actual" "$expected" >&2
	exit 1
fi

npm install --prefix "$work/prefix" --offline --no-audit --no-fund --loglevel=error "$work/$tgz" >/dev/null
bin="$work/prefix/node_modules/.bin/intl-plan"
version=$("$bin" --version)
[ "$version" = "$(node -p 'require("./package.json").version')" ] || { echo "intl-plan --version says $version" >&2; exit 1; }
cp -r examples/vault "$work/vault"
# As a user runs it: in the vault folder, no path given.
(cd "$work/vault" && "$bin" index --format json) > "$work/index.json"
node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (j.version !== 1 || j.plans.length !== 2) { console.error("unexpected index:", j.version, j.plans.length); process.exit(1); }' "$work/index.json"
(cd "$work/vault" && "$bin" show --width 100 --no-color) | grep -q "Strategic decision-making"
echo "package ok: $tgz ($(du -k "$work/$tgz" | cut -f1) KB), installed offline, intl-plan $version ran on the example vault"
