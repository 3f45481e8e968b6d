// The first load, as a lifter meets it (scripts/boot.template.js): a first
// visit runs the app's first part, exactly the files the budget counts
// (scripts/payload.mjs), and draws the calculator from it; the document's
// chunk follows at once, and each other screen's chunk waits until that
// screen opens. When the document's chunk can't be fetched the lifter is told
// beside the screen, the calculator keeps working, and a max saved there is
// kept (in the outbox) until the document can take it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot, DIST, recordFiles } from "./harness.mjs";
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

const nav = (page, name) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name });
const own = (name) => budget.parts.screens.files.find((f) => f.name.endsWith(`/split_${name}.wasm`)).name;

test("a first visit fetches the first part, then the document's chunk; a screen's chunk waits for the screen", async () => {
  const { page, errors, context } = await env.phone();
  const files = recordFiles(page, env.origin);
  await page.goto(`${env.origin}/`);
  await page.getByLabel("Weight lifted (kg)").waitFor();
  for (const f of budget.files) assert.ok(files.has(f.name), `${f.name} is part of the first load`);
  await page.waitForLoadState("networkidle");
  assert.ok(files.has(own("document")), "the document's chunk follows the first paint");
  for (const screen of ["plan", "log", "history", "settings", "share", "plate_path"]) {
    assert.ok(!files.has(own(screen)), `${screen}'s chunk waits for its screen`);
  }

  await page.getByLabel("Weight lifted (kg)").fill("100");
  await nav(page, "Program").click();
  await page.getByLabel("Program", { exact: true }).waitFor();
  assert.ok(files.has(own("plan")));
  await shot(page, "first-load-then-plan");

  // Back on the calculator, the typed weight is still there.
  await nav(page, "Calculate").click();
  assert.equal(await page.getByLabel("Weight lifted (kg)").inputValue(), "100");
  assert.deepEqual(errors, []);
  await context.close();
});

test("when the document's chunk can't be fetched, the lifter is told and the calculator keeps working", async () => {
  const { page, context } = await env.phone();
  await page.route(`**/${own("document")}`, (route) => route.abort("internetdisconnected"));
  await page.goto(`${env.origin}/#/calc/plates`);
  await page.getByLabel("Target weight (kg)").fill("100");
  await page.getByText("Each side:").waitFor();
  await nav(page, "Log").click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /Log couldn't load.*the calculator works as before/);
  await shot(page, "first-load-offline");

  await nav(page, "Calculate").click();
  assert.equal(await page.getByLabel("Target weight (kg)").inputValue(), "100");
  await page.getByText("Each side:").waitFor();

  // Signal back: "Try again" opens the log.
  await nav(page, "Log").click();
  await page.getByRole("alert").waitFor();
  await page.unroute(`**/${own("document")}`);
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByRole("button", { name: "Start an empty session" }).waitFor();
  await context.close();
});

/** The outbox's text and the stored document, as the page has them. */
const stores = (page) =>
  page.evaluate(() => ({ outbox: localStorage.getItem("liftsheet.outbox"), doc: localStorage.getItem("liftsheet") }));

test("a max saved before the document is open is kept at once: closing the tab loses nothing", async () => {
  const { page, errors, context } = await env.phone();
  // The document's chunk never arrives on this tab.
  await page.route(`**/${own("document")}`, (route) => route.abort("internetdisconnected"));
  await page.goto(`${env.origin}/#/calc/max`);
  await page.getByLabel("Weight lifted (kg)").fill("100");
  await page.getByLabel("Reps", { exact: true }).fill("1");
  await page.getByRole("button", { name: /as squat training max$/ }).click();
  await page.getByText("Saved 90 kg as your squat training max").waitFor();
  await page.getByLabel("Lift", { exact: true }).selectOption("bench");
  await page.getByRole("button", { name: /as bench press training max$/ }).click();
  await page.getByText("Saved 90 kg as your bench press training max").waitFor();
  const table = page.locator(".saved-maxes");
  await table.getByRole("row", { name: /Squat/ }).waitFor();
  await table.getByRole("row", { name: /Bench press/ }).waitFor();
  await shot(page, "first-load-saved-to-outbox");
  // In the outbox, durably; the document is the document chunk's to write.
  const before = await stores(page);
  assert.match(before.outbox, /^liftsheet-outbox 2\ntm 90000 kg\tsquat\ntm 90000 kg\tbench\n$/);
  assert.equal(before.doc, null);
  assert.equal(await page.getByRole("alert").count(), 0);
  await page.close();

  // Reopened: the document takes the outbox in.
  const again = await context.newPage();
  await open(again, env.origin, "#/plan");
  await again.waitForFunction(() => localStorage.getItem("liftsheet.outbox") === null);
  await nav(again, "Calculate").click();
  await again.locator(".saved-maxes").getByRole("row", { name: /Bench press/ }).waitFor();
  const doc = JSON.parse((await stores(again)).doc);
  assert.equal(doc.maxes.squat.training_max.milli, 90000);
  assert.equal(doc.maxes.bench.training_max.milli, 90000);
  // Only the refused fetch of the document's chunk was reported.
  assert.deepEqual(errors.filter((e) => !/INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);
  await context.close();
});

test("once the document is open, a max saved on the calculator goes straight into it", async () => {
  const { page, context } = await env.phone();
  await page.goto(`${env.origin}/#/calc/max`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Weight lifted (kg)").fill("120");
  await page.getByLabel("Reps", { exact: true }).fill("1");
  await page.getByLabel("Lift", { exact: true }).selectOption("deadlift");
  await page.getByRole("button", { name: /as deadlift training max$/ }).click();
  await page.getByText("Saved 107.5 kg as your deadlift training max").waitFor();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("liftsheet") || "{}").maxes?.deadlift);
  const { outbox, doc } = await stores(page);
  assert.equal(outbox, null);
  assert.equal(JSON.parse(doc).maxes.deadlift.training_max.milli, 107500);
  await context.close();
});

test("when a newer build has replaced this build's files, the page reloads into it once, never in a loop", async () => {
  const { page, context } = await env.phone();
  const main = budget.files.find((f) => f.name.endsWith("/app_bg.wasm")).name;
  await page.route(`**/${main}`, (route) => route.fulfill({ status: 404, body: "gone" }));
  let loads = 0;
  page.on("load", () => (loads += 1));
  await page.goto(`${env.origin}/#/calc`);
  // One reload (the files of this build are gone), then the page says so.
  await page.getByRole("heading", { name: "Liftsheet couldn't start" }).waitFor();
  await page.waitForLoadState("load");
  assert.equal(loads, 2);
  assert.match(await page.getByRole("alert").textContent(), /HTTP 404/);
  await shot(page, "first-load-missing-build");

  await page.unroute(`**/${main}`);
  await page.getByRole("link", { name: "Reload" }).click();
  await page.getByLabel("Weight lifted (kg)").waitFor();
  await context.close();
});
