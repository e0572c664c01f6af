#!/usr/bin/env bash
# District roll-up benchmark: `report monthly --rollup` over WORKSPACES sub-district workspaces
# of HOUSEHOLDS households each (every one imported by dongmao from its own generated ledger).
# Run by hand from anywhere inside the repository; not a CTest.
#
#   tests/bench/rollup_bench.sh                      # 100 workspaces × 10,000 households, best of 3
#   WORKSPACES=20 REPEAT=5 tests/bench/rollup_bench.sh
#
# Environment: WORKSPACES (100), HOUSEHOLDS (10000), REPEAT (3), SEED (20261130),
# BENCH_DIR (${TMPDIR:-/tmp}/dongmao-rollup-bench), BUILD_DIR (<repo>/build-bench, Release),
# DONGMAO_BIN (time this binary instead of building one), REGEN=1 (rebuild the workspaces).
#
# Timed, REPEAT rounds, formats interleaved:
#   dongmao --today 2026-11-27 -q report monthly --month 2026-11 --rollup DISTRICT
#           --rollup-name 某区 --format F -o OUT        for F = md, json, xlsx
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)
WORKSPACES=${WORKSPACES:-100}
HOUSEHOLDS=${HOUSEHOLDS:-10000}
REPEAT=${REPEAT:-3}
SEED=${SEED:-20261130}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/dongmao-rollup-bench}
BUILD_DIR=${BUILD_DIR:-$REPO/build-bench}
REGEN=${REGEN:-0}
TIME=/usr/bin/time
MAX_SECONDS=2

die() { echo "rollup_bench: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

[[ -x $TIME ]] || die "$TIME not found (apt-get install time)"
# shellcheck source=tests/bench/lib.sh
source "$SCRIPT_DIR/lib.sh"
build_dongmao
build_tool gen_households "$SCRIPT_DIR/gen_households.cpp" -lxlsxwriter
GEN=$TOOL

DISTRICT=$BENCH_DIR/district
STAMP=$BENCH_DIR/generated.stamp
want="workspaces=$WORKSPACES households=$HOUSEHOLDS seed=$SEED dongmao=$(git -C "$REPO" rev-parse HEAD:schemas 2>/dev/null || echo '?')"
if [[ $REGEN == 1 || ! -f $STAMP || $(cat "$STAMP") != "$want" ]]; then
  log "creating $WORKSPACES workspaces of $HOUSEHOLDS households in $DISTRICT"
  rm -rf "$DISTRICT" "$BENCH_DIR/ledgers" "$STAMP"
  mkdir -p "$DISTRICT" "$BENCH_DIR/ledgers"
  start=$SECONDS
  for (( i = 1; i <= WORKSPACES; i++ )); do
    ledger=$BENCH_DIR/ledgers/$i
    ws=$DISTRICT/$(printf 'sd%03d' "$i")
    "$GEN" --rows "$HOUSEHOLDS" --seed $(( SEED + i )) --no-xlsx "$ledger" >/dev/null
    "$DONGMAO" init "$ws" --name "第${i}街道" >/dev/null
    "$DONGMAO" -w "$ws" -q import communities "$ledger/communities.csv"
    "$DONGMAO" -w "$ws" -q import households "$ledger/households.csv" --create-missing
    rm -rf "$ledger"
  done
  log "created in $(( SECONDS - start )) s"
  echo "$want" >"$STAMP"
fi

LOAD_START=$(uptime | sed 's/^ *//')
FORMATS=(md json xlsx)
mkdir -p "$BENCH_DIR/out"
for (( round = 1; round <= REPEAT; round++ )); do
  log "round $round of $REPEAT (load $(load_now))"
  for f in "${FORMATS[@]}"; do
    out=$BENCH_DIR/out/rollup.$f
    rm -f "$out"
    measure "$f" "$BENCH_DIR/rollup-$f.log" "$DONGMAO" --today 2026-11-27 -q report monthly --month 2026-11 \
      --rollup "$DISTRICT" --rollup-name 某区 --format "$f" -o "$out" || true
  done
done

{
  echo "### dongmao district roll-up benchmark"
  echo
  echo "$WORKSPACES workspaces × $HOUSEHOLDS households, best of $REPEAT; $(nproc) CPUs;" \
       "dongmao $(git -C "$REPO" describe --always --dirty 2>/dev/null || echo '?'); $(date -u +%Y-%m-%dT%H:%MZ)."
  echo "Load at the start: \`$LOAD_START\`; at the end: \`$(uptime | sed 's/^ *//')\`."
  echo
  echo "| format | seconds | CPU s | peak RSS MB | target | result |"
  echo "|---|---:|---:|---:|---|---|"
  for f in "${FORMATS[@]}"; do
    verdict="—"
    if ok "$f"; then
      verdict=$(awk -v s="${SECS[$f]}" -v m="$MAX_SECONDS" 'BEGIN { print (s < m ? "met" : "**missed**") }')
    fi
    echo "| $f | $(secs "$f") | $(cpu "$f") | $(rss_mb "$f") | < $MAX_SECONDS s | $verdict |"
  done
} | tee "$BENCH_DIR/results.md"
