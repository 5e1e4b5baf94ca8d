#!/usr/bin/env bash
# Installs the Debian packages onrecord builds and tests with. Idempotent: a no-op when all are present.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libxapian-dev xapian-tools
  libicu-dev libzstd-dev
  libgumbo-dev libcmark-dev libpoppler-cpp-dev libzip-dev libxml2-dev
  libcli11-dev nlohmann-json3-dev libyaml-cpp-dev libcpp-httplib-dev libkainjow-mustache-dev
  libgtest-dev libgmock-dev
  sqlite3 libsqlite3-dev
  python3 chromium chromium-driver help2man
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
