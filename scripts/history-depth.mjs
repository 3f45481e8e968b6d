// What History costs at depth, a report (not a test: figures on a shared
// machine vary; tests/e2e/history-depth.test.mjs checks the behaviour).
// With a 10-year log made by tests/e2e/ten-years.mjs (2,080 sessions, 39,520
// sets) in a phone-sized Chromium page of the release build, it times opening
// History from the Log tab and every "Show more" down to the oldest session,
// and prints the main-thread time of each (from a Chromium trace: every task
// the page's main thread ran from the tap until the screen settled) and its
// longest task.
//
//   node scripts/history-depth.mjs [dist] [runs]
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { startServer } from "./serve-dist.mjs";
import { tenYearStore } from "../tests/e2e/ten-years.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.argv[2] || "dist");
const runs = Number(process.argv[3] || 3);
const { chromium } = createRequire(join(root, "tests/e2e/package.json"))("playwright-core");
const { CHROMIUM_ARGS, PHONE } = await import("../tests/e2e/harness.mjs");

/** The depths the report names: sessions shown after the tap. */
const DEPTHS = [40, 200, 1000, 2000];

/** Waits until the page has painted twice and been idle once: the work a tap started is done. */
const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => requestIdleCallback(done), 50))),
      ),
  );

async function oneRun(browser, origin, store) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${origin}/#/log`);
  await page.evaluate((text) => localStorage.setItem("liftsheet", text), store);
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  await settle(page);
  /**
   * Main-thread time (every task the page's renderer ran) and the longest
   * task, from a Chromium trace, of tapping `target` (an element found
   * beforehand: Playwright's own role queries over a 2,000-session page run
   * on the main thread too, and would be counted) until the page settled.
   */
  const tap = async (target) => {
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    await target.evaluate((el) => el.click());
    await settle(page);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const mains = events.filter((e) => e.name === "thread_name" && e.args.name === "CrRendererMain");
    let best = { main: 0, longest: 0 };
    for (const t of mains) {
      const tasks = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === "RunTask" && e.dur);
      const main = tasks.reduce((sum, e) => sum + e.dur, 0) / 1000;
      if (main > best.main) best = { main, longest: Math.max(...tasks.map((e) => e.dur)) / 1000 };
    }
    return best;
  };

  const count = () => page.evaluate(() => document.querySelectorAll("article.session-card").length);
  const result = { open: null, more: new Map() };
  const history = await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).elementHandle();
  result.open = await tap(history);
  await page.getByRole("heading", { name: /^Sessions \(/ }).waitFor();
  let shown = await count();
  for (;;) {
    const more = await page.$("section.sessions > button");
    if (!more) break;
    const m = await tap(more);
    const now = await count();
    if (now <= shown) throw new Error(`"Show more" showed nothing new at ${shown}`);
    shown = now;
    result.more.set(shown, m);
  }
  result.last = shown;
  await context.close();
  return result;
}

const server = await startServer({ port: 0, dir: dist });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  const store = tenYearStore();
  console.log(`History at depth: 10-year log (2,080 sessions, 39,520 sets, ${(store.length / 1e6).toFixed(2)} MB), ${runs} runs`);
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await oneRun(browser, origin, store));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const row = (what, ms) =>
    console.log(
      `  ${what.padEnd(34)} main thread ${median(ms.map((m) => m.main)).toFixed(0).padStart(5)} ms` +
        `   longest task ${median(ms.map((m) => m.longest)).toFixed(0).padStart(5)} ms` +
        `   (runs: ${ms.map((m) => m.main.toFixed(0)).join(", ")})`,
    );
  row("open History", all.map((r) => r.open));
  const depths = [...all[0].more.keys()];
  for (const depth of DEPTHS) {
    const at = depths.find((d) => d >= depth);
    if (at !== undefined) row(`"Show more" to ${at} sessions`, all.map((r) => r.more.get(at)));
  }
  const worst = all.map((r) => Math.max(...[...r.more.values()].map((m) => m.main)));
  console.log(`  worst "Show more" per run: ${worst.map((w) => w.toFixed(0)).join(", ")} ms; last depth ${all[0].last}`);
} finally {
  await browser.close();
  server.close();
}
