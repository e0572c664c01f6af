# Shared by import_bench.sh and report_bench.sh; sourced, not run. Expects REPO, BUILD_DIR,
# BENCH_DIR and TIME set, and log/die defined, by the script that sources it.

# build_dongmao — sets DONGMAO: $DONGMAO_BIN if given, else a Release build in $BUILD_DIR
# (configured the first time).
build_dongmao() {
  if [[ -n ${DONGMAO_BIN:-} ]]; then
    DONGMAO=$DONGMAO_BIN
  else
    if [[ ! -f $BUILD_DIR/CMakeCache.txt ]]; then
      log "configuring $BUILD_DIR (Release)"
      cmake -S "$REPO" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DDONGMAO_TESTS=OFF >&2
    fi
    local build_type
    build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
    [[ $build_type == Release ]] || log "warning: $BUILD_DIR is a '$build_type' build, not Release"
    log "building dongmao"
    cmake --build "$BUILD_DIR" --target dongmao -j "$(nproc)" >&2
    DONGMAO=$BUILD_DIR/cli/dongmao
  fi
  [[ -x $DONGMAO ]] || die "no dongmao binary at $DONGMAO"
}

# Results per case: SECS[c] wall and CPU[c] user+sys seconds of the round with the best wall
# time, RSS_KB[c] the worst round, STATUS[c] "ok" or a failure note (a case that fails once
# stays failed and is not run again).
declare -A SECS CPU RSS_KB STATUS

ok() { [[ ${STATUS[$1]:-} == ok ]]; }
failed() { [[ -n ${STATUS[$1]:-} && ${STATUS[$1]} != ok ]]; }

# measure CASE LOGFILE CMD... — time CMD and fold the result into SECS/CPU/RSS_KB/STATUS.
# stdin from $STDIN (default /dev/null), stdout to $STDOUT (default LOGFILE), stderr to LOGFILE.
measure() {
  local c=$1 logf=$2; shift 2
  local tf=$BENCH_DIR/time-$c.txt rc=0 s u y k
  failed "$c" && return 1
  : >"$logf"
  $TIME -f '%e %U %S %M' -o "$tf" "$@" <"${STDIN:-/dev/null}" >"${STDOUT:-$logf}" 2>>"$logf" || rc=$?
  if (( rc != 0 )); then
    STATUS[$c]="exit $rc"
    echo "   $c FAILED (exit $rc): $*" >&2
    grep -v '^Command exited' "$tf" | sed 's/^/   | /' >&2 || true
    sed 's/^/   | /' "$logf" | tail -n 5 >&2
    return $rc
  fi
  read -r s u y k < <(tail -n 1 "$tf")
  if [[ -z ${SECS[$c]:-} ]] || awk -v a="$s" -v b="${SECS[$c]}" 'BEGIN { exit !(a < b) }'; then
    SECS[$c]=$s
    CPU[$c]=$(awk -v u="$u" -v y="$y" 'BEGIN { printf "%.2f", u + y }')
  fi
  if [[ -z ${RSS_KB[$c]:-} ]] || (( k > RSS_KB[$c] )); then RSS_KB[$c]=$k; fi
  STATUS[$c]=ok
  echo "   $c: $s s wall, $u s user, $y s sys, $k KB" >&2
}

# Table cells of a case: wall seconds, CPU seconds, peak RSS in MB.
secs() { ok "$1" && echo "${SECS[$1]}" || echo "failed (${STATUS[$1]:-not run})"; }
cpu() { ok "$1" && echo "${CPU[$1]}" || echo "—"; }
rss_mb() { ok "$1" && awk -v k="${RSS_KB[$1]}" 'BEGIN { printf "%.1f", k / 1024 }' || echo "—"; }

# ratio NUM DEN — SECS[NUM]/SECS[DEN] to two decimals, or "—".
ratio() {
  if ! ok "$1" || ! ok "$2"; then echo "—"; return; fi
  awk -v n="${SECS[$1]}" -v d="${SECS[$2]}" 'BEGIN { if (d > 0) printf "%.2f", n / d; else print "—" }'
}

# build_tool NAME SRC LIBS… — sets TOOL to $BUILD_DIR/NAME, compiled from SRC (a single file)
# with g++ -O2 when missing or older than SRC.
build_tool() {
  local name=$1 src=$2; shift 2
  TOOL=$BUILD_DIR/$name
  mkdir -p "$BUILD_DIR"
  if [[ ! -x $TOOL || $src -nt $TOOL ]]; then
    log "building $TOOL"
    g++ -std=c++20 -O2 -Wall -Wextra -o "$TOOL" "$src" "$@" || die "cannot build $name"
  fi
}

# load_now — the 1-minute load average, as uptime shows it.
load_now() { cut -d' ' -f1 /proc/loadavg; }

# floor_sql CSV — case (f): the sqlite3 shell's .import of CSV and INSERT … SELECT into the
# workspace schema, as one script on standard output.
floor_sql() {
  cat <<SQL
PRAGMA foreign_keys = ON;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -32768;
.mode csv
CREATE TEMP TABLE raw (户编号, 户主姓名, 身份证号, 联系电话, 社区, 网格, 地址, 家庭人数, 房屋性质, 建筑面积, 备注);
.import --csv --skip 1 '$1' raw
BEGIN;
INSERT OR IGNORE INTO grid (community_id, name, created_at, updated_at)
  SELECT DISTINCT c.id, r.网格, 'now', 'now' FROM raw r JOIN community c ON c.name = r.社区;
INSERT INTO household (code, community_id, grid_id, address, head_name, head_id_number, phone, members,
                       housing_type, floor_area, note, created_at, updated_at)
  SELECT r.户编号, c.id, g.id, r.地址, r.户主姓名, r.身份证号, r.联系电话, CAST(r.家庭人数 AS INTEGER),
         CASE r.房屋性质 WHEN '私产' THEN 'private' WHEN '公产' THEN 'public' WHEN '门面' THEN 'shop' ELSE 'other' END,
         CAST(r.建筑面积 AS REAL), nullif(r.备注, ''), 'now', 'now'
  FROM raw r JOIN community c ON c.name = r.社区 JOIN grid g ON g.community_id = c.id AND g.name = r.网格;
COMMIT;
SQL
}
