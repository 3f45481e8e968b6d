// Trunk post_build hook (see Trunk.toml). Runs in the staging dir Trunk is about
// to publish as dist/:
//  0. builds the app split into parts (scripts/split-build.sh) in one folder
//     named for this build, shortens the main part's import names
//     (scripts/wasm-imports.mjs) and minifies its glue and loader with terser
//     (scripts/build-tools);
//  1. writes the boot script that starts it, minified, so the page runs
//     under a CSP with no inline script;
//  2. writes sw.js: the service worker with this build's id and the list of every
//     file to precache (scripts/sw.template.js).
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, statSync, renameSync } from "node:fs";
import { join, relative } from "node:path";
import { minify } from "./build-tools/node_modules/terser/main.js";
import { shortenImports } from "./wasm-imports.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("postbuild: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}
const hash = (data) => createHash("sha256").update(data).digest("hex");

// 1. The boot script (scripts/boot.template.js), which starts the main part:
//    written as boot-<hash>.js in place of the ./boot.js that index.html
//    names.
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const hashed = (name, ext) => {
  const data = readFileSync(join(dir, name));
  const out = `${name.slice(0, -ext.length)}-${hash(data).slice(0, 16)}${ext}`;
  renameSync(join(dir, name), join(dir, out));
  return out;
};

// 0. Trunk leaves the glue as wasm-bindgen wrote it: comments, long names and
//    all (7.5 KB gzip of the calculator's first load; 4.0 KB after this).
//    `module`: the glue and the boot script are ES modules, so top-level
//    names may be mangled too; exports keep their names.
const minified = async (code, name) => {
  const out = await minify(code, { module: true, compress: { passes: 2 }, mangle: true });
  if (!out.code) {
    console.error(`postbuild: terser returned nothing for ${name}`);
    process.exit(1);
  }
  return out.code;
};
// 0b. The full app, one binary split into parts (scripts/split-build.sh):
//     its main part, the loader and every chunk in one folder named for this
//     build (a hash of every part), so a page of one build never loads a
//     chunk of another; the parts name each other relatively.
const parts = join(dir, "liftsheet-parts");
execFileSync("bash", [new URL("./split-build.sh", import.meta.url).pathname, parts], { stdio: "inherit" });
// Shorter import names save 5.8 KB gzip of the main part (scripts/wasm-imports.mjs).
const short = shortenImports(readFileSync(join(parts, "app_bg.wasm")), readFileSync(join(parts, "app.js"), "utf8"));
writeFileSync(join(parts, "app_bg.wasm"), short.wasm);
writeFileSync(join(parts, "app.js"), await minified(short.js, "app.js"));
writeFileSync(join(parts, "__wasm_split.js"), await minified(readFileSync(join(parts, "__wasm_split.js"), "utf8"), "__wasm_split.js"));
const partNames = readdirSync(parts).sort();
const partsHash = hash(partNames.map((n) => n + ":" + hash(readFileSync(join(parts, n)))).join("\n")).slice(0, 16);
const partsDir = `liftsheet-${partsHash}`;
renameSync(parts, join(dir, partsDir));
let boot = readFileSync(new URL("./boot.template.js", import.meta.url), "utf8");
// The other screens' stylesheet (index.html copies it): minified, then
// hashed, for the boot script to add.
minifiedCss(join(dir, "full-app.css"));
for (const [placeholder, name] of [
  ["__APP_JS__", `${partsDir}/app.js`],
  ["__APP_WASM__", `${partsDir}/app_bg.wasm`],
  ["__SCREENS_CSS__", hashed("full-app.css", ".css")],
]) {
  if (!boot.includes(placeholder)) {
    console.error(`postbuild: boot.template.js has no ${placeholder}`);
    process.exit(1);
  }
  boot = boot.replace(placeholder, `./${name}`);
}
boot = await minified(boot, "boot.js");
const bootName = `boot-${hash(boot).slice(0, 16)}.js`;
writeFileSync(join(dir, bootName), boot);
// 1b. Minify the stylesheets: comments and white space out, and the first
//     load's integrity hash in index.html updated to match. (Trunk's own
//     minify setting is off: it would also rewrite index.html, the boot tag
//     this script looks for included.) About 0.6 KB gzip of the first load.
//     app.css keeps Trunk's name (a hash of the source stylesheet);
//     full-app.css, which Trunk only copies, was minified and hashed above.
function minifiedCss(path) {
  const css = readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .trim();
  writeFileSync(path, css);
  return css;
}
for (const name of readdirSync(dir).filter((n) => /^app-.*\.css$/.test(n))) {
  const css = minifiedCss(join(dir, name));
  const integrity = "sha384-" + createHash("sha384").update(css).digest("base64");
  const link = new RegExp(`(href="\\./${name.replace(/\./g, "\\.")}" integrity=")[^"]*(")`);
  if (!link.test(html)) {
    console.error(`postbuild: no integrity attribute for ${name} in index.html`);
    process.exit(1);
  }
  html = html.replace(link, `$1${integrity}$2`);
}

const bootTag = '<script type="module" src="./boot.js"></script>';
if (!html.includes(bootTag)) {
  console.error(`postbuild: index.html has no ${bootTag}`);
  process.exit(1);
}
// The skipped "main" link (index.html says why) has no use in the page.
const skipped = /<link data-trunk rel="rust"[^>]*\sdata-trunk-skip[^>]*>\s*/;
html = html
  .replace(bootTag, `<script type="module" src="./${bootName}"></script>`)
  .replace(skipped, "")
  .replace(/<!--[\s\S]*?-->\s*/g, "");
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) {
  console.error("postbuild: an inline <script> is in index.html; the CSP forbids it");
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
console.log(`postbuild: ${bootName} starts ${partsDir} (${partNames.length} parts); sw.js build ${buildId}, ${precache.length} files to precache`);
