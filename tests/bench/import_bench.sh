#!/usr/bin/env bash
# Import benchmark: dongmao import vs. the sqlite3 shell's .import, on a synthetic household
# ledger of $ROWS rows. Run by hand from anywhere inside the repository; not a CTest.
#
#   tests/bench/import_bench.sh                 # 1,000,000 rows
#   ROWS=100000 tests/bench/import_bench.sh     # quicker
#
# Environment:
#   ROWS        data rows to generate (default 1000000; XLSX holds at most 1048575)
#   SEED        generator seed (default 20261130)
#   BENCH_DIR   where files and workspaces go (default ${TMPDIR:-/tmp}/dongmao-bench)
#   BUILD_DIR   CMake build tree (default <repo>/build-bench, Release)
#   DONGMAO_BIN use this dongmao binary instead of building one
#   REGEN=1     regenerate the input files even if they match ROWS and SEED
#   REPEAT=N    run all six cases N times, interleaved; report the best time and the
#               highest peak RSS of each case (default 1)
#
# What it does:
#   1. cmake -DCMAKE_BUILD_TYPE=Release into $BUILD_DIR (first time), cmake --build --target dongmao
#   2. builds the generator by hand:
#        g++ -std=c++20 -O2 -Wall -Wextra -o $BUILD_DIR/gen_households tests/bench/gen_households.cpp -lxlsxwriter
#   3. generates communities.csv, households.csv, households-gb18030.csv, households.xlsx
#   4. times six cases with /usr/bin/time -f '%e %M %U %S' (wall s, peak RSS KB, user s, sys s):
#        (a) sqlite3 .import --csv of the UTF-8 CSV into a bare table     (baseline)
#        (b) dongmao import households, UTF-8 CSV, fresh workspace
#        (c) dongmao import households, the same unchanged CSV again, into (b)'s workspace
#        (d) dongmao import households, GB18030 CSV, fresh workspace
#        (e) dongmao import households, XLSX, fresh workspace
#        (f) sqlite3 alone putting the same CSV into a fresh workspace's schema: .import into a
#            bare temporary table, then one INSERT … SELECT into household (its UNIQUE key,
#            indexes, CHECKs, foreign keys, WAL), names resolved by subquery, no validation.
#            Not a target: the floor any importer into this schema stands on.
#   5. prints a Markdown table with ratios and pass/fail against the targets, and saves it
#      as $BENCH_DIR/results.md.
# A dongmao step that fails is reported and the script goes on; it exits 0 unless the
# build, the generator or the sqlite3 baseline fails.

set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)

ROWS=${ROWS:-1000000}
SEED=${SEED:-20261130}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/dongmao-bench}
BUILD_DIR=${BUILD_DIR:-$REPO/build-bench}
REGEN=${REGEN:-0}
REPEAT=${REPEAT:-1}
SUBDISTRICT=东茅岭街道
TIME=/usr/bin/time

# Targets.
MAX_CSV_VS_SQLITE=1.0    # (b)/(a) and (d)/(a)
MAX_REIMPORT_VS_FIRST=0.5  # (c)/(b)
MAX_XLSX_VS_CSV=2.5      # (e)/(b)
MAX_RSS_MB=100           # every dongmao case

