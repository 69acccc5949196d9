#!/usr/bin/env bash
# Runs every check and test of Cek Jamsostek; exits non-zero if any fails. Installs what is
# missing first (scripts/setup.sh).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh || exit 1
set +e

passed=0
failed=()
step() {
  local name="$1"
  shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed+=("$name")
  fi
}

wasm_tests() {
  CHROMEDRIVER="$(command -v chromedriver)" \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test web
}

docs() {
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --quiet &&
    RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --quiet --target wasm32-unknown-unknown
}

step "format (cargo fmt --check)" cargo fmt --all --check
step "lint host (clippy -D warnings)" cargo clippy --all-targets -- -D warnings
step "lint wasm32 (clippy -D warnings)" cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
step "docs (cargo doc -D warnings, host and wasm32)" docs
step "rules and logic (cargo test)" cargo test
step "components in Chromium (wasm-bindgen-test)" wasm_tests
step "release build (trunk --offline)" trunk build --release --offline
step "end to end at 360x740 (Playwright + axe-core)" npm run --silent e2e

echo
if [ ${#failed[@]} -gt 0 ]; then
  printf 'failed step: %s\n' "${failed[@]}"
fi
echo "steps: $passed passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
