#!/usr/bin/env bash
# The performance benchmark (not a test): builds the release bundle, then prints first-load bytes,
# Lighthouse medians, the in-browser answer-to-result time, a result link's time to its result on
# a weak network and the native time of one assessment, each beside its budget. Takes about four
# minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
say "building the release bundle (trunk --offline)"
trunk build --release --offline
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node scripts/bench.mjs
say "a result link to its result on a weak network (OLD_DIST=<an older build> measures it beside this one)"
node scripts/bench-link.mjs
say "native: one assessment (cargo bench)"
cargo bench --quiet --bench assess 2>&1 | grep "one full assessment"
