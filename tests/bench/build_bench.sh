#!/usr/bin/env bash
# Build-time benchmark, run by hand: (1) a clean -Werror build's wall and CPU time without the
# compiler cache, with the ten slowest files; (2) `.ci/run` on a fresh clone once this machine
# has built the same commit in both configurations, so that ccache holds every object.
# Writes results.md in $BENCH_DIR and prints it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${BENCH_DIR:-${TMPDIR:-/tmp}/dongmao-build-bench}
rm -rf "$work"
mkdir -p "$work"
seconds() { awk '{printf "%.0f s wall, %.0f CPU-s", $1, $2 + $3}' "$1"; }

echo "clean build without the cache…" >&2
/usr/bin/time -f '%e %U %S' -o "$work/clean.time" \
  env BUILD_DIR="$work/clean" "$repo/scripts/build" -DDONGMAO_WERROR=ON -DDONGMAO_CCACHE=OFF >"$work/clean.log" 2>&1

echo "building this commit in both configurations (scripts/test), to fill the cache…" >&2
(cd "$repo" && scripts/test >"$work/warm.log" 2>&1)

echo ".ci/run on a fresh clone…" >&2
git clone -q "$repo" "$work/clone"
/usr/bin/time -f '%e %U %S' -o "$work/ci.time" \
  env CI=true bash "$work/clone/.ci/run" </dev/null >"$work/ci.log" 2>&1

{
  echo "| measurement | time |"
  echo "|---|---|"
  echo "| clean build, no cache ($(nproc) cores) | $(seconds "$work/clean.time") |"
  echo "| \`.ci/run\` on a fresh clone, cache warm | $(seconds "$work/ci.time") |"
  echo
  echo "Slowest files of the clean build (ms, as ninja logged them):"
  echo
  awk 'NR>1{print $2-$1, $4}' "$work/clean/.ninja_log" | sort -rn | head -10 | sed 's/^/    /'
  echo
  echo "Load average when done: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$work/results.md"
