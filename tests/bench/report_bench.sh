#!/usr/bin/env bash
# Report benchmark: dongmao report monthly in every format vs. the sqlite3 shell running the
# same aggregate SQL, on a synthetic city-scale workspace. Run by hand from anywhere inside the
# repository; not a CTest.
#
#   tests/bench/report_bench.sh               # best of 3
#   REPEAT=5 tests/bench/report_bench.sh
#
# Environment:
#   SEED        generator seed (default 20261127)
#   BENCH_DIR   workspace, outputs, logs (default ${TMPDIR:-/tmp}/dongmao-report-bench)
#   BUILD_DIR   CMake build tree (default <repo>/build-bench, Release)
#   DONGMAO_BIN use this dongmao binary instead of building one
#   REGEN=1     regenerate the workspace even if it matches SEED and the generator
#   REPEAT=N    run every case N times, interleaved; report the best wall time and the
#               highest peak RSS of each case (default 3)
#
# What it does:
#   1. cmake -DCMAKE_BUILD_TYPE=Release into $BUILD_DIR (first time), cmake --build --target dongmao
#   2. unless $BENCH_DIR/city holds the workspace of this SEED and generator:
#        dongmao init $BENCH_DIR/city --name 某区 --division-code 430602
#        /usr/bin/python3 tests/bench/gen_city.py --seed $SEED $BENCH_DIR/city
#   3. writes queries.sql, explain.sql and timed.sql with tests/bench/report_sql.py (the
#      statements of lib/dongmao/store/report_*.cpp, bound to the literals of the report below)
#   4. times with /usr/bin/time -f '%e %U %S %M' (wall s, user s, sys s, peak RSS KB):
#        dongmao -w city --today 2026-11-27 -q report monthly --month 2026-11 --format F -o OUT
#          for F in md html xlsx json csv (csv into a directory, one file per section)
#        sqlite3 city/dongmao.db < queries.sql > /dev/null                    (baseline)
#   5. prints a Markdown table with ratios and pass/fail against the targets (saved as
#      $BENCH_DIR/results.md), the per-query times of the shell ($BENCH_DIR/query-times.md)
#      and writes EXPLAIN QUERY PLAN of every query to $BENCH_DIR/query-plans.log.
# A dongmao case that fails is reported and the script goes on; it exits 0 unless the build,
# the generator or the sqlite3 baseline fails.

set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)

SEED=${SEED:-20261127}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/dongmao-report-bench}
BUILD_DIR=${BUILD_DIR:-$REPO/build-bench}
REGEN=${REGEN:-0}
REPEAT=${REPEAT:-3}
PYTHON=/usr/bin/python3
TIME=/usr/bin/time
MONTH=2026-11
TODAY=2026-11-27      # gen_city.py's "today": nothing in the workspace is dated later
FORMATS=(md html xlsx json csv)

# Targets.
MAX_SECONDS=1.0       # every format, wall time
MAX_VS_SQLITE=1.1     # every format, against the sqlite3 shell running the same SQL (with and without mmap)
SLOW_QUERY=0.3        # per-query time (shell) above which a query is flagged

