// The Program tab: pick 5/3/1 BBB, enter training maxes in lb, read week 1's
// squat top set, start the program and find it still running after a reload,
// copy and edit a program into a custom one, and see a missing max named.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot, SHOTS } from "./harness.mjs";
import { join } from "node:path";
import { proposals, startStartingStrength, tab } from "./story-steps.mjs";

/** A viewport-sized screenshot with `locator` at the top, for looking at. */
async function view(page, locator, name) {
  await locator.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.evaluate(() => window.scrollBy(0, -70));
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** Switches the unit to lb on the Settings tab. Errors are asserted for the
 * Program tab only: the Settings tab's own are its tests' business. */
async function useLb(page, errors) {
  await open(page, env.origin, "#/settings");
  await page.getByLabel("Unit", { exact: true }).selectOption("lb");
  errors.length = 0;
}

/** Opens the Program tab with 5/3/1 BBB and the given training maxes (lb). */
async function bbbWithMaxes(page, maxes) {
  await open(page, env.origin, "#/plan");
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "5/3/1 Boring But Big" });
  for (const [lift, tm] of Object.entries(maxes)) {
    await page.getByLabel(`${lift} training max (lb)`, { exact: true }).fill(String(tm));
  }
}

const TMS = { Press: 150, "Bench press": 225, Squat: 285, Deadlift: 325 };

/** The rows of the main Squat table in week 1. */
function week1Squat(page) {
  const week = page.getByRole("region", { name: "Week 1 (5s)" });
  return week.getByRole("table", { name: "Squat", exact: true });
}

