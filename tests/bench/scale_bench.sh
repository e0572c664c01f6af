#!/usr/bin/env bash
# Scale benchmark: the households import at several sizes against the schema floor (f) and a
# plain prepared-statement loader (M), fresh, re-imported unchanged and re-imported with 1 %
# of its rows changed. Run by hand from anywhere inside the repository; not a CTest.
#
#   tests/bench/scale_bench.sh                             # 250k, 1M and 4M rows, best of 3
#   SIZES="250000 1000000" REPEAT=1 tests/bench/scale_bench.sh
#
# Environment:
#   SIZES       row counts (default "250000 1000000 4000000")
#   REPEAT      rounds; every round runs every case of every size in turn (default 3)
#   SEED        generator seed (default 20261130)
#   BENCH_DIR   inputs, workspaces, logs, results.md (default ${TMPDIR:-/tmp}/dongmao-scale-bench)
#   BUILD_DIR   Release build tree (default <repo>/build-bench)
#   DONGMAO_BIN use this dongmao binary instead of building one
#
# Cases, each under /usr/bin/time (wall, user + sys CPU, peak RSS), per size:
#   (f) the sqlite3 shell: .import into a TEMP table, then INSERT … SELECT into the workspace
#       schema (as import_bench.sh case f)
#   (M) plain_loader.cpp: parse, resolve, one prepared INSERT in one transaction
#   (I) the same loader building the secondary indexes after the load (--deferred-indexes),
#       as dongmao's first load into an empty table does: the floor of (b)
#   (B) (I) under a rollback journal instead of WAL (--rollback-journal): the floor of (k)
#   (b) dongmao import households --create-missing into a fresh workspace
#   (k) the same with --bulk (a rollback journal for the run) into a fresh workspace
#   (c) the same command again, the file unchanged
#   (g) the same command with changed.csv: every 100th row's 家庭人数 changed (1 % of rows)
#   (u) the floor of (g)'s changes: the sqlite3 shell, on a copy of the workspace after (c),
#       updating the same rows by code and adding one audit_log row each, in one transaction
#       (what (g) must write beyond (c), with nothing read or compared)
#   (d) dongmao import of the GB18030 CSV into a fresh workspace
#   (e) dongmao import of the same rows as XLSX into a fresh workspace (sizes that fit a sheet)
#   (x) the floor of reading that XLSX: `unzip -p` of its sheet into xml_floor.cpp (expat,
#       handlers that only count), the inflating and XML parsing no reader of it can skip
#   (E) more rows than a sheet holds: the XLSX in parts of at most 1,048,575 rows, each part a
#       workbook, imported one after another into a fresh workspace
#   (C) the same rows as UTF-8 CSV files of the same parts, imported the same way: what (E) is
#       compared with
# Before (f), (M), (I), (B), (b), (k), (d), (e), (E) and (C): `dongmao init` and
# `import communities`, untimed.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)
SIZES=${SIZES:-250000 1000000 4000000}
REPEAT=${REPEAT:-3}
SEED=${SEED:-20261130}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/dongmao-scale-bench}
BUILD_DIR=${BUILD_DIR:-$REPO/build-bench}
TIME=/usr/bin/time
SUBDISTRICT=东茅岭街道

