// A returning lifter's deep link (scripts/boot.template.js, "The last
// screen, shown at once"): #/plan or #/log opens on the screen as the full app
// last drew it, inert, while the full app arrives on gym signal; the full app
// then takes over. A copy that is no longer true (the log changed since, or
// it is another day) is never shown: the lifter waits for the real screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, shot, DIST, fillStorage } from "./harness.mjs";
import { firstLoad } from "../../scripts/payload.mjs";
import { startStartingStrength } from "./story-steps.mjs";

let env;
let fullWasm;
before(async () => {
  env = await launch();
  fullWasm = firstLoad(DIST).rest.files.find((f) => f.kind === "wasm").name;
});
after(async () => {
  await env?.close();
});

const nav = (page, name) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name });

/** Holds the full app's wasm until the returned function is called, as slow signal would. */
async function holdFullApp(page) {
  let release;
  const released = new Promise((ok) => (release = ok));
  // The newest hold answers each request; a released one lets requests through.
  await page.route(`**/${fullWasm}`, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The Program screen's line about the running program ("Running: next session …"). */
const runningLine = (page) => page.getByText(/^Running: (cycle|next session)/);

/** What #app shows, as text (the full app's fields hold their values as properties, the copy's as markup). */
const shownText = (page) =>
  page.locator("#app").evaluate((app) => {
    const values = [...app.querySelectorAll("input, select")].map((f) => (f.type === "checkbox" ? f.checked : f.value));
    return `${app.innerText.replace(/\s+/g, " ").trim()} ${JSON.stringify(values)}`;
  });

/** Reloads (or goes to `url`) with the full app held, and waits until the boot script decided what to show: it asks for the full app only then. */
async function loadHeld(page, url) {
  const release = await holdFullApp(page);
  const asked = page.waitForRequest((r) => r.url().endsWith(fullWasm));
  await (url ? page.goto(url) : page.reload());
  await asked;
  return release;
}

const inert = (page) => page.locator("#app").evaluate((app) => app.inert);

/** Starts Starting Strength (kg) and opens Log, then Program, as a lifter looks around. */
async function startAndLookAround(page) {
  await startStartingStrength(page, env.origin);
  await runningLine(page).waitFor();
  await nav(page, "Log").click();
  await page.getByRole("button", { name: "Start today's session" }).waitFor();
  await nav(page, "Program").click();
  await runningLine(page).waitFor();
  // The app keeps a screen a moment after it opens.
  await page.waitForTimeout(600);
}

for (const colorScheme of ["light", "dark"]) {
  test(`a deep link shows the program at once, inert, then the app takes over (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await startAndLookAround(page);
    const running = await runningLine(page).textContent();

    const release = await holdFullApp(page);
    await page.reload();
    // The full app's wasm is held: what shows is the kept screen, in full.
    await page.getByText(running, { exact: true }).waitFor();
    await page.getByRole("heading", { name: "Program" }).first().waitFor();
    assert.equal(await page.getByText("Loading Liftsheet…").count(), 0);
    await shot(page, `snapshot-plan-${colorScheme}`);
    // A tap on the Log tab does nothing yet.
    assert.equal(await inert(page), true);
    const box = await page.locator('nav a[href="#/log"]').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => location.hash), "#/plan", "the kept screen's tab bar is inert");
    const kept = await shownText(page);

    release();
    await page.waitForFunction(() => !document.getElementById("app").inert);
    assert.equal(await shownText(page), kept, "the full app draws what the kept screen showed");
    await nav(page, "Log").click();
    await page.getByRole("button", { name: "Start today's session" }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a kept screen the log has changed since, or from another day, is not shown", async () => {
  const { page, errors, context } = await env.phone();
  await startAndLookAround(page);
  const running = await runningLine(page).textContent();

  // The lifter trains: the log changes after Program was kept.
  await nav(page, "Log").click();
  await page.getByRole("button", { name: "Start today's session" }).click();
  const done = page.getByRole("checkbox", { name: /set 1 done$/ }).first();
  await done.check();
  await page.getByRole("timer").waitFor();

  let release = await loadHeld(page, `${env.origin}/?again#/plan`);
  await page.waitForTimeout(200);
  await page.getByText("Loading Liftsheet…").waitFor();
  assert.equal(await page.getByText(running, { exact: true }).count(), 0, "the old Program screen is not shown");
  release();
  await page.getByText(running, { exact: true }).waitFor();
  assert.equal(await inert(page), false);
  // The full app, on Program, keeps this screen as it is now.
  await page.waitForTimeout(600);

  // The same screen, still true, is shown the same day...
  release = await loadHeld(page);
  await page.getByText(running, { exact: true }).waitFor();
  assert.equal(await inert(page), true);
  release();
  await page.waitForFunction(() => !document.getElementById("app").inert);

  // ...but not the next morning, when "today" on Log and Program has moved on.
  await page.clock.setFixedTime(Date.now() + 24 * 3600 * 1000);
  release = await loadHeld(page);
  await page.waitForTimeout(200);
  await page.getByText("Loading Liftsheet…").waitFor();
  assert.equal(await page.getByText(running, { exact: true }).count(), 0);
  release();
  await page.getByText(running, { exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("at quota, the kept screens give way: the lifter's set is saved", async () => {
  const { page, errors, context } = await env.phone();
  await startAndLookAround(page);
  await nav(page, "Log").click();
  await page.getByRole("button", { name: "Start today's session" }).click();
  await page.waitForTimeout(600);
  const kept = () => page.evaluate(() => localStorage.getItem("liftsheet.snapshot.v1"));
  assert.ok(await kept(), "the app kept screens");
  await fillStorage(page, { keepScreenCopies: true });
  const done = page.getByRole("checkbox", { name: /set 1 done$/ }).first();
  await done.check();
  await page.getByRole("timer").waitFor();
  assert.equal(await page.getByText(/could not be saved/).count(), 0, "no save failed");
  assert.equal(await kept(), null, "the copies made room");
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  assert.equal(await page.getByRole("checkbox", { name: /set 1 done$/ }).first().isChecked(), true, "the set is saved");
  assert.deepEqual(errors, []);
  await context.close();
});

test("when the full app can't be fetched over a kept screen, the lifter is told and Reload works", async () => {
  const { page, context } = await env.phone();
  await startAndLookAround(page);
  const running = await runningLine(page).textContent();
  await page.route(`**/${fullWasm}`, (route) => route.abort("internetdisconnected"));
  await page.reload();
  await page.getByRole("heading", { name: "Liftsheet couldn't start" }).waitFor();
  assert.equal(await inert(page), false, "the message can be used");
  assert.equal(await page.getByText(running, { exact: true }).count(), 0);
  await page.unroute(`**/${fullWasm}`);
  await page.getByRole("link", { name: "Reload" }).click();
  await runningLine(page).waitFor();
  await context.close();
});

test("what the lifter changes on a screen without saving it is never kept", async () => {
  const { page, errors, context } = await env.phone();
  await startAndLookAround(page);
  // Warm-ups hidden at once as Program opens: a choice of this visit only.
  await nav(page, "History").click();
  await page.waitForTimeout(600);
  await nav(page, "Program").click();
  await page.getByLabel("Show warm-ups").uncheck();
  await page.waitForTimeout(600);
  const release = await loadHeld(page);
  // The copy shown is the one taken as Program opened untouched: warm-ups on,
  // as the full app draws it.
  await runningLine(page).waitFor();
  assert.equal(await inert(page), true);
  assert.equal(await page.getByLabel("Show warm-ups").isChecked(), true);
  release();
  await page.waitForFunction(() => !document.getElementById("app").inert);
  assert.equal(await page.getByLabel("Show warm-ups").isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
