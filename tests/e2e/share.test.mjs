// Sharing a program as a link (issue: PWA and share links): a lifter shares 5/3/1
// BBB with their maxes; a training partner opens the link in a fresh profile,
// previews it and adopts it without their own log, maxes or program changing.
// Bad links (cut, edited, random, huge, newer format, markup in names) explain
// themselves and change nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, open, shot, SHOTS, DIST, recordFiles } from "./harness.mjs";
import { firstLoad } from "../../scripts/payload.mjs";

let env;
let budget;
before(async () => {
  env = await launch();
  budget = firstLoad(DIST);
});
after(async () => {
  await env?.close();
});

const TMS = { Press: 150, "Bench press": 225, Squat: 285, Deadlift: 325 };

/** Lifter A: BBB with four training maxes in lb; returns the share link. */
async function makeLink(page, { includeMaxes }) {
  await open(page, env.origin, "#/settings");
  await page.getByLabel("Unit", { exact: true }).selectOption("lb");
  await open(page, env.origin, "#/plan");
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "5/3/1 Boring But Big" });
  for (const [lift, tm] of Object.entries(TMS)) {
    await page.getByLabel(`${lift} training max (lb)`, { exact: true }).fill(String(tm));
  }
  await page.getByRole("button", { name: "Share", exact: true }).click();
  if (includeMaxes) await page.getByLabel("Include my maxes").check();
  const link = await page.getByLabel(/^Link \(\d+ characters\)$/).inputValue();
  await page.getByRole("img", { name: "QR code of the share link" }).waitFor();
  return link;
}

test("share BBB with maxes; a partner previews and adopts it, nothing else changes", async () => {
  const a = await env.phone();
  const link = await makeLink(a.page, { includeMaxes: true });
  assert.match(link, new RegExp(`^${env.origin}/#/share/1[A-Za-z0-9_-]+$`));
  const fragment = link.slice(link.indexOf("#"));
  // Short enough for a QR code a phone camera reads easily.
  assert.ok(fragment.length < 400, `fragment is ${fragment.length} characters`);
  // No Web Share API in headless Chromium: the button copies instead.
  await a.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.origin });
  await a.page.getByRole("button", { name: /Copy link|Share link/ }).click();
  await a.page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
  assert.equal(await a.page.evaluate(() => navigator.clipboard.readText()), link);
  await a.page.locator(".share-panel").screenshot({ path: join(SHOTS, "share-panel.png") });
  assert.deepEqual(a.errors, []);
  await a.context.close();

  // Partner B: a fresh profile on another phone. The link opens the app's
  // first part, the document's chunk and the share screen's; no other
  // screen's chunk is fetched.
  const b = await env.phone({ colorScheme: "dark" });
  const files = recordFiles(b.page, env.origin);
  await b.page.goto(link);
  await b.page.getByRole("heading", { name: "5/3/1 Boring But Big" }).waitFor();
  for (const f of budget.files) assert.ok(files.has(f.name), `${f.name} is part of the first load`);
  const own = (name) => budget.parts.screens.files.find((f) => f.name.endsWith(`/split_${name}.wasm`)).name;
  assert.ok(files.has(own("share")) && files.has(own("document")));
  for (const screen of ["plan", "log", "history", "settings"]) {
    assert.ok(!files.has(own(screen)), `${screen}'s chunk was not needed`);
  }
  // The sender's maxes are shown for reference.
  const lifts = b.page.getByRole("table");
  assert.match(await lifts.textContent(), /285 lb/);
  assert.match(await lifts.textContent(), /325 lb/);
  await shot(b.page, "share-preview-dark");
  const stored = await b.page.evaluate(() => localStorage.getItem("liftsheet"));
  await b.page.getByRole("button", { name: "Use this program" }).click();
  await b.page.getByRole("status").filter({ hasText: "is now in your programs" }).waitFor();
  await shot(b.page, "share-adopted-dark");
  // Saved at once: B closes the tab, and later opens the app.
  await b.page.waitForFunction(() => JSON.parse(localStorage.getItem("liftsheet") || "{}").custom_programs?.length === 1);
  await b.page.close();
  const again = await b.context.newPage();
  await open(again, env.origin, "#/plan");
  const after = JSON.parse(await again.evaluate(() => localStorage.getItem("liftsheet")));
  assert.equal(after.custom_programs.length, 1);
  assert.equal(after.custom_programs[0].name, "5/3/1 Boring But Big");
  assert.deepEqual(after.maxes ?? {}, stored ? JSON.parse(stored).maxes ?? {} : {});
  assert.ok(!after.program, "no active program was started");
  assert.deepEqual(after.log ?? [], []);
  // It is among B's programs on the Program tab.
  const options = await again.getByLabel("Program", { exact: true }).locator("option").allTextContents();
  assert.equal(options.filter((o) => o.includes("5/3/1 Boring But Big")).length, 2, "the built-in and B's copy");
  // And it is the one shown: the program just added, not the first built-in.
  await again.getByLabel("Program", { exact: true }).locator("option:checked", { hasText: /^Yours: 5\/3\/1 Boring But Big/ }).waitFor({ state: "attached" });

  // Opening the same link again and adopting it again keeps one copy; this
  // time the tab goes on to "Open my programs".
  await again.goto(link);
  await again.reload();
  await again.getByRole("button", { name: "Use this program" }).click();
  await again.getByRole("link", { name: "Open my programs" }).click();
  await again.getByLabel("Program", { exact: true }).waitFor();
  const twice = JSON.parse(await again.evaluate(() => localStorage.getItem("liftsheet")));
  assert.equal(twice.custom_programs.length, 1);
  assert.deepEqual(b.errors, []);
  await b.context.close();
});

test("bad links explain themselves and change nothing", async () => {
  const a = await env.phone();
  const link = await makeLink(a.page, { includeMaxes: false });
  await a.context.close();
  const payload = link.slice(link.indexOf("#/share/") + "#/share/".length);
  const flip = (s, i) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
  const cases = [
    ["truncated", payload.slice(0, Math.floor(payload.length / 2)), /incomplete|damaged|changed/i],
    ["edited", flip(payload, Math.floor(payload.length * 0.6)), /damaged|changed|incomplete/i],
    ["random", "1" + "x".repeat(40), /damaged|changed|incomplete/i],
    ["newer format", "9" + payload.slice(1), /newer version/i],
    ["huge", "1" + "A".repeat(20000), /too (long|large|big)/i],
    ["markup", "<script>alert(1)</script>", /./],
  ];
  const b = await env.phone();
  await open(b.page, env.origin, "#/calc");
  await b.page.evaluate(() => localStorage.setItem("liftsheet", JSON.stringify({ schema: 1, maxes: {}, log: [] })));
  const stored = await b.page.evaluate(() => localStorage.getItem("liftsheet"));
  for (const [name, bad, message] of cases) {
    await b.page.goto(`${env.origin}/#/share/${encodeURIComponent(bad)}`);
    await b.page.getByRole("heading", { name: "This link can't be opened" }).waitFor();
    const text = await b.page.getByRole("alert").filter({ hasText: /./ }).first().textContent();
    assert.match(text, message, `${name}: ${text}`);
    assert.equal(await b.page.getByRole("button", { name: "Use this program" }).count(), 0, name);
    assert.equal(await b.page.evaluate(() => localStorage.getItem("liftsheet")), stored, `${name} changed storage`);
    assert.equal(await b.page.evaluate(() => document.querySelectorAll("script:not([src])").length), 0);
  }
  await shot(b.page, "share-bad-link");
  assert.deepEqual(b.errors, []);
  await b.context.close();
});
