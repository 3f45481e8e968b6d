// What a first visit downloads before the app runs, measured raw, gzip -9 and
// brotli 11: index.html, the css and js it links, and the app the boot script
// starts for an empty fragment (the calculator app: CALC in
// scripts/boot.template.js). `share` is the same for a share link (the share
// door: SHARE). `rest` is the full app, its own stylesheet and the
// kept-screen module (FULL, FULL_CSS, SNAPSHOT_JS), which the boot script fetches when
// the lifter leaves a door and the service worker precaches in the
// background.
import { readFileSync } from "node:fs";
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
  const css = boot.match(/["']\.\/(full-app-[0-9a-f]{16}\.css)["']/);
  if (!css) throw new Error(`${bootName} names no full-app stylesheet`);
  const snapshot = boot.match(/["']\.\/(snapshot-[0-9a-f]{16}\.js)["']/);
  if (!snapshot) throw new Error(`${bootName} names no snapshot module`);
  return {
    calc: entry("liftsheet-calc"),
    share: entry("liftsheet-share"),
    full: { ...entry("liftsheet"), css: css[1], snapshot: snapshot[1] },
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
    rest: measure(dist, [full.js, full.wasm, full.css, full.snapshot]),
  };
}
