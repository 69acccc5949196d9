#!/usr/bin/env bash
# Builds Cek Jamsostek and serves it at http://127.0.0.1:8080 (set PORT to change).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
port="${PORT:-8080}"
say "serving at http://127.0.0.1:$port (Ctrl+C stops)"
exec trunk serve --offline --address 127.0.0.1 --port "$port" "$@"
