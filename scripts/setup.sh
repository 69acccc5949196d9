#!/usr/bin/env bash
# Installs what building and testing Cek Jamsostek needs, skipping whatever is already there.
# Idempotent and version-checked. Sourced by serve.sh and test.sh; also runnable on its own.
# Only package registries are used: crates.io, npm and Debian. Nothing else is downloaded.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Rust's WebAssembly target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target: present"
else
  say "installing the wasm32-unknown-unknown target (rustup)"
  rustup target add wasm32-unknown-unknown
fi

# 1b. clippy and rustfmt, which the test command runs.
for component in clippy rustfmt; do
  tool=$([ "$component" = clippy ] && echo "cargo clippy" || echo "cargo fmt")
  if $tool --version >/dev/null 2>&1; then
    say "$component: present"
  else
    say "installing the $component component (rustup)"
    rustup component add "$component"
  fi
done

# 2. trunk 0.21 (0.22 needs a newer rustc than these machines have).
if trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "$(trunk --version): present"
else
  say "installing trunk 0.21 (cargo install --locked; about 10 minutes on 2 cores)"
  cargo install trunk --version '~0.21' --locked
fi

# 3. wasm-bindgen-cli, exactly the wasm-bindgen version in Cargo.lock. Without --locked: one of
#    the CLI's locked dependencies is not served by the registry.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ]; then
  say "wasm-bindgen-cli $want: present"
else
  say "installing wasm-bindgen-cli $want to match Cargo.lock (about 10 minutes on 2 cores)"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# 4. Chromium and its WebDriver, from Debian, for component and end-to-end tests; and zopflipng
#    (Debian's zopfli), which recompresses the icons of a release build losslessly.
if command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v zopflipng >/dev/null; then
  say "chromium, chromedriver and zopflipng: present"
else
  say "installing Debian's chromium, chromium-driver and zopfli (apt-get)"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver zopfli
fi

# 5. npm dev packages from package-lock.json: playwright-core, @axe-core/playwright, and binaryen,
#    whose wasm-opt 132 trunk uses (Debian's wasm-opt 108 breaks the bundle at load).
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
   && npm ls --depth=0 >/dev/null 2>&1; then
  say "npm dev packages: present"
else
  say "installing npm dev packages (npm ci)"
  npm ci --no-audit --no-fund
fi
say "$(wasm-opt --version) from npm binaryen: on PATH for trunk"
