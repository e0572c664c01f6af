#!/usr/bin/env bash
# The staff workflow on the bundled example: a fresh workspace for 东茅岭街道.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${DONGMAO:-build/cli/dongmao}
ws=${EXAMPLE_WORKSPACE:-build/example-workspace}
rm -rf "$ws"
"$bin" init "$ws" --name 东茅岭街道 --division-code 430602001
"$bin" -w "$ws" status
