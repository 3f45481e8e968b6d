// Where the wasm bytes go, per crate and per screen, so growth has a name.
//
// For each app (the full app `liftsheet`, the first-load `liftsheet-calc`, the
// share door `liftsheet-share`) it reads cargo's release wasm (built by `trunk build --release`, before
// wasm-bindgen and wasm-opt: it still has its name section) with twiggy, every
// function and data segment. twiggy 0.7 can't parse the optimised output
// (bulk-memory opcodes) and wasm-opt merges functions, so these are the
// pre-optimisation sizes: wasm-opt shrinks them all, and the shares are what
// matter. Custom sections (names, wasm-bindgen's descriptors) are left out.
//
// Crate: the first path segment of the symbol (`<yew::... as ...>` counts as
// yew); Rust's `core`/`alloc`/`std` are one row. Screen or component: any
// symbol naming `liftsheet::screens::<screen>` or `liftsheet::components::<c>`
// (its code, and Yew's code monomorphised for it). Data segments are one row.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const twiggy = join(root, ".tools/twiggy/bin/twiggy");
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const pct = (n, total) => ((100 * n) / total).toFixed(1).padStart(6) + " %";

function crateOf(name) {
  if (/^data\[\d+\]$/.test(name)) return "(data segments)";
  // `<&mut serde_json::...`: serde_json.
  if (name.startsWith("import ")) return "(glue, imports, tables)";
  // `<A as B>::f`: A's crate when A is a path (a type of that crate), else B's.
  const impl = /^<([^ ]+) as /.exec(name);
  const subject = impl && !impl[1].replace(/^[&*]+(mut )?/, "").includes("::") ? name.slice(impl[0].length) : name;
  const path = subject.replace(/^(<|&|\*|mut |const |dyn |\s)+/g, "");
  if (!path.includes("::")) return "(glue, imports, tables)";
  const first = path.split("::")[0].replace(/\[[0-9a-f]+\]$/, "").replace(/[^A-Za-z0-9_]/g, "");
  if (["core", "alloc", "std"].includes(first)) return "core/alloc/std";
  return first;
}

function table(rows, total, title) {
  console.log(title);
  for (const [name, size] of rows) console.log("  " + name.padEnd(40) + kb(size) + pct(size, total));
}

function report(bin) {
  const wasm = join(root, "target/wasm32-unknown-unknown/release", `${bin}.wasm`);
  if (!existsSync(wasm)) throw new Error(`${wasm} is missing: run trunk build --release first`);
  const all = JSON.parse(
    execFileSync(twiggy, ["top", "-n", "1000000", "-f", "json", wasm], { maxBuffer: 256 * 1024 * 1024 }).toString(),
  );
  // Not shipped: custom sections, and the descriptors wasm-bindgen reads and removes.
  const items = all.filter(({ name }) => !/subsection|custom section|__wbindgen_describe/.test(name));
  const total = items.reduce((sum, i) => sum + i.shallow_size, 0);
  const crates = new Map();
  const screens = new Map();
  for (const { name, shallow_size: size } of items) {
    const crate = crateOf(name);
    crates.set(crate, (crates.get(crate) || 0) + size);
    const screen = /liftsheet::(screens::[a-z_]+|components::[a-z_0-9]+)/.exec(name)?.[1];
    if (screen) screens.set(screen, (screens.get(screen) || 0) + size);
  }
  const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  console.log(`\n${bin}: ${kb(total).trim()} of code and data before wasm-opt (${items.length} items)`);
  table(sorted(crates).slice(0, 14), total, " by crate:");
  if (screens.size) table(sorted(screens).slice(0, 16), total, " by screen and component (any symbol naming it, Yew's code for it included):");
}

for (const bin of process.argv.slice(2).length ? process.argv.slice(2) : ["liftsheet", "liftsheet-calc", "liftsheet-share"]) report(bin);
