// The numbers behind `scripts/report`: the first part's bytes and every
// part's (scripts/parts.mjs prints them one by one), Lighthouse on each door,
// and how long a screen takes to open from another, after one visit.
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { firstLoad } from "./payload.mjs";
import { startServer } from "./serve-dist.mjs";
import { lighthouseDoors, CHROME_FLAGS } from "./lighthouse-doors.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.argv[2] || "dist");
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";

const { files, total, rest } = firstLoad(dist);
console.log("The first part (what any first visit downloads before the app runs):");
console.log("  file".padEnd(44) + "raw".padStart(10) + "gzip".padStart(10) + "brotli".padStart(10));
for (const f of files) console.log("  " + f.name.padEnd(42) + kb(f.raw) + kb(f.gzip) + kb(f.brotli));
console.log("  " + "TOTAL".padEnd(42) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
console.log(`  135 KB gzip asked -> ${total.gzip <= 135 * 1024 ? "within" : "OVER"}`);
console.log("The other parts (fetched when needed, precached by the service worker):");
console.log("  " + "TOTAL".padEnd(42) + kb(rest.total.raw) + kb(rest.total.gzip) + kb(rest.total.brotli));
const all = total.gzip + rest.total.gzip;
console.log(`All parts together: ${kb(all).trim()} gzip (600 KB asked -> ${all <= 600 * 1024 ? "within" : "OVER"})`);

// Lighthouse on every door (scripts/lighthouse-doors.mjs): medians of 3
// interleaved runs of the calculator, Program and Log with a running program,
// a share link and the floor (a minimal Yew app).
console.log("");
await lighthouseDoors({ dist, floorDist: resolve(root, process.argv[3] || "target/floor-dist") });
console.log("");

// A screen opened from another, after one visit (the service worker has every
// part), at 4x CPU slowdown: from the tap to the screen's first field or
// heading, timed in the page. The first open of each screen in a page fetches
// its chunk from the worker's cache and compiles it.
const { chromium } = createRequire(join(root, "tests/e2e/package.json"))("playwright-core");
const server = await startServer({ port: 0, dir: dist });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", args: CHROME_FLAGS });
const screens = [
  { tab: "#/plan", ready: "#plan-program" },
  { tab: "#/log", ready: "main .screen:not([aria-busy]) h2, main .screen:not([aria-busy]) button" },
  { tab: "#/history", ready: "main .screen:not([aria-busy]) h2" },
  { tab: "#/settings", ready: "main .screen:not([aria-busy]) select" },
];
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "allow" });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active)));
  const cdp = await context.newCDPSession(page);
  const times = new Map(screens.map((s) => [s.tab, []]));
  for (let run = 0; run < 5; run++) {
    await page.goto(`${url}#/calc`);
    await page.reload();
    await page.getByLabel("Weight lifted (kg)").waitFor();
    await page.waitForLoadState("networkidle");
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    for (const { tab, ready } of screens) {
      times.get(tab).push(
        await page.evaluate(
          ([tab, ready]) =>
            new Promise((done) => {
              const start = performance.now();
              document.querySelector(`nav a[href="${tab}"]`).click();
              const poll = () => (document.querySelector(ready) ? done(performance.now() - start) : requestAnimationFrame(poll));
              poll();
            }),
          [tab, ready],
        ),
      );
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  }
  console.log("A screen opened from another after one visit, 4x CPU slowdown (150 ms asked), medians of 5:");
  for (const [tab, list] of times) {
    list.sort((a, b) => a - b);
    console.log(`  ${tab.padEnd(12)} ${list[2].toFixed(0).padStart(5)} ms  (min ${list[0].toFixed(0)}, max ${list[4].toFixed(0)})`);
  }
} finally {
  await browser.close();
  server.close();
}
