#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in build-fuzz and runs them.
#   scripts/fuzz.sh                 build, then a short smoke of every target (ctest -L fuzz)
#   scripts/fuzz.sh run TARGET SECS build, then run one target for SECS seconds on its corpus
#                                   (new inputs in build-fuzz/tests/fuzz/corpus/TARGET)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
build_dir=${AB_FUZZ_BUILD_DIR:-build-fuzz}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DAB_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" -j "${AB_JOBS:-$(nproc)}"

if [ "${1:-}" = run ]; then
  target=$2 seconds=$3
  dir="$build_dir/tests/fuzz"
  mkdir -p "$dir/corpus/$target" "$dir/crashes"
  dict=()
  [ -f "tests/fuzz/$target.dict" ] && dict=(-dict="tests/fuzz/$target.dict")
  exec "$dir/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 "${dict[@]}" \
    -print_final_stats=1 -artifact_prefix="$dir/crashes/$target-" \
    "$dir/corpus/$target" "tests/fuzz/corpus/$target"
fi
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" -L fuzz