die() { echo "report_bench: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

[[ -x $TIME ]] || die "$TIME not found (apt-get install time)"
[[ -x $PYTHON ]] || die "$PYTHON not found (apt-get install python3)"
command -v sqlite3 >/dev/null || die "sqlite3 shell not found (apt-get install sqlite3)"
[[ $SEED =~ ^[0-9]+$ ]] || die "SEED must be a non-negative integer"
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "REPEAT must be a positive integer"

# --- 1. dongmao (Release) ----------------------------------------------------------------------
# shellcheck source=tests/bench/lib.sh
source "$SCRIPT_DIR/lib.sh"
build_dongmao

# --- 2. the city workspace ---------------------------------------------------------------------
mkdir -p "$BENCH_DIR"
WS=$BENCH_DIR/city
DB=$WS/dongmao.db
STAMP=$BENCH_DIR/generated.stamp
GEN_LOG=$BENCH_DIR/generate.log
want_stamp="seed=$SEED gen=$(cksum <"$SCRIPT_DIR/gen_city.py" | cut -d' ' -f1)"
want_stamp+=" schema=$(cat "$REPO"/schemas/migrations/*.sql | cksum | cut -d' ' -f1)"
if [[ $REGEN == 1 || ! -f $STAMP || $(head -n 1 "$STAMP") != "$want_stamp" || ! -f $DB ]]; then
  log "generating the city workspace in $WS (takes a few minutes)"
  rm -rf "$WS" "$STAMP"
  "$DONGMAO" init "$WS" --name 某区 --division-code 430602 >"$GEN_LOG" 2>&1 \
    || { cat "$GEN_LOG" >&2; die "dongmao init failed"; }
  $TIME -f 'gen_city.py: %e s wall, %U s user, %S s sys, %M KB peak RSS' -a -o "$GEN_LOG" \
    "$PYTHON" "$SCRIPT_DIR/gen_city.py" --seed "$SEED" "$WS" >>"$GEN_LOG" 2>&1 \
    || { tail -n 20 "$GEN_LOG" >&2; die "gen_city.py failed (log: $GEN_LOG)"; }
  sed -n '/^| table/,$p' "$GEN_LOG" >&2
  { echo "$want_stamp"; tail -n 1 "$GEN_LOG"; } >"$STAMP"
else
  log "reusing $WS ($want_stamp; REGEN=1 to rebuild)"
fi
GEN_NOTE=$(sed -n 2p "$STAMP")
log "$GEN_NOTE"

# --- 3. the SQL --------------------------------------------------------------------------------
QUERIES=$BENCH_DIR/queries.sql
for mode in plain explain timed; do
  if [[ $mode == plain ]]; then out=$QUERIES; else out=$BENCH_DIR/$mode.sql; fi
  "$PYTHON" "$SCRIPT_DIR/report_sql.py" --mode "$mode" --month "$MONTH" --today "$TODAY" >"$out" \
    || die "report_sql.py failed: the report's SQL could not be extracted from lib/dongmao/store"
done
# The same SQL read as dongmao reads a workspace it only reads: through a memory map.
QUERIES_MMAP=$BENCH_DIR/queries-mmap.sql
{ echo "PRAGMA mmap_size = 1073741824;"; cat "$QUERIES"; } >"$QUERIES_MMAP"
log "EXPLAIN QUERY PLAN of every query -> $BENCH_DIR/query-plans.log"
sqlite3 "$DB" <"$BENCH_DIR/explain.sql" >"$BENCH_DIR/query-plans.log" 2>&1 || die "EXPLAIN QUERY PLAN failed"

# --- 4. measurements ---------------------------------------------------------------------------

OUT=$BENCH_DIR/out
cat "$DB" >/dev/null  # every case starts with the database in the page cache
for (( round = 1; round <= REPEAT; round++ )); do
  log "round $round of $REPEAT"
  for f in "${FORMATS[@]}"; do
    rm -rf "$OUT/$f"
    mkdir -p "$OUT/$f"
    if [[ $f == csv ]]; then target=$OUT/csv/; else target=$OUT/$f/report.$f; fi
    measure "$f" "$BENCH_DIR/report-$f.log" \
      "$DONGMAO" -w "$WS" --today "$TODAY" -q report monthly --month "$MONTH" --format "$f" -o "$target" || true
    if ok "$f" && [[ -z $(ls -A "$OUT/$f") ]]; then
      STATUS[$f]="no output"
      echo "   $f FAILED: exit 0 but nothing written to $OUT/$f" >&2
    fi
  done
  STDIN=$QUERIES STDOUT=/dev/null measure sqlite3 "$BENCH_DIR/sqlite3.log" sqlite3 "$DB" || die "the sqlite3 baseline failed"
  STDIN=$QUERIES_MMAP STDOUT=/dev/null measure sqlite3-mmap "$BENCH_DIR/sqlite3-mmap.log" sqlite3 "$DB" \
    || die "the sqlite3 baseline (mmap) failed"
done

# Per-query times of the shell, best of REPEAT (they are the baseline's parts, not a case).
declare -A QBEST
QORDER=()
for (( round = 1; round <= REPEAT; round++ )); do
  while read -r name t; do
    [[ -n ${QBEST[$name]:-} ]] || QORDER+=("$name")
    if [[ -z ${QBEST[$name]:-} ]] || awk -v a="$t" -v b="${QBEST[$name]}" 'BEGIN { exit !(a < b) }'; then
      QBEST[$name]=$t
    fi
  done < <(sqlite3 "$DB" <"$BENCH_DIR/timed.sql" 2>&1 \
           | awk '/^-- / { name = $2 } /^Run Time:/ { print name, $4 }')
done

# --- 5. report ---------------------------------------------------------------------------------
verdict() {
  local c=$1 r=$2 out=()
  ok "$c" || { echo "fail (${STATUS[$c]:-not run})"; return; }
  if awk -v s="${SECS[$c]}" -v m="$MAX_SECONDS" 'BEGIN { exit !(s < m) }'; then out+=("time pass")
  else out+=("time FAIL"); fi
  if [[ $r == "—" ]]; then out+=("ratio n/a")
  elif awk -v r="$r" -v m="$MAX_VS_SQLITE" 'BEGIN { exit !(r <= m) }'; then out+=("ratio pass")
  else out+=("ratio FAIL"); fi
  echo "${out[0]}, ${out[1]}"
}

counts=$(sqlite3 "$DB" "SELECT (SELECT count(*) FROM household) || ' households, ' ||
  (SELECT count(*) FROM enrollment) || ' enrollments, ' || (SELECT count(*) FROM stage_event) || ' stage events, ' ||
  (SELECT count(*) FROM petition) || ' petitions, ' || (SELECT count(*) FROM metric_value) || ' metric values'")
{
  echo "### dongmao report benchmark"
  echo
  echo "\`report monthly --month $MONTH --today $TODAY\` on $counts" \
       "(seed $SEED; dongmao.db $(du -m "$DB" | cut -f1) MB); best of $REPEAT;" \
       "$(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, load $(cut -d' ' -f1-3 /proc/loadavg);" \
       "dongmao $(git -C "$REPO" describe --always --dirty 2>/dev/null || echo '?'); sqlite3 $(sqlite3 --version | cut -d' ' -f1);" \
       "$(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| format | seconds | CPU s | peak RSS MB | ratio to sqlite3 | ratio to sqlite3 with mmap | target | result |"
  echo "|---|---:|---:|---:|---:|---:|---|---|"
  echo "| sqlite3 shell, queries.sql | $(secs sqlite3) | $(cpu sqlite3) | $(rss_mb sqlite3) | 1.00 | — | baseline | — |"
  echo "| sqlite3 shell, queries.sql after \`PRAGMA mmap_size = 1073741824\` (as dongmao reads) | $(secs sqlite3-mmap) |" \
       "$(cpu sqlite3-mmap) | $(rss_mb sqlite3-mmap) | $(ratio sqlite3-mmap sqlite3) | 1.00 | baseline | — |"
  for f in "${FORMATS[@]}"; do
    r=$(ratio "$f" sqlite3)
    rm=$(ratio "$f" sqlite3-mmap)
    worse=$(awk -v a="$r" -v b="$rm" 'BEGIN { print (b > a ? b : a) }')
    echo "| $f | $(secs "$f") | $(cpu "$f") | $(rss_mb "$f") | $r | $rm | < $MAX_SECONDS s, ≤ $MAX_VS_SQLITE× | $(verdict "$f" "$worse") |"
  done
} | tee "$BENCH_DIR/results.md"
{
  echo
  echo "Per query in the sqlite3 shell (\`.timer on\`, best of $REPEAT; slow: > $SLOW_QUERY s):"
  echo
  echo "| query | seconds | |"
  echo "|---|---:|---|"
  for q in "${QORDER[@]}"; do
    flag=$(awk -v t="${QBEST[$q]}" -v m="$SLOW_QUERY" 'BEGIN { if (t > m) print "**slow**" }')
    echo "| $q | ${QBEST[$q]} | $flag |"
  done
} | tee "$BENCH_DIR/query-times.md"
echo >&2
log "generation: $GEN_NOTE"
log "tables saved to $BENCH_DIR/results.md and query-times.md; query plans in $BENCH_DIR/query-plans.log;" \
    "outputs in $OUT, logs in $BENCH_DIR/*.log"
