// The split first load (scripts/boot.template.js), as a lifter meets it: a
// first visit runs the small calculator app from exactly the files the budget
// counts (scripts/payload.mjs); leaving the calculator brings the full app on
// the same page, keeping what was typed; a deep link starts the full app
// directly; and when the rest can't be fetched the lifter is told and the
// calculator keeps working.
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

test("a first visit fetches only the first-load files; the rest comes on leaving the calculator", async () => {
  const { page, errors, context } = await env.phone();
  const files = recordFiles(page, env.origin);
  await page.goto(`${env.origin}/`);
  await page.getByLabel("Weight lifted (kg)").waitFor();
  const first = budget.files.map((f) => f.name).sort();
  assert.deepEqual([...files].sort(), first, "the browser fetched what the budget counts");
  for (const f of budget.rest.files) assert.ok(!files.has(f.name), `${f.name} waits`);

  await page.getByLabel("Weight lifted (kg)").fill("100");
  await nav(page, "Program").click();
  await page.getByLabel("Program", { exact: true }).waitFor();
  for (const f of budget.rest.files) assert.ok(files.has(f.name), `${f.name} fetched on leaving`);
  await shot(page, "first-load-handoff-plan");

  // Back on the calculator (now the full app's), the typed weight is still there.
  await nav(page, "Calculate").click();
  assert.equal(await page.getByLabel("Weight lifted (kg)").inputValue(), "100");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link to another screen starts the full app without the calculator app", async () => {
  const { page, errors, context } = await env.phone();
  const files = recordFiles(page, env.origin);
  await open(page, env.origin, "#/history");
  await page.getByRole("heading", { name: "No sessions yet" }).waitFor();
  const calcWasm = budget.files.find((f) => f.kind === "wasm").name;
  assert.ok(!files.has(calcWasm), "the calculator app is not fetched for #/history");
  for (const f of budget.rest.files) assert.ok(files.has(f.name));
  assert.deepEqual(errors, []);
  await context.close();
});

test("when the rest can't be fetched, the lifter is told and the calculator keeps working", async () => {
  const { page, context } = await env.phone();
  const fullWasm = budget.rest.files.find((f) => f.kind === "wasm").name;
  await page.route(`**/${fullWasm}`, (route) => route.abort("internetdisconnected"));
  await page.goto(`${env.origin}/#/calc/plates`);
  await page.getByLabel("Target weight (kg)").fill("100");
  await nav(page, "Log").click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /couldn't load the rest of the app/);
  await shot(page, "first-load-offline");

  await page.getByRole("link", { name: "Back to the calculator" }).click();
  assert.equal(await page.getByLabel("Target weight (kg)").inputValue(), "100");
  await page.getByText("Each side:").waitFor();
  assert.equal(await page.getByRole("alert").count(), 0);

  // Signal back: "Try again" on the same screen opens the log.
  await nav(page, "Log").click();
  await page.getByRole("alert").waitFor();
  await page.unroute(`**/${fullWasm}`);
  await page.getByRole("button", { name: "Try again" }).click();
  await page.waitForFunction(() => document.querySelector('[aria-current="page"]')?.textContent.includes("Log"));
  await page.getByRole("button", { name: "Start an empty session" }).waitFor();
  await context.close();
});

/** The outbox's text and the stored document, as the page has them. */
const stores = (page) =>
  page.evaluate(() => ({ outbox: localStorage.getItem("liftsheet.outbox"), doc: localStorage.getItem("liftsheet") }));

test("a max saved on the calculator is saved at once: closing the tab before the full app loads loses nothing", async () => {
  const { page, errors, context } = await env.phone();
  // The full app never arrives on this tab.
  const fullWasm = budget.rest.files.find((f) => f.kind === "wasm").name;
  await page.route(`**/${fullWasm}`, (route) => route.abort("internetdisconnected"));
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
  // In the outbox, durably; the document is the full app's to write.
  const before = await stores(page);
  assert.match(before.outbox, /^liftsheet-outbox 2\ntm 90000 kg\tsquat\ntm 90000 kg\tbench\n$/);
  assert.equal(before.doc, null);
  assert.equal(await page.getByRole("alert").count(), 0);
  await page.close();

  // Reopened on another screen: the full app drains the outbox into the document.
  const again = await context.newPage();
  await open(again, env.origin, "#/plan");
  await again.waitForFunction(() => localStorage.getItem("liftsheet.outbox") === null);
  await nav(again, "Calculate").click();
  await again.locator(".saved-maxes").getByRole("row", { name: /Bench press/ }).waitFor();
  const after = await stores(again);
  const doc = JSON.parse(after.doc);
  assert.equal(doc.maxes.squat.training_max.milli, 90000);
  assert.equal(doc.maxes.bench.training_max.milli, 90000);
  assert.deepEqual(errors, []);
  await context.close();
});

test("offline on a first visit: a max is saved on the calculator, and drained once the full app can load", async () => {
  const { page, context } = await env.phone();
  await page.goto(`${env.origin}/#/calc/max`);
  await page.getByLabel("Weight lifted (kg)").waitFor();
  // The gym's signal goes before the rest of the app is on the phone.
  const fullWasm = budget.rest.files.find((f) => f.kind === "wasm").name;
  await page.route(`**/${fullWasm}`, (route) => route.abort("internetdisconnected"));
  await context.setOffline(true);
  await page.getByLabel("Weight lifted (kg)").fill("120");
  await page.getByLabel("Reps", { exact: true }).fill("1");
  await page.getByLabel("Lift", { exact: true }).selectOption("deadlift");
  await page.getByRole("button", { name: /as deadlift training max$/ }).click();
  await page.getByText("Saved 107.5 kg as your deadlift training max").waitFor();
  await nav(page, "Program").click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /couldn't load the rest of the app.*what you save here is kept/);
  assert.match((await stores(page)).outbox, /tm 107500 kg\tdeadlift/);

  // Back online: Try again brings the full app, which saves the max.
  await context.setOffline(false);
  await page.unroute(`**/${fullWasm}`);
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByLabel("Program", { exact: true }).waitFor();
  await page.waitForFunction(() => localStorage.getItem("liftsheet.outbox") === null);
  const doc = JSON.parse((await stores(page)).doc);
  assert.equal(doc.maxes.deadlift.training_max.milli, 107500);
  await context.close();
});

test("when a newer build has replaced the full app's files, the page reloads into it once, never in a loop", async () => {
  const { page, context } = await env.phone();
  const fullWasm = budget.rest.files.find((f) => f.kind === "wasm").name;
  await page.route(`**/${fullWasm}`, (route) => route.fulfill({ status: 404, body: "gone" }));
  let loads = 0;
  page.on("load", () => (loads += 1));
  await page.goto(`${env.origin}/#/calc`);
  await page.getByLabel("Weight lifted (kg)").waitFor();
  await nav(page, "Program").click();
  // One reload (the files of this build are gone), then the page says so.
  await page.getByRole("heading", { name: "Liftsheet couldn't start" }).waitFor();
  assert.equal(loads, 2);
  assert.match(await page.getByRole("alert").textContent(), /HTTP 404/);
  await shot(page, "first-load-missing-build");

  await page.unroute(`**/${fullWasm}`);
  await page.getByRole("link", { name: "Reload" }).click();
  await page.getByLabel("Program", { exact: true }).waitFor();
  await context.close();
});
