// The split first load (scripts/boot.template.js), as a lifter meets it: a
// first visit runs the small calculator app from exactly the files the budget
// counts (scripts/payload.mjs); leaving the calculator brings the full app on
// the same page, keeping what was typed; a deep link starts the full app
// directly; and when the rest can't be fetched the lifter is told and the
// calculator keeps working.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot, DIST } from "./harness.mjs";
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

/** Same-origin files the page requested, by name ("index.html" for "/"). */
function recordFiles(page, origin) {
  const files = new Set();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    const name = url.pathname.replace(/^\//, "") || "index.html";
    if (/\.(html|css|js|wasm)$/.test(name)) files.add(name);
  });
  return files;
}

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

test("maxes saved while the full app is still on its way are all saved, and 'Saved' waits for it", async () => {
  const { page, errors, context } = await env.phone();
  const fullWasm = budget.rest.files.find((f) => f.kind === "wasm").name;
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(`**/${fullWasm}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${env.origin}/#/calc/max`);
  await page.getByLabel("Weight lifted (kg)").fill("100");
  await page.getByLabel("Reps", { exact: true }).fill("1");
  await page.getByRole("button", { name: /as squat training max$/ }).click();
  await page.getByText("Saving squat training max 90 kg…").waitFor();
  assert.equal(await page.getByText("Saved 90 kg as your squat training max").count(), 0);
  await page.getByLabel("Lift", { exact: true }).selectOption("bench");
  await page.getByRole("button", { name: /as bench press training max$/ }).click();
  await page.getByText("Saving squat training max 90 kg, bench press training max 90 kg…").waitFor();
  await shot(page, "first-load-saving");

  release();
  await page.getByText("Saved 90 kg as your bench press training max").waitFor();
  const table = page.locator(".saved-maxes");
  await table.getByRole("row", { name: /Squat/ }).waitFor();
  await table.getByRole("row", { name: /Bench press/ }).waitFor();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("liftsheet")));
  assert.deepEqual(Object.keys(stored.maxes).sort(), ["bench", "squat"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a max that can't be handed over is reported as not saved, and Try again saves it", async () => {
  const { page, context } = await env.phone();
  const fullWasm = budget.rest.files.find((f) => f.kind === "wasm").name;
  await page.route(`**/${fullWasm}`, (route) => route.abort("internetdisconnected"));
  await page.goto(`${env.origin}/#/calc/max`);
  await page.getByLabel("Weight lifted (kg)").fill("100");
  await page.getByLabel("Reps", { exact: true }).fill("1");
  await page.getByRole("button", { name: /as squat training max$/ }).click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /Not saved yet: squat training max 90 kg\./);
  // Nothing is left behind to be applied later without the lifter knowing.
  assert.equal(await page.evaluate(() => sessionStorage.getItem("liftsheet.handoff")), null);
  assert.equal(await page.evaluate(() => localStorage.getItem("liftsheet")), null);

  await page.unroute(`**/${fullWasm}`);
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByText("Saved 90 kg as your squat training max").waitFor();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("liftsheet")));
  assert.equal(stored.maxes.squat.training_max.milli, 90000);
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