test("BBB week 1 squat top set from the 2nd-edition table, start, reload, still running", async () => {
  const { page, errors, context } = await env.phone();
  await useLb(page, errors);
  await bbbWithMaxes(page, TMS);
  // The 2nd-edition book rounds every number up to 5 lb.
  await page.getByLabel("Round weights").selectOption("up");
  const squat = week1Squat(page);
  const top = squat.locator("tbody tr.planned-set").nth(2);
  // Squat TM 285 lb: 85 % = 242.25 lb, rounded up to 245 lb; 65 % = 185.25 -> 190; 75 % = 213.75 -> 215.
  await assert.doesNotReject(top.waitFor());
  assert.match(await top.textContent(), /85%/);
  assert.match(await top.textContent(), /245 lb × 5\+/);
  const sets = await squat.locator("tbody tr.planned-set .plan-what").allTextContents();
  assert.deepEqual(sets.map((s) => s.trim()), ["190 lb × 5", "215 lb × 5", "245 lb × 5+"]);
  // The bar drawn is the top set's, and says so.
  const exercise = page
    .getByRole("region", { name: "Week 1 (5s)" })
    .locator(".plan-exercise")
    .filter({ has: page.getByRole("table", { name: "Squat", exact: true }) });
  await exercise.getByText("Set 3, 245 lb", { exact: true }).waitFor();
  const plates = (await top.locator(".plates-text").textContent()).replace(/ lb$/, "").split(" ").join(", ");
  assert.equal(await exercise.getByRole("img").getAttribute("aria-label"), `Per side: ${plates} lb`);
  // Press TM 150: 85 % = 127.5 -> 130 lb (not the squat's numbers).
  const press = page.getByRole("region", { name: "Week 1 (5s)" }).getByRole("table", { name: "Press", exact: true });
  assert.match(await press.locator("tbody tr.planned-set").nth(2).textContent(), /130 lb × 5\+/);
  // Warm-ups show before the first work set and hide on request.
  assert.ok((await squat.locator("tr.warmup-row").count()) > 0);
  await page.getByLabel("Show warm-ups").uncheck();
  assert.equal(await squat.locator("tr.warmup-row").count(), 0);
  await page.getByLabel("Show warm-ups").check();
  await shot(page, "plan-bbb-light");
  await view(page, squat, "plan-week1-light");
  await view(page, page.getByRole("heading", { name: "What it runs on" }), "plan-top-light");

  await page.getByRole("button", { name: "Start this program" }).click();
  await page.getByText(/Running: cycle 1, next session Week 1 \(5s\)/).waitFor();
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  assert.equal(await page.getByLabel("Program", { exact: true }).inputValue(), "active");
  await page.getByText(/Running: cycle 1/).waitFor();
  assert.match(await week1Squat(page).locator("tbody tr.planned-set").nth(2).textContent(), /245 lb × 5\+/);
  // Cycle 2 is planned at the TM after a successful cycle: squat 295 lb, 85 % = 250.75 -> 255 lb.
  await page.getByRole("button", { name: "Cycle 2" }).click();
  await page.getByText(/If every rep is made until then: .*Squat 295 lb/).waitFor();
  assert.match(await week1Squat(page).locator("tbody tr.planned-set").nth(2).textContent(), /255 lb × 5\+/);
  // Stopped, it stays on screen, ready to start again (not "no longer here").
  await page.getByRole("button", { name: "Stop program" }).click();
  await page.getByRole("button", { name: "Start this program" }).waitFor();
  assert.match(await page.getByLabel("Program", { exact: true }).locator("option:checked").textContent(), /Boring But Big/);
  assert.equal(await page.getByText("no longer here").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the weeks fold: the next one is drawn, a tap opens another, printing draws them all", async () => {
  const { page, errors, context } = await env.phone();
  await useLb(page, errors);
  await bbbWithMaxes(page, TMS);
  const toggle = (name) => page.getByRole("button", { name, exact: true });
  const week = (name) => page.getByRole("region", { name });
  const weeks = ["Week 1 (5s)", "Week 2 (3s)", "Week 3 (5/3/1)", "Week 4 (deload)"];
  // Not started: the first week is open, the others folded and not drawn.
  await week1Squat(page).waitFor();
  assert.equal(await toggle(weeks[0]).getAttribute("aria-expanded"), "true");
  for (const name of weeks.slice(1)) {
    assert.equal(await toggle(name).getAttribute("aria-expanded"), "false", name);
    assert.equal(await week(name).getByRole("table").count(), 0, name);
  }
  await shot(page, "plan-folds-light");
  // A tap opens week 3 (its 95 % top set: squat TM 285 -> 270 lb), another folds week 1.
  await toggle(weeks[2]).click();
  const squat3 = week(weeks[2]).getByRole("table", { name: "Squat", exact: true });
  assert.match(await squat3.locator("tbody tr.planned-set").nth(2).textContent(), /95%/);
  await toggle(weeks[0]).click();
  assert.equal(await toggle(weeks[0]).getAttribute("aria-expanded"), "false");
  assert.equal(await week(weeks[0]).getByRole("table").count(), 0);
  // Print: every week is drawn by the time the browser prints. (Headless
  // Chromium has no print dialog; what print sees is recorded instead.)
  await page.evaluate(() => {
    window.print = () => {
      window.drawnAtPrint = [...document.querySelectorAll(".plan-week")].map((w) => w.querySelectorAll("table").length);
    };
  });
  await page.getByRole("button", { name: "Print" }).click();
  await page.waitForFunction(() => window.drawnAtPrint);
  const drawn = await page.evaluate(() => window.drawnAtPrint);
  assert.equal(drawn.length, 4);
  assert.ok(drawn.every((n) => n > 0), `tables per week at print: ${drawn}`);
  // After printing, the folds are as the lifter left them.
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await week(weeks[0]).getByRole("table").first().waitFor({ state: "detached" });
  assert.equal(await toggle(weeks[2]).getAttribute("aria-expanded"), "true");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a running program opens on the week he trains next, planned from what he logged", async () => {
  const { page, errors, context } = await env.phone();
  await startStartingStrength(page, env.origin);
  await page.getByText(/Running: cycle 1, next session Week 1/).waitFor();
  // Week 1 (A B A): each session logged in full, each proposal applied.
  for (let session = 1; session <= 3; session++) {
    await tab(page, "Log");
    await page.getByRole("button", { name: "Start today's session" }).click();
    const work = page.getByRole("checkbox", { name: /set \d+ done/ });
    const n = await work.count();
    for (let i = 0; i < n; i++) await work.nth(i).check();
    await page.getByRole("button", { name: "Finish session" }).click();
    const card = proposals(page);
    await card.getByRole("button", { name: "Apply" }).click();
    await card.waitFor({ state: "detached" });
  }
  await tab(page, "Program");
  await page.getByText(/next session Week 2 · Day 1/).waitFor();
  const toggle = (name) => page.getByRole("button", { name, exact: true });
  assert.equal(await toggle("Week 2").getAttribute("aria-expanded"), "true");
  assert.equal(await toggle("Week 1").getAttribute("aria-expanded"), "false");
  assert.equal(await page.getByRole("region", { name: "Week 1", exact: true }).getByRole("table").count(), 0);
  // Three squat sessions at 100, 102.5 and 105 kg: the next is 107.5 kg.
  const squat = page.getByRole("region", { name: "Week 2", exact: true }).getByRole("table", { name: "Squat", exact: true }).first();
  assert.match(await squat.locator("tbody tr.planned-set").first().textContent(), /107\.5 kg × 5/);
  await shot(page, "plan-next-week-light");
  assert.deepEqual(errors, []);
  await context.close();
});

test("starting another program over one with progress asks first", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/plan");
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("liftsheet") || "null");
    return doc;
  });
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "5/3/1 Boring But Big" });
  await page.getByRole("button", { name: "Start this program" }).click();
  await page.getByText(/Running: cycle 1/).waitFor();
  // No progress yet: switching needs no confirmation.
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "Starting Strength" });
  await page.getByRole("button", { name: "Start this program" }).click();
  await page.getByText(/Running: cycle 1/).waitFor();
  assert.match(await page.getByLabel("Program", { exact: true }).locator("option:checked").textContent(), /Running: Starting Strength/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("copy and edit saves a custom program", async () => {
  const { page, errors, context } = await env.phone();
  await useLb(page, errors);
  await bbbWithMaxes(page, TMS);
  await page.getByRole("button", { name: "Copy and edit" }).click();
  const name = page.getByLabel("Program name");
  assert.equal(await name.inputValue(), "My 5/3/1 Boring But Big");
  await name.fill("");
  await page.getByText("Give it a name.").waitFor();
  assert.ok(await page.getByRole("button", { name: "Save program" }).isDisabled());
  await name.fill("My BBB 60");
  // A bad percentage is explained next to its field and blocks saving.
  const bbbCard = page.getByRole("article", { name: "Press · Supplemental" });
  const pct = bbbCard.getByLabel("Percent");
  await pct.fill("abc");
  await bbbCard.getByText("Use 1 to 200 %.").waitFor();
  assert.ok(await page.getByRole("button", { name: "Save program" }).isDisabled());
  await pct.fill("60");
  await page.getByLabel("New barbell lift").fill("Front squat");
  await page.getByRole("button", { name: "Add lift", exact: true }).click();
  await page.getByRole("button", { name: "Remove Front squat" }).waitFor();
  await shot(page, "plan-editor-light");
  await page.getByRole("button", { name: "Save program" }).click();
  assert.match(await page.getByLabel("Program", { exact: true }).locator("option:checked").textContent(), /Yours: My BBB 60/);
  // Week 1 press day's 5×10 is now at 60 % of the 150 lb TM: 90 lb.
  const week = page.getByRole("region", { name: "Week 1 (5s)" });
  const bbb = week.getByRole("table", { name: "Press (supplemental)" });
  assert.match(await bbb.locator("tbody tr.planned-set").first().textContent(), /60%.*90 lb × 10/);
  await page.reload();
  // The Program screen's chunk comes after the shell: wait for its picker.
  await page.getByLabel("Program", { exact: true }).waitFor();
  const names = await page.getByLabel("Program", { exact: true }).locator("option").allTextContents();
  assert.ok(names.includes("Yours: My BBB 60"), names.join(", "));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a missing max is named, and the lifts that have one are planned (dark)", async () => {
  const { page, errors, context } = await env.phone({ colorScheme: "dark" });
  await useLb(page, errors);
  await bbbWithMaxes(page, { Press: 150, "Bench press": 225, Deadlift: 325 });
  await page.getByRole("status").filter({ hasText: "Enter a max above for Squat to plan it." }).waitFor();
  await page.getByRole("table", { name: "Deadlift", exact: true }).first().waitFor();
  assert.equal(await week1Squat(page).count(), 0, "no squat without its max");
  await shot(page, "plan-missing-dark");
  await page.getByLabel("Squat training max (lb)").fill("285");
  await week1Squat(page).waitFor();
  await shot(page, "plan-bbb-dark");
  await view(page, week1Squat(page), "plan-week1-dark");
  assert.deepEqual(errors, []);
  await context.close();
});
