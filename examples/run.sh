#!/usr/bin/env bash
# The staff workflow on the bundled example year 2026 of 东茅岭街道: a fresh workspace, every
# ledger imported as staff receive it (each import's summary shown, its rejected rows shown and
# written beside the reports), four neighbouring sub-districts in workspaces of their own, then
# the year report and November's report in every format.
#
#   examples/run.sh [OUTDIR]        OUTDIR defaults to build/reports/
#   DONGMAO=path/to/dongmao         the binary (default build/cli/dongmao)
#   EXAMPLE_WORKSPACE=DIR           the workspace (default build/example-workspace); the
#                                   neighbours' go into DIR's parent, under example-neighbours/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/build/reports}
bin=${DONGMAO:-$root/build/cli/dongmao}
ws=${EXAMPLE_WORKSPACE:-$root/build/example-workspace}
data=$root/examples/dongmaoling
# The example year is a whole year: its ledgers are dated up to December.
export DONGMAO_TODAY=2026-12-31
export DONGMAO_OPERATOR=${DONGMAO_OPERATOR:-example}

mkdir -p "$out" "$(dirname "$ws")"
out=$(cd "$out" && pwd)
rejected=$out/rejected
rm -rf "$ws" "$rejected"
mkdir -p "$rejected"
"$bin" init "$ws" --name 东茅岭街道 --division-code 430602001
# The settings staff fill in once: the area, and the 两会 special-protection period.
cat >>"$ws/dongmao.toml" <<'EOF'

[[sensitive_periods]]
name = "两会特护期"
from = 2026-03-01
to = 2026-03-15
EOF
sed -i 's/^# area_km2 = 5.31$/area_km2 = 5.31/' "$ws/dongmao.toml"

dm() { "$bin" -w "$ws" "$@"; }
# Imports a ledger; rows the import rejects are printed (stderr) and kept in $rejected/.
imp() {
  local entity=$1 file=$2
  shift 2
  dm import "$entity" "$data/$file" --on-error skip --errors "$rejected/${file%.*}.错误行.csv" "$@"
}
imp communities communities.csv
imp grids grids.csv
imp projects projects.csv
imp enrollments 大桥市场签约拆除台账.xlsx --project DQSC
imp enrollments 大桥周边门面整治台账.csv --project DQZZ
imp enrollments 九华山二期征拆台账.xlsx --project JHS2
imp enrollments 东风广场征拆台账.xlsx --project DFGC
imp enrollments 国大旧改还建户台账.xlsx --project GDJG
imp enrollments 工人文化宫一期收购台账.xls --project GRWHG1
imp enrollments 工人文化宫二期收购台账.xlsx --project GRWHG2
imp units 老旧小区改造台账.xlsx
imp organisations 辖区单位台账.xlsx
imp indicators 指标口径.xlsx
imp metrics 月度指标台账-2026.xlsx
imp petitions 信访台账.csv

# The incident log: each unnatural death, when the office was told and when it was in hand.
tail -n +2 "$data/非正常死亡事件.csv" | while IFS=, read -r case_no received community summary reported handled; do
  dm petition add --case-no "$case_no" --received "$received" --channel 来电 --category 非正常死亡 \
    --community "$community" --summary "$summary" --reported-at "$reported" --handled-at "$handled" >/dev/null
done

# Milestones kept by command: 友阿's service before its opening, and next year's renovation.
dm project milestone add YA 开业前精准服务 --due 2026-09-25 >/dev/null
dm project milestone done YA 开业前精准服务 --date 2026-09-24 >/dev/null
dm project milestone add YA 开业 --due 2026-09-30 >/dev/null
dm project milestone done YA 开业 --date 2026-09-30 >/dev/null
for step in 政策宣传:2026-09-15 数据采集:2026-10-10 入户摸底:2026-10-28 意见征求:2026-11-12 推选理事会:2026-11-26 \
  规划设计:2026-12-18; do
  dm project milestone done LXGZ27 "${step%%:*}" --date "${step#*:}" >/dev/null
done
# Work starts after the 2027 Spring Festival (6 February).
dm project milestone update LXGZ27 施工 --due 2027-02-20 >/dev/null
dm status

# Neighbouring sub-districts, each its own workspace, for the district's ranking.
neighbours=$(dirname "$ws")/example-neighbours
rm -rf "$neighbours"
mkdir -p "$neighbours"
for ledger in "$root"/examples/neighbours/*.csv; do
  name=$(basename "$ledger" .csv)
  "$bin" init "$neighbours/$name" --name "$name" >/dev/null
  "$bin" -w "$neighbours/$name" import metrics "$ledger" >/dev/null
done

# The year report, its text drafted from the year template in the seed's structure, every
# figure computed; the neighbours rank 东茅岭's indicators in the district (位居全区第三).
year=(report range --from 2026-01-01 --to 2026-12-31 --template "$data/年度工作报告模板.md" --peers "$neighbours")
for format in md html xlsx json csv; do
  dm "${year[@]}" --format "$format" -o "$out/东茅岭街道-2026年.$format"
done
for format in md html xlsx json csv; do
  dm report monthly --month 2026-11 --format "$format" -o "$out/"
done
# The district's own view: every sub-district's workspace side by side, ranked per indicator.
cp -r "$ws" "$neighbours/东茅岭街道"
"$bin" -w "$ws" report range --from 2026-01-01 --to 2026-12-31 --rollup "$neighbours" --rollup-name 岳阳楼区 \
  --format md -o "$out/岳阳楼区-2026年.md"
"$bin" -w "$ws" report range --from 2026-01-01 --to 2026-12-31 --rollup "$neighbours" --rollup-name 岳阳楼区 \
  --format json -o "$out/岳阳楼区-2026年.json"
rm -rf "$neighbours/东茅岭街道"

echo
echo "报告已写入 $out："
ls "$out"
echo "被拒绝的行（含错误原因）在 $rejected/"
echo
echo "东茅岭街道2026年工作报告（草稿，由台账生成）："
echo
# The drafted text: the Markdown report up to its first table section.
sed -n '/^## /,$p' "$out/东茅岭街道-2026年.md" | sed '/^## 基本情况/,$d'
