#!/usr/bin/env bash
# Sets up, builds, indexes corpus/ into the default database (./onrecord.db) and runs a few searches.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/build.sh"
index="$root/build/indexer/onrecord-index"
search="$root/build/search/onrecord-search"
cd "$root"
run() { printf '\n$ %s\n' "$*"; "$@"; }
run "$index" sync corpus
run "$index" stats
run "$search" disgusting abomination
run "$search" '"big, beautiful bill"'
run "$search" --limit 3 'Musk NEAR/6 Trump'
run "$search" --limit 2 'abominations'
run "$search" --limit 2 'abomnation'
run "$search" --quotes --speaker musk debt
run "$search" --quotes --limit 3 'speaker:trump'
run "$search" --json --limit 1 'super genius'
