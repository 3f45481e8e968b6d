// The numbers behind `scripts/report`: first-load bytes and Lighthouse scores.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { firstLoad } from "./payload.mjs";
import { startServer } from "./serve-dist.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, process.argv[2] || "dist");
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";

const { files, total, rest } = firstLoad(dist);
console.log("First load (what a first visit to the calculator downloads before the app runs):");
console.log("  file".padEnd(44) + "raw".padStart(10) + "gzip".padStart(10) + "brotli".padStart(10));
for (const f of files) console.log("  " + f.name.padEnd(42) + kb(f.raw) + kb(f.gzip) + kb(f.brotli));
console.log("  " + "TOTAL".padEnd(42) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
console.log(`  budget: 150 KB gzip -> ${total.gzip <= 150 * 1024 ? "within" : "OVER"}`);
console.log("The rest (the full app: fetched on leaving the calculator, precached by the service worker):");
for (const f of rest.files) console.log("  " + f.name.padEnd(42) + kb(f.raw) + kb(f.gzip) + kb(f.brotli));
console.log("  " + "TOTAL".padEnd(42) + kb(rest.total.raw) + kb(rest.total.gzip) + kb(rest.total.brotli));

const server = await startServer({ port: 0, dir: dist });
const url = `http://127.0.0.1:${server.address().port}/`;
const out = join(root, "target", "lighthouse");
mkdirSync(out, { recursive: true });
const flags = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
].join(" ");
// Async on purpose: the static server runs in this process and must keep
// answering while Lighthouse loads the page.
try {
  await promisify(execFile)(join(root, ".tools/lighthouse/node_modules/.bin/lighthouse"), [
    url,
    "--quiet",
    "--form-factor=mobile",
    "--only-categories=performance,accessibility,best-practices,seo",
    `--chrome-flags=${flags}`,
    "--output=json",
    "--output=html",
    `--output-path=${join(out, "report")}`,
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 });
} finally {
  server.close();
}
const lhr = JSON.parse(readFileSync(join(out, "report.report.json"), "utf8"));
console.log("\nLighthouse (mobile, simulated slow 4G), release build served with brotli:");
for (const [id, cat] of Object.entries(lhr.categories)) {
  console.log(`  ${cat.title.padEnd(16)} ${Math.round(cat.score * 100)}`);
}
const audits = lhr.audits;
for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "total-byte-weight"]) {
  if (audits[id]) console.log(`  ${audits[id].title.padEnd(28)} ${audits[id].displayValue}`);
}
console.log(`\nFull report: ${join(out, "report.report.html")}`);

// The swap from the calculator app to the full app (tap "Program" on the
// calculator), on a repeat visit: the service worker has the full app cached.
// Timed in the page, from the tap to the Program screen's first field.
const { createRequire } = await import("node:module");
const { chromium } = createRequire(join(root, "tests/e2e/package.json"))("playwright-core");
const swapServer = await startServer({ port: 0, dir: dist });
const swapUrl = `http://127.0.0.1:${swapServer.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: flags.split(" "),
});
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "allow" });
  const page = await context.newPage();
  await page.goto(swapUrl);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return Boolean(registration.active);
  });
  const times = [];
  for (let i = 0; i < 7; i++) {
    await page.goto(`${swapUrl}#/calc`);
    await page.reload();
    await page.getByLabel("Weight lifted (kg)").waitFor();
    times.push(
      await page.evaluate(
        () =>
          new Promise((done) => {
            const start = performance.now();
            document.querySelector('nav a[href="#/plan"]').click();
            const poll = () =>
              document.getElementById("plan-program") ? done(performance.now() - start) : requestAnimationFrame(poll);
            poll();
          }),
      ),
    );
  }
  times.sort((a, b) => a - b);
  console.log(
    `\nCalculator app -> full app (tap Program, repeat visit, cached): median ${times[3].toFixed(0)} ms ` +
      `(min ${times[0].toFixed(0)}, max ${times[6].toFixed(0)}, 7 runs, no CPU throttling)`,
  );
} finally {
  await browser.close();
  swapServer.close();
}