die() { echo "import_bench: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

[[ -x $TIME ]] || die "$TIME not found (apt-get install time)"
command -v sqlite3 >/dev/null || die "sqlite3 shell not found (apt-get install sqlite3)"
[[ $ROWS =~ ^[1-9][0-9]*$ ]] || die "ROWS must be a positive integer"
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "REPEAT must be a positive integer"

# --- 1. dongmao (Release) ----------------------------------------------------------------------
# shellcheck source=tests/bench/lib.sh
source "$SCRIPT_DIR/lib.sh"
build_dongmao

# --- 2. generator ------------------------------------------------------------------------------
GEN=$BUILD_DIR/gen_households
GEN_SRC=$SCRIPT_DIR/gen_households.cpp
mkdir -p "$BUILD_DIR"
if [[ ! -x $GEN || $GEN_SRC -nt $GEN ]]; then
  log "building $GEN"
  g++ -std=c++20 -O2 -Wall -Wextra -o "$GEN" "$GEN_SRC" -lxlsxwriter
fi

# --- 3. input files ----------------------------------------------------------------------------
mkdir -p "$BENCH_DIR"
COMMUNITIES=$BENCH_DIR/communities.csv
CSV=$BENCH_DIR/households.csv
GB=$BENCH_DIR/households-gb18030.csv
XLSX=$BENCH_DIR/households.xlsx
STAMP=$BENCH_DIR/generated.stamp
want_stamp="rows=$ROWS seed=$SEED gen=$(cksum <"$GEN_SRC" | cut -d' ' -f1)"
if [[ $REGEN == 1 || ! -f $STAMP || $(cat "$STAMP") != "$want_stamp" \
      || ! -f $CSV || ! -f $GB || ! -f $XLSX || ! -f $COMMUNITIES ]]; then
  log "generating $ROWS rows into $BENCH_DIR"
  rm -f "$STAMP"
  $TIME -f 'generator: %e s wall, %M KB peak RSS' "$GEN" --rows "$ROWS" --seed "$SEED" "$BENCH_DIR" >&2
  echo "$want_stamp" >"$STAMP"
else
  log "reusing files in $BENCH_DIR ($want_stamp)"
fi

# --- 4. measurements ---------------------------------------------------------------------------

# Read the file once so every case starts with it in the page cache.
warm() { cat "$1" >/dev/null; }

# count_households WS — households in the workspace db, or "?" when it cannot be told.
count_households() {
  local db=$1/dongmao.db t
  [[ -f $db ]] || { echo "?"; return; }
  t=$(sqlite3 "$db" "SELECT name FROM sqlite_schema WHERE type='table' AND name IN ('household','households') LIMIT 1;" 2>/dev/null) || t=
  [[ -n $t ]] || { echo "?"; return; }
  sqlite3 "$db" "SELECT count(*) FROM \"$t\";" 2>/dev/null || echo "?"
}

# check_count CASE WS — a successful import must leave ROWS households.
check_count() {
  local c=$1 n
  ok "$c" || return 0
  n=$(count_households "$2")
  if [[ $n == "?" ]]; then
    echo "   case ($c): note: could not count households in $2/dongmao.db" >&2
  elif [[ $n != "$ROWS" ]]; then
    STATUS[$c]="$n of $ROWS rows"
    echo "   case ($c) FAILED: workspace holds $n households, expected $ROWS" >&2
  fi
}

# fresh_workspace CASE WS — init + import communities (untimed); failure marks CASE.
fresh_workspace() {
  local c=$1 ws=$2 logf=$BENCH_DIR/setup-$1.log rc=0
  failed "$c" && return 1
  rm -rf "$ws"
  { "$DONGMAO" init "$ws" --name "$SUBDISTRICT" \
      && "$DONGMAO" -w "$ws" -q import communities "$COMMUNITIES"; } >"$logf" 2>&1 || rc=$?
  if (( rc != 0 )); then
    STATUS[$c]="setup exit $rc"
    echo "   case ($c) FAILED in setup (init / import communities, exit $rc)" >&2
    sed 's/^/   | /' "$logf" | tail -n 5 >&2
    return 1
  fi
  if [[ ! -f $ws/dongmao.db ]]; then
    STATUS[$c]="no workspace"
    echo "   case ($c) FAILED in setup: 'dongmao init $ws' exited 0 but created no $ws/dongmao.db" >&2
    return 1
  fi
}

# schema_floor_case WS — case (f) on the fresh workspace WS (communities imported).
schema_floor_case() {
  local ws=$1 sql=$BENCH_DIR/schema-floor.sql
  failed f && return 0
  warm "$CSV"
  floor_sql "$CSV" >"$sql"
  measure f "$BENCH_DIR/sqlite3-f.log" sqlite3 "$ws/dongmao.db" ".read '$sql'" || true
  check_count f "$ws"
}

# dongmao_case CASE WS FILE — timed households import with --create-missing.
dongmao_case() {
  local c=$1 ws=$2 file=$3
  failed "$c" && return 0
  warm "$file"
  measure "$c" "$BENCH_DIR/import-$c.log" \
    "$DONGMAO" -w "$ws" -q import households "$file" --create-missing || true
  check_count "$c" "$ws"
}

BARE=$BENCH_DIR/bare.db
WS_B=$BENCH_DIR/ws-b
WS_D=$BENCH_DIR/ws-d
WS_E=$BENCH_DIR/ws-e
WS_F=$BENCH_DIR/ws-f
for (( round = 1; round <= REPEAT; round++ )); do
  (( REPEAT == 1 )) || log "round $round of $REPEAT"

  log "case (a): sqlite3 .import --csv (baseline)"
  rm -f "$BARE" "$BARE-journal"
  warm "$CSV"
  measure a "$BENCH_DIR/sqlite3-a.log" sqlite3 "$BARE" ".mode csv" ".import --csv '$CSV' households" \
    || die "the sqlite3 baseline failed"
  n=$(sqlite3 "$BARE" "SELECT count(*) FROM households;")
  [[ $n == "$ROWS" ]] || die "sqlite3 imported $n rows, expected $ROWS"

  log "case (b): dongmao import, UTF-8 CSV, fresh workspace"
  if fresh_workspace b "$WS_B"; then dongmao_case b "$WS_B" "$CSV"; fi

  log "case (c): dongmao re-import of the unchanged UTF-8 CSV"
  if ok b; then
    dongmao_case c "$WS_B" "$CSV"
  else
    STATUS[c]="needs (b)"
    echo "   case (c) not run: case (b) did not succeed" >&2
  fi

  log "case (d): dongmao import, GB18030 CSV, fresh workspace"
  if fresh_workspace d "$WS_D"; then dongmao_case d "$WS_D" "$GB"; fi

  log "case (e): dongmao import, XLSX, fresh workspace"
  if fresh_workspace e "$WS_E"; then dongmao_case e "$WS_E" "$XLSX"; fi

  log "case (f): sqlite3 .import + INSERT … SELECT into the workspace schema (floor)"
  if fresh_workspace f "$WS_F"; then schema_floor_case "$WS_F"; fi
done

# --- 5. report ---------------------------------------------------------------------------------
# verdict CASE RATIO MAX — pass/fail on the time ratio and on peak RSS.
verdict() {
  local c=$1 r=$2 max=$3 out=()
  ok "$c" || { echo "fail (${STATUS[$c]:-not run})"; return; }
  if [[ $r == "—" ]]; then out+=("time: n/a")
  elif awk -v r="$r" -v m="$max" 'BEGIN { exit !(r <= m) }'; then out+=("time pass")
  else out+=("time FAIL"); fi
  if awk -v k="${RSS_KB[$c]}" -v m="$MAX_RSS_MB" 'BEGIN { exit !(k / 1024 < m) }'; then out+=("RSS pass")
  else out+=("RSS FAIL"); fi
  echo "${out[0]}, ${out[1]}"
}

rb=$(ratio b a); rc_=$(ratio c b); rd=$(ratio d a); re=$(ratio e b); rf=$(ratio f a); rbf=$(ratio b f)
{
  echo "### dongmao import benchmark"
  echo
  echo "$ROWS rows (seed $SEED), best of $REPEAT; $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM;" \
       "dongmao $(git -C "$REPO" describe --always --dirty 2>/dev/null || echo '?'); sqlite3 $(sqlite3 --version | cut -d' ' -f1);" \
       "$(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  printf '| file | bytes |\n|---|---:|\n'
  for f in "$CSV" "$GB" "$XLSX"; do printf '| %s | %s |\n' "$(basename "$f")" "$(stat -c %s "$f")"; done
  echo
  echo "| case | seconds | CPU s | peak RSS MB | ratio | target | result |"
  echo "|---|---:|---:|---:|---|---|---|"
  echo "| (a) sqlite3 \`.import --csv\`, UTF-8 CSV, bare table | $(secs a) | $(cpu a) | $(rss_mb a) | — | baseline | — |"
  echo "| (b) dongmao import, UTF-8 CSV, fresh workspace | $(secs b) | $(cpu b) | $(rss_mb b) | b/a = $rb | ≤ $MAX_CSV_VS_SQLITE×, RSS < $MAX_RSS_MB MB | $(verdict b "$rb" $MAX_CSV_VS_SQLITE) |"
  echo "| (c) dongmao re-import, same unchanged CSV | $(secs c) | $(cpu c) | $(rss_mb c) | c/b = $rc_ | ≤ $MAX_REIMPORT_VS_FIRST×, RSS < $MAX_RSS_MB MB | $(verdict c "$rc_" $MAX_REIMPORT_VS_FIRST) |"
  echo "| (d) dongmao import, GB18030 CSV, fresh workspace | $(secs d) | $(cpu d) | $(rss_mb d) | d/a = $rd | ≤ $MAX_CSV_VS_SQLITE×, RSS < $MAX_RSS_MB MB | $(verdict d "$rd" $MAX_CSV_VS_SQLITE) |"
  echo "| (e) dongmao import, XLSX, fresh workspace | $(secs e) | $(cpu e) | $(rss_mb e) | e/b = $re | ≤ $MAX_XLSX_VS_CSV×, RSS < $MAX_RSS_MB MB | $(verdict e "$re" $MAX_XLSX_VS_CSV) |"
  echo "| (f) sqlite3 \`.import\` + \`INSERT … SELECT\` into the workspace schema | $(secs f) | $(cpu f) | $(rss_mb f) | f/a = $rf; b/f = $rbf | floor, not a target | — |"
} | tee "$BENCH_DIR/results.md"
echo >&2
log "table saved to $BENCH_DIR/results.md; logs in $BENCH_DIR/*.log"
