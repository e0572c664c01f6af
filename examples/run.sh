#!/usr/bin/env bash
# The staff workflow on the bundled example: a fresh workspace for 东茅岭街道, its ledgers
# imported as staff receive them, then the October 月报 as XLSX and HTML in build/reports/ and
# as Markdown on the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${DONGMAO:-build/cli/dongmao}
ws=${EXAMPLE_WORKSPACE:-build/example-workspace}
data=examples/dongmaoling
export DONGMAO_TODAY=${DONGMAO_TODAY:-2026-11-27}
export DONGMAO_OPERATOR=${DONGMAO_OPERATOR:-example}

rm -rf "$ws"
"$bin" init "$ws" --name 东茅岭街道 --division-code 430602001
dm() { "$bin" -w "$ws" "$@"; }
dm import communities "$data/communities.csv"
dm import grids "$data/grids.csv"
dm import projects "$data/projects.csv"
dm import enrollments "$data/九华山二期征拆台账.xlsx" --project JHS2
dm import enrollments "$data/工人文化宫二期收购台账.xlsx" --project GRWHG2
dm import households "$data/东茅岭社区住户台账.csv"
dm import petitions "$data/信访台账.csv"
dm import metrics "$data/月度指标-2026-11.xlsx" --month 2026-11
dm status
dm report monthly --month 2026-10 --format xlsx -o build/reports/
dm report monthly --month 2026-10 --format html -o build/reports/
dm project progress
dm report monthly --month 2026-10
