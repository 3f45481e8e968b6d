// What a first visit downloads before the app runs, measured raw, gzip -9 and
// brotli 11: index.html, the css and js it links, and the app the boot script
// starts for an empty fragment (the calculator app: CALC in
// scripts/boot.template.js). `share` is the same for a share link (the share
// door: SHARE). `rest` is the full app, its own stylesheet and the
// kept-screen module (FULL, FULL_CSS, SNAPSHOT_JS), which the boot script fetches when
// the lifter leaves a door and the service worker precaches in the
// background. `parts`: the full app's parts, one by one (splitParts).
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

/** The app files the boot script names: { calc, share, full }, each {js, wasm}. */
export function bootTargets(dist, bootName) {
  // The boot script is minified: find each app by its hashed file names
  // (scripts/postbuild.mjs: `<cargo binary>-<16 hex digits>`).
  const boot = readFileSync(join(dist, bootName), "utf8");
  const entry = (bin) => {
    const js = boot.match(new RegExp(`["']\\./(${bin}-[0-9a-f]{16}\\.js)["']`));
    const wasm = boot.match(new RegExp(`["']\\./(${bin}-[0-9a-f]{16}_bg\\.wasm)["']`));
    if (!js || !wasm) throw new Error(`${bootName} names no ${bin} app`);
    return { js: js[1], wasm: wasm[1] };
  };
  // The full app: one binary split into parts, in a folder named for the
  // build (scripts/postbuild.mjs): its main part is what the boot script starts.
  const folder = boot.match(/["']\.\/(liftsheet-[0-9a-f]{16})\/app\.js["']/);
  if (!folder) throw new Error(`${bootName} names no split full app`);
  const css = boot.match(/["']\.\/(full-app-[0-9a-f]{16}\.css)["']/);
  if (!css) throw new Error(`${bootName} names no full-app stylesheet`);
  const snapshot = boot.match(/["']\.\/(snapshot-[0-9a-f]{16}\.js)["']/);
  if (!snapshot) throw new Error(`${bootName} names no snapshot module`);
  return {
    calc: entry("liftsheet-calc"),
    share: entry("liftsheet-share"),
    full: {
      js: `${folder[1]}/app.js`,
      wasm: `${folder[1]}/app_bg.wasm`,
      folder: folder[1],
      css: css[1],
      snapshot: snapshot[1],
    },
  };
}

export function firstLoad(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const linked = [...html.matchAll(/(?:href|src)="\.?\/?([^"]+\.(?:css|js|wasm))"/g)].map((m) => m[1]);
  const boot = linked.find((name) => /^boot-[0-9a-f]+\.js$/.test(name));
  if (!boot) throw new Error("index.html links no boot script");
  const { calc, share, full } = bootTargets(dist, boot);
  const first = measure(dist, ["index.html", ...linked, calc.js, calc.wasm]);
  return {
    ...first,
    share: measure(dist, ["index.html", ...linked, share.js, share.wasm]),
    rest: measure(dist, [...readdirSync(join(dist, full.folder)).map((n) => `${full.folder}/${n}`), full.css, full.snapshot]),
    parts: splitParts(dist, full.folder),
  };
}

/**
 * The full app's parts, each measured: `main` (the main part's wasm and the
 * glue and loader it starts with), `screens` (split_<name>.wasm: the code
 * only that screen uses), `shared` (chunk_<n>.wasm: code several screens
 * share, fetched with the first of them) and their `total`.
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
