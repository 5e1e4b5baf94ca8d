#!/usr/bin/env bash
# Sets up, builds and runs every test with ctest; then the library tests once more under
# ASan+UBSan (scripts/sanitize.sh). ONRECORD_SKIP_SANITIZE=1 skips that second run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/build.sh"
if [ "${ONRECORD_SKIP_SANITIZE:-0}" != 1 ]; then
  bash "$root/scripts/sanitize.sh"
fi
cd "$root/build"
ctest --output-on-failure -j "$(nproc)"