die() { echo "scale_bench: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

[[ -x $TIME ]] || die "$TIME not found (apt-get install time)"
command -v sqlite3 >/dev/null || die "sqlite3 shell not found (apt-get install sqlite3)"
command -v unzip >/dev/null || die "unzip not found (apt-get install unzip)"
# shellcheck source=tests/bench/lib.sh
source "$SCRIPT_DIR/lib.sh"
build_dongmao
build_tool gen_households "$SCRIPT_DIR/gen_households.cpp" -lxlsxwriter
GEN=$TOOL
build_tool plain_loader "$SCRIPT_DIR/plain_loader.cpp" -lsqlite3
LOADER=$TOOL
build_tool xml_floor "$SCRIPT_DIR/xml_floor.cpp" -lexpat
XML_FLOOR=$TOOL
mkdir -p "$BENCH_DIR"
LOAD_START=$(uptime)

# --- inputs ------------------------------------------------------------------------------------
# parts N — how many workbooks N rows take: the fewest that hold them and divide N.
parts() {
  local k=$(( ($1 + 1048574) / 1048575 ))
  while (( $1 % k != 0 )); do k=$(( k + 1 )); done
  echo "$k"
}

for n in $SIZES; do
  dir=$BENCH_DIR/rows-$n
  want="inputs=2 rows=$n seed=$SEED gen=$(cksum <"$SCRIPT_DIR/gen_households.cpp" | cut -d' ' -f1)"
  if [[ ! -f $dir/generated.stamp || $(cat "$dir/generated.stamp") != "$want" ]]; then
    log "generating $n rows into $dir"
    mkdir -p "$dir"
    "$GEN" --rows "$n" --seed "$SEED" --xlsx-parts "$(parts "$n")" "$dir" >&2
    # (C): the CSV in the same parts, each with the header.
    rm -f "$dir"/part-*.csv
    if (( $(parts "$n") > 1 )); then
      tail -n +2 "$dir/households.csv" | split -d -a 1 --numeric-suffixes=1 -l $(( n / $(parts "$n") )) \
        --filter="{ head -1 '$dir/households.csv'; cat; } >'$dir/part-'\$FILE.csv" - ""
    fi
    # 1 % of the rows changed: 家庭人数 (column 8; only the last column, 备注, is ever quoted).
    awk 'BEGIN { FS = OFS = "," } NR > 1 && NR % 100 == 0 { $8 = $8 % 6 + 1 } { print }' \
      "$dir/households.csv" >"$dir/changed.csv"
    # (u): the same changes as SQL, each with the audit row dongmao writes for it.
    awk 'BEGIN { FS = "," } NR > 1 && NR % 100 == 0 {
           printf "UPDATE household SET members = %d, updated_at = \047now\047 WHERE code = \047%s\047;\n", $8 % 6 + 1, $1
           printf "INSERT INTO audit_log (at, operator, action, entity, entity_key, changes) VALUES " \
                  "(\047now\047, \047bench\047, \047update\047, \047household\047, \047%s\047, \047{\"members\":[%d,%d]}\047);\n", $1, $8, $8 % 6 + 1
         }' "$dir/households.csv" >"$dir/changes.sql"
    echo "$want" >"$dir/generated.stamp"
  fi
done

# --- cases -------------------------------------------------------------------------------------
# fresh WS DIR — a new workspace with the communities (untimed).
fresh() {
  rm -rf "$1"
  "$DONGMAO" init "$1" --name "$SUBDISTRICT" >/dev/null
  "$DONGMAO" -w "$1" -q import communities "$2/communities.csv"
}

households() { sqlite3 "$1/dongmao.db" "SELECT count(*) FROM household"; }

# expect CASE WS N — a case that succeeded must leave N households.
expect() {
  ok "$1" || return 0
  local got
  got=$(households "$2")
  [[ $got == "$3" ]] || { STATUS[$1]="$got of $3 rows"; echo "   $1 FAILED: $got households, expected $3" >&2; }
}

# fresh_case C N DIR CMD… — case C at N rows: a new workspace DIR/ws-C with the communities
# (untimed), then CMD timed; the workspace must then hold N households. It is left in place.
fresh_case() {
  local c=$1 n=$2 d=$3
  shift 3
  note_load "$n"
  fresh "$d/ws-$c" "$d"
  measure "$c-$n" "$d/$c.log" "$@" || true
  expect "$c-$n" "$d/ws-$c" "$n"
}

declare -A LOADS
note_load() { LOADS[$1]="${LOADS[$1]:-} $(load_now)"; }


