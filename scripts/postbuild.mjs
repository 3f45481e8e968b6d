// Trunk post_build hook (see Trunk.toml). Runs in the staging dir Trunk is about
// to publish as dist/:
//  1. writes the boot script that starts one of the two apps (calculator
//     first load, or the full app) in place of Trunk's inline loader, so the
//     page runs under a CSP with no inline script, and hashes the full app;
//  2. writes sw.js: the service worker with this build's id and the list of every
//     file to precache (scripts/sw.template.js).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync, renameSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("postbuild: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}
const hash = (data) => createHash("sha256").update(data).digest("hex");

// 1. Two apps (scripts/boot.template.js). Trunk injected a loader and preload
//    links for the calculator app (data-type="main") and built the full app as
//    an unhashed "worker" ES module. Hash the full app's files, drop the
//    preloads (the boot script fetches the one app the URL needs), and replace
//    the inline loader with boot-<hash>.js.
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const loaders = [...html.matchAll(inline)];
if (loaders.length !== 1) {
  console.error(`postbuild: expected Trunk's one inline loader, found ${loaders.length}`);
  process.exit(1);
}
const calcJs = loaders[0][1].match(/from '\.\/([\w.-]+\.js)'/)?.[1];
const calcWasm = loaders[0][1].match(/module_or_path: '\.\/([\w.-]+\.wasm)'/)?.[1];
if (!calcJs || !calcWasm) {
  console.error("postbuild: can't read the calculator app's files from Trunk's loader");
  process.exit(1);
}
const hashed = (name, ext) => {
  const data = readFileSync(join(dir, name));
  const out = `liftsheet-${hash(data).slice(0, 16)}${ext}`;
  renameSync(join(dir, name), join(dir, out));
  return out;
};
const fullJs = hashed("liftsheet.js", ".js");
const fullWasm = hashed("liftsheet_bg.wasm", "_bg.wasm");
const boot = readFileSync(new URL("./boot.template.js", import.meta.url), "utf8")
  .replace("__CALC_JS__", `./${calcJs}`)
  .replace("__CALC_WASM__", `./${calcWasm}`)
  .replace("__FULL_JS__", `./${fullJs}`)
  .replace("__FULL_WASM__", `./${fullWasm}`);
const bootName = `boot-${hash(boot).slice(0, 16)}.js`;
writeFileSync(join(dir, bootName), boot);
// 1b. Minify the stylesheet: comments and white space out, and its
//     integrity hash in index.html updated to match. Trunk's own minify
//     setting also minifies index.html, which rewrites the inline loader this
//     script replaces, so it stays off. About 0.6 KB gzip of the first load.
//     The file keeps Trunk's name (a hash of the source stylesheet).
for (const name of readdirSync(dir).filter((n) => /^app-.*\.css$/.test(n))) {
  const path = join(dir, name);
  const css = readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .trim();
  writeFileSync(path, css);
  const integrity = "sha384-" + createHash("sha384").update(css).digest("base64");
  const link = new RegExp(`(href="\\./${name.replace(/\./g, "\\.")}" integrity=")[^"]*(")`);
  if (!link.test(html)) {
    console.error(`postbuild: no integrity attribute for ${name} in index.html`);
    process.exit(1);
  }
  html = html.replace(link, `$1${integrity}$2`);
}

html = html
  .replace(inline, `<script type="module" src="./${bootName}"></script>`)
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "")
  .replace(/<!--[\s\S]*?-->\s*/g, "");
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) {
  console.error("postbuild: an inline <script> is left in index.html; the CSP forbids it");
  process.exit(1);
}
writeFileSync(indexPath, html);

// 2. Service worker with the precache list.
function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(dir)
  .map((p) => relative(dir, p).split("\\").join("/"))
  .filter((f) => f !== "sw.js")
  .sort();
const buildId = hash(files.map((f) => f + ":" + hash(readFileSync(join(dir, f)))).join("\n")).slice(0, 16);
const precache = ["./", ...files.filter((f) => f !== "index.html").map((f) => "./" + f)];
const template = readFileSync(new URL("./sw.template.js", import.meta.url), "utf8");
const sw = template
  .replace("__BUILD_ID__", buildId)
  .replace("__PRECACHE__", JSON.stringify(precache, null, 2));
writeFileSync(join(dir, "sw.js"), sw);
console.log(`postbuild: ${bootName} starts ${calcJs} or ${fullJs}; sw.js build ${buildId}, ${precache.length} files to precache`);
