// What is in each part of the split full app, by crate: the code (function
// bodies) and data of each wasm part as the splitter wrote it, before
// wasm-bindgen and wasm-opt (names intact; wasm-opt shrinks every row, the
// shares are what matter). twiggy 0.7 can't read the split parts (their
// element segments), so this reads the sections itself: the core spec's
// binary format, 5.5 (modules). Usage:
//   node scripts/part-contents.mjs <folder of parts> [rows]
// where the folder is what `wasm-split-cli` wrote (scripts/split-build.sh
// keeps it as <target>/split-raw/release).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, at];
    shift += 7;
  }
}

/** Function body sizes by name, and the data section's size, of one module. */
function contents(bytes) {
  const imports = { count: 0 };
  let bodies = [];
  let data = 0;
  const names = new Map();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    let size;
    [size, at] = leb(bytes, at + 1);
    const end = at + size;
    if (id === 2) {
      // import section: count the function imports (they come first in the index space)
      let n;
      let p;
      [n, p] = leb(bytes, at);
      for (let i = 0; i < n; i++) {
        for (let s = 0; s < 2; s++) {
          let len;
          [len, p] = leb(bytes, p);
          p += len;
        }
        const kind = bytes[p++];
        if (kind === 0) {
          imports.count++;
          [, p] = leb(bytes, p);
        } else if (kind === 1) {
          p++;
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 2) {
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 3) {
          p += 2;
        } else {
          [, p] = leb(bytes, p + 1);
        }
      }
    } else if (id === 10) {
      let n;
      let p;
      [n, p] = leb(bytes, at);
      for (let i = 0; i < n; i++) {
        let len;
        const start = p;
        [len, p] = leb(bytes, p);
        bodies.push(p + len - start);
        p += len;
      }
    } else if (id === 11) {
      data = size;
    } else if (id === 0) {
      let len;
      let p;
      [len, p] = leb(bytes, at);
      const name = new TextDecoder().decode(bytes.subarray(p, p + len));
      p += len;
      if (name === "name") {
        while (p < end) {
          const sub = bytes[p];
          let subSize;
          [subSize, p] = leb(bytes, p + 1);
          const subEnd = p + subSize;
          if (sub === 1) {
            let n;
            [n, p] = leb(bytes, p);
            for (let i = 0; i < n; i++) {
              let index;
              let l;
              [index, p] = leb(bytes, p);
              [l, p] = leb(bytes, p);
              names.set(index, new TextDecoder().decode(bytes.subarray(p, p + l)));
              p += l;
            }
          }
          p = subEnd;
        }
      }
    }
    at = end;
  }
  // Not shipped: the descriptors wasm-bindgen reads and removes.
  const functions = bodies
    .map((size, i) => ({ name: names.get(imports.count + i) || "?", size }))
    .filter(({ name }) => !name.includes("__wbindgen_describe"));
  return { functions, data };
}

/** This project's module a symbol is in (`liftsheet_domain::store`), if any. */
function moduleOf(symbol) {
  // `..` inside `<A as B>` paths, `<len><name>` elsewhere.
  const m = /(liftsheet(?:_domain)?)(?:\.\.([a-z_][a-z0-9_]*)|(\d+)([a-z_][a-z0-9_]*))/.exec(symbol);
  if (!m) return null;
  return `${m[1]}::${m[2] || m[4].slice(0, Number(m[3]))}`;
}

/** The crate a mangled symbol belongs to (roughly: its first path segment). */
function crateOf(symbol) {
  const legacy = /^_ZN(\d+)(.*)$/.exec(symbol);
  if (legacy) {
    let seg = legacy[2].slice(0, Number(legacy[1]));
    // `<A as B>::f` is written `_$LT$A$u20$as$u20$B$GT$`: A's crate, if A has a path.
    const impl = /^_?\$LT\$(?:\$RF\$|mut\$u20\$|\$BP\$)*([a-z_][a-z0-9_]*)\.\./.exec(legacy[2]);
    if (impl) seg = impl[1];
    else if (seg.startsWith("_$LT$")) {
      const inner = /as\$u20\$([a-z_][a-z0-9_]*)\.\./.exec(legacy[2]);
      seg = inner ? inner[1] : "(generic impls)";
    }
    return ["core", "alloc", "std"].includes(seg) ? "core/alloc/std" : seg;
  }
  // v0: the first crate root `C<disambiguator>_<len><name>` (or `C<len><name>`).
  const v0 = /^_R.*?C(?:s[0-9a-zA-Z]*_)?(\d+)(.*)$/.exec(symbol);
  if (v0) {
    const crate = v0[2].slice(0, Number(v0[1]));
    return ["core", "alloc", "std"].includes(crate) ? "core/alloc/std" : crate;
  }
  if (/^__wbg|^__wbindgen|wasm_bindgen/.test(symbol)) return "wasm_bindgen";
  return "(other: " + symbol.replace(/[.$].*$/, "").slice(0, 24) + ")";
}

const dir = process.argv[2];
const rows = Number(process.argv[3] || 10);
if (!dir) {
  console.error("usage: node scripts/part-contents.mjs <folder of split parts> [rows]");
  process.exit(1);
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const parts = readdirSync(dir)
  .filter((n) => n.endsWith(".wasm"))
  .map((name) => ({ name, ...contents(readFileSync(join(dir, name))) }))
  .map((p) => ({ ...p, code: p.functions.reduce((s, f) => s + f.size, 0) }))
  .sort((a, b) => b.code + b.data - (a.code + a.data));
for (const part of parts) {
  if (part.code + part.data < 8 * 1024) continue;
  console.log(`${part.name}: ${kb(part.code).trim()} code in ${part.functions.length} functions, ${kb(part.data).trim()} data (before wasm-opt)`);
  const crates = new Map();
  for (const f of part.functions) crates.set(crateOf(f.name), (crates.get(crateOf(f.name)) || 0) + f.size);
  const sorted = [...crates.entries()].sort((a, b) => b[1] - a[1]).slice(0, rows);
  for (const [crate, size] of sorted) {
    console.log("  " + crate.padEnd(34) + kb(size) + ((100 * size) / part.code).toFixed(1).padStart(6) + " %");
  }
  const modules = new Map();
  for (const f of part.functions) {
    const crate = crateOf(f.name);
    if (crate !== "liftsheet" && crate !== "liftsheet_domain") continue;
    const module = moduleOf(f.name) || crate;
    modules.set(module, (modules.get(module) || 0) + f.size);
  }
  const top = [...modules.entries()].sort((a, b) => b[1] - a[1]).slice(0, rows);
  console.log("  this project's code by module: " + top.map(([m, size]) => `${m} ${(size / 1024).toFixed(1)}`).join(", "));
}
