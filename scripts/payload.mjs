// What a first visit downloads before the app runs, measured raw, gzip -9 and
// brotli 11: index.html, the css and js it links, and the app's main part the
// boot script starts for every link (its wasm, glue and chunk loader). `rest`
// is every other file of the app: the other screens' stylesheet (added once
// the app runs), the document's chunk, each screen's chunk and the chunks they
// share, fetched when needed and precached by the service worker.
// `parts`: the app's parts, one by one (splitParts).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

function measure(dist, names) {
  const files = names.map((name) => {
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

/** What the boot script names: the app's folder of parts and the screens' stylesheet. */
export function bootTargets(dist, bootName) {
  // The boot script is minified: find each file by its hashed name
  // (scripts/postbuild.mjs: the parts in `liftsheet-<16 hex digits>/`).
  const boot = readFileSync(join(dist, bootName), "utf8");
  const folder = boot.match(/["']\.\/(liftsheet-[0-9a-f]{16})\/app\.js["']/);
  if (!folder) throw new Error(`${bootName} names no app`);
  const css = boot.match(/["']\.\/(full-app-[0-9a-f]{16}\.css)["']/);
  if (!css) throw new Error(`${bootName} names no full-app stylesheet`);
  return {
    full: {
      js: `${folder[1]}/app.js`,
      wasm: `${folder[1]}/app_bg.wasm`,
      folder: folder[1],
      css: css[1],
    },
  };
}

export function firstLoad(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const linked = [...html.matchAll(/(?:href|src)="\.?\/?([^"]+\.(?:css|js|wasm))"/g)].map((m) => m[1]);
  const boot = linked.find((name) => /^boot-[0-9a-f]+\.js$/.test(name));
  if (!boot) throw new Error("index.html links no boot script");
  const { full } = bootTargets(dist, boot);
  const parts = splitParts(dist, full.folder);
  const first = measure(dist, ["index.html", ...linked, ...parts.main.files.map((f) => f.name)]);
  const later = [full.css, ...parts.screens.files.map((f) => f.name), ...parts.shared.files.map((f) => f.name)];
  return { ...first, rest: measure(dist, later), parts };
}

/**
 * The app's parts, each measured: `main` (the main part's wasm and the glue
 * and loader it starts with), `screens` (split_<name>.wasm: the code only
 * that screen uses), `shared` (chunk_<n>.wasm: code several screens share,
 * fetched with the first of them) and their `total`.
 */
export function splitParts(dist, folder) {
  const names = readdirSync(join(dist, folder)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const of = (pick) => measure(dist, names.filter(pick).map((n) => `${folder}/${n}`));
  return {
    main: of((n) => n === "app_bg.wasm" || n.endsWith(".js")),
    screens: of((n) => n.startsWith("split_")),
    shared: of((n) => n.startsWith("chunk_")),
    total: of(() => true).total,
  };
}
