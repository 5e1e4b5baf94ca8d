#!/usr/bin/env bash
# Sets up, builds and runs every test with ctest; then the library tests once more under
# ASan+UBSan (scripts/sanitize.sh), and each fuzz target for 30 s (scripts/fuzz).
# ONRECORD_SKIP_SANITIZE=1 and ONRECORD_SKIP_FUZZ=1 skip those runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/build.sh"
if [ "${ONRECORD_SKIP_SANITIZE:-0}" != 1 ]; then
  bash "$root/scripts/sanitize.sh"
fi
# Each libFuzzer target for a short run over its seeds (clang, ASan+UBSan); a finding fails.
if [ "${ONRECORD_SKIP_FUZZ:-0}" != 1 ]; then
  bash "$root/scripts/fuzz" "${ONRECORD_FUZZ_SECONDS:-30}"
fi
cd "$root/build"
ctest --output-on-failure -j "$(nproc)"
