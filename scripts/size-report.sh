#!/usr/bin/env bash
# Builds the release bundle and prints what the first page load downloads: raw, gzip, brotli.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
say "building the release bundle (trunk --offline)"
trunk build --release --offline
node scripts/size-report.mjs
