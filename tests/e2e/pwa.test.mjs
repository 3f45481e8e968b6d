// Installable offline PWA (issue: PWA and share links): after one visit the app
// loads and works with the network off; Chromium reports no installability
// errors; a new build is announced with a reload button; the page runs under
// its strict CSP with no violation and no request leaving the origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, open, shot, DIST } from "./harness.mjs";

let env;
let site;
before(async () => {
  // A private copy of the build, so one test can publish a "new version".
  site = mkdtempSync(join(tmpdir(), "liftsheet-pwa-"));
  cpSync(DIST, site, { recursive: true });
  env = await launch({ dist: site, cache: false });
});
after(async () => {
  await env?.close();
  rmSync(site, { recursive: true, force: true });
});

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
  }
  assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);
}

test("Chromium reports no installability errors and the manifest is complete", async () => {
  // Installability is judged in a normal (not incognito) profile.
  const profile = await env.persistentPhone();
  const { page, context, errors } = profile;
  await open(page, env.origin);
  await controlled(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  assert.deepEqual(installabilityErrors, []);
  const manifest = await (await page.request.get(`${env.origin}/manifest.webmanifest`)).json();
  assert.equal(manifest.short_name, "Liftsheet");
  const sizes = manifest.icons.map((i) => `${i.sizes}:${i.purpose}`);
  for (const want of ["192x192:any", "512x512:any", "512x512:maskable"]) assert.ok(sizes.includes(want), want);
  assert.deepEqual(errors, []);
  await profile.close();
});

test("after one visit the app loads and works offline, on every screen", async () => {
  const { page, context, errors, foreign } = await env.phone({ serviceWorkers: "allow" });
  await open(page, env.origin);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  for (const tab of ["Calculate", "Program", "Log", "History"]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: tab }).click();
    await page.waitForFunction((t) => document.querySelector('[aria-current="page"]')?.textContent.includes(t), tab);
  }
  await page.getByRole("link", { name: "Settings" }).click();
  await page.waitForURL(/#\/settings$/);
  await shot(page, "offline-settings");
  // Use it, not just look: a calculation, and a logged set that survives an
  // offline reload.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calculate" }).click();
  await page.getByLabel("Weight lifted").fill("100");
  await page.getByLabel("Reps", { exact: true }).fill("5");
  await page.getByRole("row", { name: /Epley/ }).filter({ hasText: "116.7 kg" }).waitFor();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log" }).click();
  await page.getByRole("button", { name: "Start an empty session" }).click();
  await page.getByLabel("Exercise", { exact: true }).selectOption("squat");
  await page.getByRole("button", { name: "Add exercise" }).click();
  await page.getByRole("button", { name: "Add a set to Squat" }).click();
  await page.getByLabel("Squat set 1 Weight (kg)").fill("100");
  await page.getByRole("checkbox", { name: "Squat set 1 done" }).check();
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  await page.getByRole("checkbox", { name: "Squat set 1 done", checked: true }).waitFor();
  assert.equal(await page.getByLabel("Squat set 1 Weight (kg)").inputValue(), "100");
  // A cold start offline too: a new tab in the same profile.
  const second = await context.newPage();
  await second.goto(`${env.origin}/#/plan`);
  await second.getByRole("navigation", { name: "Main" }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
});

test("a new build is announced, and Reload switches to it", async () => {
  const { page, context } = await env.phone({ serviceWorkers: "allow" });
  await open(page, env.origin);
  await controlled(page);
  const cachesBefore = await page.evaluate(() => caches.keys());
  assert.equal(cachesBefore.length, 1);
  // Publish a new version: a changed worker, as the next build would write.
  const sw = join(site, "sw.js");
  const original = readFileSync(sw, "utf8");
  writeFileSync(sw, original.replace(/const BUILD = "([0-9a-f]+)"/, 'const BUILD = "$1-next"'));
  try {
    await page.reload();
    const banner = page.getByRole("status").filter({ hasText: "A new version of Liftsheet is ready." });
    await banner.waitFor({ timeout: 20000 });
    await shot(page, "update-ready");
    await page.getByRole("button", { name: "Reload" }).click();
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0].endsWith("-next");
    }, null, { timeout: 20000 });
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    assert.equal(await banner.count(), 0);
  } finally {
    writeFileSync(sw, original);
  }
  await context.close();
});

test("the page runs under a strict CSP: no inline script, no violations", async () => {
  const { page, context, errors, foreign } = await env.phone();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(e.violatedDirective));
  });
  await open(page, env.origin);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0);
  for (const tab of ["Program", "Log", "History", "Calculate"]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: tab }).click();
  }
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});
