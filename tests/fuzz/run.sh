#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS [TARGET…]]
# Builds the libFuzzer targets (clang, ASan + UBSan) into build-fuzz/ and runs each for
# SECONDS (default 20) over its kept corpus, tests/fuzz/corpus/<name>/. New interesting
# inputs go to build-fuzz/fuzz-new/<name>/ (merge the worthwhile ones into the corpus by
# hand); FUZZ_SEED fixes libFuzzer's seed (0, the default, draws one). A crash stops the
# run and leaves build-fuzz/crashes/<name>-crash-…: add it to the corpus, where the
# fuzz_corpus_<name> test of every build replays it, and fix the bug.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
shift || true
dir=${FUZZ_BUILD_DIR:-build-fuzz}
if [ ! -f "$dir/CMakeCache.txt" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDONGMAO_FUZZ=ON >/dev/null
fi
# Targets named after SECONDS, else every target but those tests/fuzz/known/skip lists (a
# crash inside a dependency, reproducer and story in tests/fuzz/known/README.md).
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for src in tests/fuzz/fuzz_*.cpp; do
    target=$(basename "$src" .cpp)
    if grep -qx "$target" tests/fuzz/known/skip; then
      echo "== $target: skipped, known crash in a dependency (tests/fuzz/known/README.md)"
    else
      targets+=("$target")
    fi
  done
fi
cmake --build "$dir" -j2 --target "${targets[@]}"
mkdir -p "$dir/crashes"
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0
for target in "${targets[@]}"; do
  name=${target#fuzz_}
  mkdir -p "$dir/fuzz-new/$name"
  echo "== $target: ${seconds}s over tests/fuzz/corpus/$name"
  status=0
  "$dir/tests/fuzz/$target" -max_total_time="$seconds" -seed="${FUZZ_SEED:-0}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$dir/crashes/$name-" "$dir/fuzz-new/$name" "tests/fuzz/corpus/$name" >"$dir/$name.log" 2>&1 ||
    status=$?
  grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|SUMMARY)' "$dir/$name.log" || true
  if [ "$status" -ne 0 ]; then
    grep -E -A30 '==[0-9]+==|runtime error|deadly signal|Test unit written' "$dir/$name.log" | head -60 >&2 || true
    echo "$target: failed (exit $status); log $dir/$name.log, input in $dir/crashes/" >&2
    exit 1
  fi
done
