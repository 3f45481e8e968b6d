#!/usr/bin/env bash
# Builds the full app (binary `liftsheet`, feature `split`) as one binary split
# into parts loaded when needed, into $1 (default: <target>/split-parts):
#   app.js, app_bg.wasm   the main part and its wasm-bindgen glue
#   __wasm_split.js       the loader the main part calls to fetch a chunk
#   split_<name>.wasm     one per split point (src/chunks.rs)
#   chunk_<n>.wasm        code that several split points share
# The parts name each other with relative paths ("./app.js", "./chunk_3.wasm"):
# scripts/postbuild.mjs keeps them together in one folder named for this build.
# Trunk runs it as a pre_build hook (Trunk.toml); it can run alone too.
# TRUNK_PROFILE=release (the default) optimises each part with wasm-opt -Oz.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
target_dir=${CARGO_TARGET_DIR:-$ROOT/target}
out=${1:-$target_dir/split-parts}
profile=${TRUNK_PROFILE:-release}

cargo_profile=() build=debug
if [ "$profile" = release ]; then cargo_profile=(--release) build=release; fi
# Its own target folder: the relocations the splitter reads
# (--emit-relocs) would otherwise rebuild the small apps' crates each time.
split_target=$target_dir/split
RUSTFLAGS="${RUSTFLAGS:-} -Clink-args=--emit-relocs" CARGO_TARGET_DIR=$split_target \
  cargo build "${cargo_profile[@]}" --locked --target wasm32-unknown-unknown \
  --bin liftsheet --features split
wasm=$split_target/wasm32-unknown-unknown/$build/liftsheet.wasm

# 1. Split: app.wasm (for wasm-bindgen), split_*.wasm, chunk_*.wasm,
#    __wasm_split.js. Kept in <target>/split-raw/<debug|release> (names
#    intact) for scripts/part-contents.mjs.
raw=$target_dir/split-raw/$build
rm -rf "$raw" && mkdir -p "$(dirname "$raw")"
wasm-split-cli --target web --out-name app "$wasm" "$raw"
# 2. wasm-bindgen on the main part only. --keep-lld-exports: the chunks import
#    the main part's table, memory and shared symbols from its exports.
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen "$raw/app.wasm" --out-dir "$out" --out-name app --target web \
  --no-typescript --keep-lld-exports
cp "$raw/__wasm_split.js" "$out/"
for part in "$raw"/*.wasm; do
  [ "$(basename "$part")" = app.wasm ] || cp "$part" "$out/"
done
# 3. wasm-opt each part (release only).
if [ "$profile" = release ]; then
  for part in "$out"/*.wasm; do
    wasm-opt -Oz --strip-producers --strip-target-features "$part" -o "$part.opt" 2> >(grep -v 'unknown name subsection' >&2)
    mv "$part.opt" "$part"
  done
fi
echo "split-build: $(ls "$out" | wc -l) parts in $out"
