#!/usr/bin/env bash
# Builds Cek Jamsostek as people get it (the release build) and serves it at
# http://127.0.0.1:8080 (set PORT to change). `--dev` serves the development build instead, with
# live reload, for working on the app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
port="${PORT:-8080}"
if [ "${1:-}" = "--dev" ]; then
  shift
  say "serving the development build, with live reload, at http://127.0.0.1:$port (Ctrl+C stops)"
  exec trunk serve --offline --address 127.0.0.1 --port "$port" "$@"
fi
say "serving the release build at http://127.0.0.1:$port (Ctrl+C stops)"
exec trunk serve --release --no-autoreload --offline --address 127.0.0.1 --port "$port" "$@"