for (( round = 1; round <= REPEAT; round++ )); do
  for n in $SIZES; do
    dir=$BENCH_DIR/rows-$n
    log "round $round of $REPEAT, $n rows (load $(load_now))"
    floor_sql "$dir/households.csv" >"$dir/floor.sql"
    cat "$dir/households.csv" "$dir/changed.csv" >/dev/null

    fresh_case f "$n" "$dir" sqlite3 "$dir/ws-f/dongmao.db" ".read '$dir/floor.sql'"
    rm -rf "$dir/ws-f"
    fresh_case m "$n" "$dir" "$LOADER" "$dir/ws-m/dongmao.db" "$dir/households.csv"
    rm -rf "$dir/ws-m"
    fresh_case i "$n" "$dir" "$LOADER" --deferred-indexes "$dir/ws-i/dongmao.db" "$dir/households.csv"
    rm -rf "$dir/ws-i"
    fresh_case B "$n" "$dir" "$LOADER" --deferred-indexes --rollback-journal "$dir/ws-B/dongmao.db" "$dir/households.csv"
    rm -rf "$dir/ws-B"
    fresh_case k "$n" "$dir" "$DONGMAO" -w "$dir/ws-k" -q import households "$dir/households.csv" --create-missing --bulk
    rm -rf "$dir/ws-k"

    # (b), then (c) and (g) re-import into what it left; (u) on a copy of what (c) left.
    fresh_case b "$n" "$dir" "$DONGMAO" -w "$dir/ws-b" -q import households "$dir/households.csv" --create-missing
    if ok "b-$n"; then
      note_load "$n"
      measure "c-$n" "$dir/c.log" "$DONGMAO" -w "$dir/ws-b" -q import households "$dir/households.csv" \
        --create-missing || true
      rm -rf "$dir/ws-u" && cp -r "$dir/ws-b" "$dir/ws-u"
      note_load "$n"
      measure "g-$n" "$dir/g.log" "$DONGMAO" -w "$dir/ws-b" -q import households "$dir/changed.csv" \
        --create-missing || true
      note_load "$n"
      measure "u-$n" "$dir/u.log" sqlite3 "$dir/ws-u/dongmao.db" "PRAGMA journal_mode = WAL" \
        "PRAGMA synchronous = NORMAL" "PRAGMA cache_size = -16384" "BEGIN" ".read '$dir/changes.sql'" "COMMIT" || true
      rm -rf "$dir/ws-u"
    fi
    rm -rf "$dir/ws-b"

    fresh_case d "$n" "$dir" "$DONGMAO" -w "$dir/ws-d" -q import households "$dir/households-gb18030.csv" \
      --create-missing
    rm -rf "$dir/ws-d"
    if [[ -f $dir/households.xlsx ]]; then
      fresh_case e "$n" "$dir" "$DONGMAO" -w "$dir/ws-e" -q import households "$dir/households.xlsx" --create-missing
      rm -rf "$dir/ws-e"
      note_load "$n"
      measure "x-$n" "$dir/x.log" bash -c "unzip -p '$dir/households.xlsx' xl/worksheets/sheet1.xml | '$XML_FLOOR'" || true
    else
      import_parts="for part in \"\$@\"; do '$DONGMAO' -w '$dir/ws-E' -q import households \"\$part\" --create-missing || exit; done"
      fresh_case E "$n" "$dir" bash -c "$import_parts" parts $(ls "$dir"/households-[0-9]*.xlsx | sort -V)
      rm -rf "$dir/ws-E"
      fresh_case C "$n" "$dir" bash -c "${import_parts//ws-E/ws-C}" parts $(ls "$dir"/part-*.csv | sort -V)
      rm -rf "$dir/ws-C"
    fi
  done
done

# --- results -----------------------------------------------------------------------------------
# cpu_ratio NUM DEN — CPU[NUM]/CPU[DEN], or "—".
cpu_ratio() {
  if ! ok "$1" || ! ok "$2"; then echo "—"; return; fi
  awk -v n="${CPU[$1]}" -v d="${CPU[$2]}" 'BEGIN { if (d > 0) printf "%.2f", n / d; else print "—" }'
}
# sum_ratio C U — (SECS[C] + SECS[U]) / SECS[C]: how much (C) would grow by (U)'s writes alone.
sum_ratio() {
  if ! ok "$1" || ! ok "$2"; then echo "—"; return; fi
  awk -v c="${SECS[$1]}" -v u="${SECS[$2]}" 'BEGIN { if (c > 0) printf "%.2f", (c + u) / c; else print "—" }'
}
loads() { tr ' ' '\n' <<<"${LOADS[$1]:-}" | sed '/^$/d' | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }
cell() { if [[ -z ${STATUS[$1]:-} ]]; then echo "not run"; else echo "$(secs "$1") / $(cpu "$1")"; fi; }

