// What previewing a big import costs the page, a report (not a test):
// a 400,000-row Strong export (25 MB, made by tests/e2e/big-exports.mjs)
// chosen on Settings, traced in Chromium from the choice until the preview
// shows (its refusal or its Import button): the main thread's longest task,
// its total, and how many tasks held it over 200 ms.
//
//   node scripts/import-size.mjs [dist]
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { startServer } from "./serve-dist.mjs";
import { strongExport } from "../tests/e2e/big-exports.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, process.argv[2] || "dist");
const { chromium } = createRequire(join(root, "tests/e2e/package.json"))("playwright-core");
const { CHROMIUM_ARGS, PHONE } = await import("../tests/e2e/harness.mjs");

const server = await startServer({ port: 0, dir: dist });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  const buffer = strongExport(400_000);
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${origin}/#/settings`);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  const input = page.getByLabel("Import from Strong, Hevy, FitNotes or StrongLifts (CSV)");
  // The file is made in the page before the trace: Playwright's own
  // setInputFiles sends 25 MB through the devtools protocol, which the page's
  // main thread spends seconds taking in, and a lifter's pick doesn't.
  await page.evaluate((text) => {
    const files = new DataTransfer();
    files.items.add(new File([text], "strong.csv", { type: "text/csv" }));
    window.chosen = files.files;
  }, buffer.toString("latin1"));
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
  const started = Date.now();
  await input.evaluate((el) => {
    el.files = window.chosen;
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
  const preview = page.getByRole("region", { name: "Import preview" });
  await preview.getByRole("button", { name: "Cancel" }).waitFor({ timeout: 180_000 });
  const shown = Date.now() - started;
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  let best = { main: 0, longest: 0, over: 0 };
  for (const t of events.filter((e) => e.name === "thread_name" && e.args.name === "CrRendererMain")) {
    const tasks = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === "RunTask" && e.dur);
    const main = tasks.reduce((sum, e) => sum + e.dur, 0) / 1000;
    const over = tasks.filter((e) => e.dur > 200_000).length;
    if (main > best.main) best = { main, longest: Math.max(...tasks.map((e) => e.dur)) / 1000, over };
  }
  const text = (await preview.textContent()).replace(/\s+/g, " ").slice(0, 160);
  console.log(`Previewing a 400,000-row Strong export (${(buffer.length / 1e6).toFixed(1)} MB):`);
  console.log(
    `  shown after ${shown} ms; main thread ${best.main.toFixed(0)} ms, longest task ${best.longest.toFixed(0)} ms, ` +
      `${best.over} tasks over 200 ms`,
  );
  console.log(`  preview: ${text}`);
} finally {
  await browser.close();
  server.close();
}
