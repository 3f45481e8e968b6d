// Shared set-up for the end-to-end tests: the release build (dist/) served on
// 127.0.0.1 by scripts/serve-dist.mjs, Debian's Chromium driven by playwright-core,
// a phone-sized viewport, and a record of console errors and of every request
// that leaves the origin.
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { mkdirSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { startServer } from "../../scripts/serve-dist.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// LIFTSHEET_DIST lets parallel work test its own build without sharing dist/.
export const DIST = process.env.LIFTSHEET_DIST || join(ROOT, "dist");
export const SHOTS = join(ROOT, "target", "screenshots");
export const PHONE = { width: 390, height: 844 };

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Starts the static server and a browser; returns helpers and a close(). */
export async function launch({ dist = DIST, cache = true } = {}) {
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error("dist/ is missing: run `trunk build --release --offline` first (scripts/test does)");
  }
  const server = await startServer({ port: 0, dir: dist, cache });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  return {
    origin,
    browser,
    /** A fresh profile (context) at a phone viewport, watching errors and requests. */
    async phone({ colorScheme = "light", serviceWorkers = "block" } = {}) {
      const context = await browser.newContext({
        viewport: PHONE,
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        colorScheme,
        serviceWorkers,
      });
      const errors = [];
      const foreign = [];
      context.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
          foreign.push(url);
        }
      });
      const page = await context.newPage();
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(String(err)));
      return { context, page, errors, foreign };
    },
    /** A non-incognito profile (installability needs one), at a phone viewport. */
    async persistentPhone() {
      const dir = mkdtempSync(join(tmpdir(), "liftsheet-profile-"));
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
        args: CHROMIUM_ARGS,
        viewport: PHONE,
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
      const errors = [];
      const page = context.pages()[0] || (await context.newPage());
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(String(err)));
      return {
        context,
        page,
        errors,
        async close() {
          await context.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Opens the app at `hash` and waits until the shell has rendered. */
export async function open(page, origin, hash = "#/calc") {
  await page.goto(`${origin}/${hash}`);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  // The shell comes first; a screen other than the calculator is drawn once
  // its chunk (and the document's) is here: wait for it, not its placeholder.
  await page.locator("main .screen:not([aria-busy=true])").first().waitFor();
}

/** Saves a screenshot under target/screenshots/ for a person to look at: the
 * whole page, or with `fullPage: false` the screen as the phone shows it. */
export async function shot(page, name, { fullPage = true } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Same-origin files the page requested, by name ("index.html" for "/"). */
export function recordFiles(page, origin) {
  const files = new Set();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    const name = url.pathname.replace(/^\//, "") || "index.html";
    if (/\.(html|css|js|wasm)$/.test(name)) files.add(name);
  });
  return files;
}

/**
 * Fills the origin's localStorage to capacity with junk keys. First drops an
 * older build's copies of its screens, which give way to a save anyway,
 * unless `keepScreenCopies`: without them nothing can be freed and the store
 * is truly full.
 */
export async function fillStorage(page, { keepScreenCopies = false } = {}) {
  await page.evaluate((keep) => {
    if (!keep) localStorage.removeItem("liftsheet.snapshot.v1");
    let chunk = "x".repeat(1 << 20);
    let i = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`junk${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  }, keepScreenCopies);
}