{
  echo "### dongmao scale benchmark"
  echo
  echo "Best of $REPEAT (wall / CPU s, CPU = user + sys of the round with the best wall time); $(nproc) CPUs;" \
       "dongmao $(git -C "$REPO" describe --always --dirty 2>/dev/null || echo '?'); sqlite3 $(sqlite3 --version | cut -d' ' -f1);" \
       "$(date -u +%Y-%m-%dT%H:%MZ)."
  echo "Load at the start: \`${LOAD_START# }\`; at the end: \`$(uptime | sed 's/^ *//')\`."
  echo
  echo "| rows | load (1-min) | (f) floor | (M) plain loader | dongmao fresh | peak RSS MB | unchanged | 1 % changed | (u) its writes alone | M/f wall | fresh/f wall | fresh/f CPU | unchanged/fresh | 1 %/unchanged | (c + u)/c |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    rss=$(rss_mb "b-$n")
    for c in c g; do
      if ok "$c-$n" && awk -v a="$(rss_mb "$c-$n")" -v b="$rss" 'BEGIN { exit !(a > b) }'; then rss=$(rss_mb "$c-$n"); fi
    done
    for c in d e k E C; do
      if ok "$c-$n" && awk -v a="$(rss_mb "$c-$n")" -v b="$rss" 'BEGIN { exit !(a > b) }'; then rss=$(rss_mb "$c-$n"); fi
    done
    echo "| $n | $(loads "$n") | $(cell "f-$n") | $(cell "m-$n") | $(cell "b-$n") | $rss | $(cell "c-$n") | $(cell "g-$n") | $(cell "u-$n") |" \
         "$(ratio "m-$n" "f-$n") | $(ratio "b-$n" "f-$n") | $(cpu_ratio "b-$n" "f-$n") | $(ratio "c-$n" "b-$n") | $(ratio "g-$n" "c-$n") | $(sum_ratio "c-$n" "u-$n") |"
  done
  echo
  echo 'First load into an empty workspace: (I) and (B) are the plain loader with the steps of dongmao'"'"'s first load (secondary indexes built after the load; (B) also under a rollback journal), the floors of its first load and of `--bulk`.'
  echo
  echo "| rows | (f) floor | (M) plain loader | (I) M, indexes after | (B) M, indexes after, rollback journal | dongmao fresh | dongmao --bulk | fresh/f wall / CPU | --bulk/f wall / CPU | (B)/f wall / CPU | fresh/(I) wall / CPU | --bulk/(B) wall / CPU |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    echo "| $n | $(cell "f-$n") | $(cell "m-$n") | $(cell "i-$n") | $(cell "B-$n") | $(cell "b-$n") | $(cell "k-$n") |" \
         "$(ratio "b-$n" "f-$n") / $(cpu_ratio "b-$n" "f-$n") | $(ratio "k-$n" "f-$n") / $(cpu_ratio "k-$n" "f-$n") |" \
         "$(ratio "B-$n" "f-$n") / $(cpu_ratio "B-$n" "f-$n") | $(ratio "b-$n" "i-$n") / $(cpu_ratio "b-$n" "i-$n") |" \
         "$(ratio "k-$n" "B-$n") / $(cpu_ratio "k-$n" "B-$n") |"
  done
  echo
  echo 'XLSX: one workbook where the rows fit a sheet; past that, (E) parts of one sheet each imported one after another, against (C) the CSV in the same parts. (x): inflating and parsing the sheet alone, the floor of its reading; "XLSX − UTF-8" is the CPU the XLSX import spends beyond the CSV one.'
  echo
  echo "| rows | GB18030 CSV | XLSX | (x) its reading floor | XLSX − UTF-8 CPU | CSV parts (C) | XLSX parts (E) | GB18030 / UTF-8 wall / CPU | XLSX / UTF-8 wall / CPU |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in $SIZES; do
    extra="—"
    if ok "e-$n" && ok "b-$n"; then extra=$(awk -v e="${CPU[e-$n]}" -v b="${CPU[b-$n]}" 'BEGIN { printf "%.2f", e - b }'); fi
    xlsx_ratio="$(ratio "e-$n" "b-$n") / $(cpu_ratio "e-$n" "b-$n")"
    ok "E-$n" && xlsx_ratio="$(ratio "E-$n" "C-$n") / $(cpu_ratio "E-$n" "C-$n") (parts)"
    echo "| $n | $(cell "d-$n") | $(cell "e-$n") | $(cell "x-$n") | $extra | $(cell "C-$n") | $(cell "E-$n") |" \
         "$(ratio "d-$n" "b-$n") / $(cpu_ratio "d-$n" "b-$n") | $xlsx_ratio |"
  done
  sizes=($SIZES)
  if (( ${#sizes[@]} > 1 )); then
    echo
    echo "| growth | rows × | (f) wall / CPU | (M) wall / CPU | fresh wall / CPU | unchanged wall / CPU | 1 % changed wall / CPU | GB18030 wall / CPU | (B) wall / CPU | --bulk wall / CPU |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (( i = 1; i < ${#sizes[@]}; i++ )); do
      p=${sizes[i-1]} n=${sizes[i]}
      row="| $n / $p | $(awk -v a="$n" -v b="$p" 'BEGIN { printf "%.1f", a / b }') |"
      for c in f m b c g d B k; do row+=" $(ratio "$c-$n" "$c-$p") / $(cpu_ratio "$c-$n" "$c-$p") |"; done
      echo "$row"
    done
  fi
} | tee "$BENCH_DIR/results.md"
log "table saved to $BENCH_DIR/results.md; logs in $BENCH_DIR/rows-*/"
