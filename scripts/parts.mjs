// The full app's parts, each measured (raw, gzip -9, brotli 11): the main
// part a first visit to a full-app screen starts with (with the page, styles
// and boot script), each screen's chunk, the chunks screens share, and all
// parts together. Usage: node scripts/parts.mjs [dist]
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { firstLoad } from "./payload.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.argv[2] || "dist");
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const row = (name, s) => console.log("  " + name.padEnd(40) + kb(s.raw) + kb(s.gzip) + kb(s.brotli));

const { total: first, parts } = firstLoad(dist);
const sum = (list) =>
  list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
console.log("The full app's parts:".padEnd(42) + "raw".padStart(11) + "gzip".padStart(11) + "brotli".padStart(11));
for (const f of parts.main.files) row(f.name.split("/").pop(), f);
row("main part (wasm + glue + loader)", parts.main.total);
row("  with the page, styles and boot script", first);
console.log(`  first part: ${first.gzip <= 135 * 1024 ? "within" : "OVER"} 135 KB gzip`);
for (const f of parts.screens.files) row(f.name.split("/").pop(), f);
row("screens' own chunks", parts.screens.total);
for (const f of parts.shared.files.filter((f) => f.gzip >= 1024)) row(f.name.split("/").pop(), f);
const small = parts.shared.files.filter((f) => f.gzip < 1024);
row(`${small.length} shared chunks under 1 KB gzip`, sum(small));
row("shared chunks", parts.shared.total);
row("ALL PARTS", parts.total);
