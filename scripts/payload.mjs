// What a first visit downloads: index.html plus every css, js and wasm file it
// references (directly, or by the loader), measured raw, gzip -9 and brotli 11.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

export function firstLoad(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const names = new Set(["index.html"]);
  for (const m of html.matchAll(/(?:href|src)="\.?\/?([^"]+\.(?:css|js|wasm))"/g)) names.add(m[1]);
  // The loader script imports the wasm-bindgen glue and fetches the wasm.
  for (const name of [...names]) {
    if (!name.endsWith(".js")) continue;
    const js = readFileSync(join(dist, name), "utf8");
    for (const m of js.matchAll(/['"]\.?\/?([\w.-]+\.(?:js|wasm))['"]/g)) {
      if (existsSync(join(dist, m[1]))) names.add(m[1]);
    }
  }
  const files = [...names].map((name) => {
    const raw = readFileSync(join(dist, name));
    return {
      name,
      kind: name.split(".").pop(),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { files, total };
}
