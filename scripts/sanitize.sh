#!/usr/bin/env bash
# Builds the library tests (label `unit`) with AddressSanitizer and UndefinedBehaviorSanitizer
# into build-asan/ and runs them: any memory error, leak or undefined behaviour fails the run.
# -O1 keeps the build and the run fast enough for CI on two cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
build="$root/build-asan"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_CXX_FLAGS="-O1 -g1" -DONRECORD_SANITIZE=address,undefined \
    -DONRECORD_BASELINES=OFF >/dev/null
fi
targets=(onrecord_index_tests onrecord_analysis_tests onrecord_formats_tests
         onrecord_quotes_tests onrecord_pipeline_tests onrecord_search_tests)
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"
cd "$build"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --output-on-failure -j "$(nproc)" -L unit
