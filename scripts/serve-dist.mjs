// Serves the release build (dist/) on 127.0.0.1 the way a good static host would:
// brotli or gzip by Accept-Encoding (compressed once, kept in memory), the right
// MIME types, hashed files cached forever, index.html and sw.js always revalidated.
// Usage: node scripts/serve-dist.mjs [port] [dir]   (port 0 = any free port)
// startServer({ cache: false }) re-reads files on every request (tests that
// publish a new build under a running server).
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, normalize, extname, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);

export function startServer({ port = 8080, dir = "dist", host = "127.0.0.1", cache: keep = true } = {}) {
  const root = resolve(dir);
  const cache = new Map();
  function load(file) {
    let entry = cache.get(file);
    if (!entry) {
      const raw = readFileSync(file);
      const ext = extname(file);
      entry = { raw, type: TYPES[ext] || "application/octet-stream" };
      if (COMPRESSIBLE.has(ext)) {
        entry.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        entry.gzip = gzipSync(raw, { level: 9 });
      }
      if (keep) cache.set(file, entry);
    }
    return entry;
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const entry = load(file);
    const accept = req.headers["accept-encoding"] || "";
    const headers = {
      "content-type": entry.type,
      "x-content-type-options": "nosniff",
      vary: "Accept-Encoding",
      // Hashed names, and every part in a build's folder (liftsheet-<hash>/), never change.
      "cache-control": /-[0-9a-f]{16}((_bg)?\.(js|wasm|css)|\/[^/]+\.(js|wasm))$/.test(file)
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    };
    let body = entry.raw;
    if (entry.br && /\bbr\b/.test(accept)) {
      body = entry.br;
      headers["content-encoding"] = "br";
    } else if (entry.gzip && /\bgzip\b/.test(accept)) {
      body = entry.gzip;
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8080);
  const dir = process.argv[3] ?? "dist";
  const server = await startServer({ port, dir });
  console.log(`Liftsheet release build at http://127.0.0.1:${server.address().port}/`);
}
