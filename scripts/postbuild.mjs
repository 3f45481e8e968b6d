// Trunk post_build hook (see Trunk.toml). Runs in the staging dir Trunk is about
// to publish as dist/:
//  1. moves Trunk's inline loader <script type="module"> into a content-hashed
//     file, so the page runs under a CSP with no inline script;
//  2. writes sw.js: the service worker with this build's id and the list of every
//     file to precache (scripts/sw.template.js).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("postbuild: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}
const hash = (data) => createHash("sha256").update(data).digest("hex");

// 1. Inline loader -> boot-<hash>.js
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_whole, body) => {
  const name = `boot-${hash(body).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + "\n");
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
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
console.log(`postbuild: moved ${moved} inline script(s); sw.js build ${buildId}, ${precache.length} files to precache`);
