// The numbers behind `scripts/report`: first-load bytes, Lighthouse on each door, the swap time.
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { firstLoad } from "./payload.mjs";
import { startServer } from "./serve-dist.mjs";
import { lighthouseDoors, CHROME_FLAGS } from "./lighthouse-doors.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, process.argv[2] || "dist");
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";

const { files, total, rest, share } = firstLoad(dist);
console.log("First load (what a first visit to the calculator downloads before the app runs):");
console.log("  file".padEnd(44) + "raw".padStart(10) + "gzip".padStart(10) + "brotli".padStart(10));
for (const f of files) console.log("  " + f.name.padEnd(42) + kb(f.raw) + kb(f.gzip) + kb(f.brotli));
console.log("  " + "TOTAL".padEnd(42) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
console.log(`  budget: 150 KB gzip -> ${total.gzip <= 150 * 1024 ? "within" : "OVER"}`);
const spare = 150 * 1024 - total.gzip;
console.log(`  headroom: ${(spare / 1024).toFixed(1)} KB (at least 15 KB asked) -> ${spare >= 15 * 1024 ? "enough" : "TOO LITTLE"}`);
console.log("A share link's first load (the share door):");
for (const f of share.files.slice(-2)) console.log("  " + f.name.padEnd(42) + kb(f.raw) + kb(f.gzip) + kb(f.brotli));
console.log("  " + "TOTAL (with the page, css and boot script)".padEnd(42) + kb(share.total.raw) + kb(share.total.gzip) + kb(share.total.brotli));
console.log(`  budget: 150 KB gzip -> ${share.total.gzip <= 150 * 1024 ? "within" : "OVER"}`);
console.log("The rest (the full app: fetched on leaving a door, precached by the service worker):");
for (const f of rest.files) console.log("  " + f.name.padEnd(42) + kb(f.raw) + kb(f.gzip) + kb(f.brotli));
console.log("  " + "TOTAL".padEnd(42) + kb(rest.total.raw) + kb(rest.total.gzip) + kb(rest.total.brotli));

// Lighthouse on every door (scripts/lighthouse-doors.mjs): medians of 3
// interleaved runs of the calculator, Program and Log with a running program,
// a share link and the floor (a minimal Yew app).
console.log("");
await lighthouseDoors({ dist, floorDist: join(root, process.argv[3] || "target/floor-dist") });
console.log("");

// The swap from the calculator app to the full app (tap "Program" on the
// calculator), on a repeat visit: the service worker has the full app cached.
// Timed in the page, from the tap to the Program screen's first field.
const { createRequire } = await import("node:module");
const { chromium } = createRequire(join(root, "tests/e2e/package.json"))("playwright-core");
const swapServer = await startServer({ port: 0, dir: dist });
const swapUrl = `http://127.0.0.1:${swapServer.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: CHROME_FLAGS,
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
