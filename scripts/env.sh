# Sourced by scripts/*: pinned versions and PATH for the project's own tools.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
LIGHTHOUSE_VERSION=12.2.3
# wasm-split-cli, from the crate wasm_split_cli_support (TOOLCHAIN.md): splits the full app.
WASM_SPLIT_VERSION=0.2.4
# The CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
export PATH="$ROOT/.tools/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_PATH=/usr/bin/chromium
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
