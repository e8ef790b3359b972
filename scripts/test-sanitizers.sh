#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (-DAB_SANITIZE=ON),
# in build-asan (or $AB_ASAN_BUILD_DIR). Any sanitizer report fails the test that triggered it.
# Extra arguments go to ctest (e.g. -R tst_csv). Takes much longer than scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
build_dir=${AB_ASAN_BUILD_DIR:-build-asan}
# ccache when it is installed (a rebuild after a small change then takes minutes, not an hour).
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAB_SANITIZE=ON \
    -DAB_BUILD_BENCHMARKS=OFF -DAB_WARNINGS_AS_ERRORS="${AB_WARNINGS_AS_ERRORS:-ON}" \
    -DAB_TEST_TIMEOUT_FACTOR=5 "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --parallel "${AB_JOBS:-$(nproc)}"
# Leaks are reported (LeakSanitizer); Qt's own one-time allocations at exit are suppressed.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$build_dir"
# Sanitized tests run several times slower: every test's own timeout is multiplied by
# AB_TEST_TIMEOUT_FACTOR above; --timeout covers the tests that set none.
ctest --output-on-failure --parallel "$(nproc)" --timeout 1500 "$@"
