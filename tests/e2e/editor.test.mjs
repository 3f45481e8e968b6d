// The program editor at 390x844, by labels and roles: copy the "5s, then 3s,
// then singles" block, keep only the deadlift, remove the empty day, add two
// fixed-weight accessories and a plank hold, save, and find the program in
// the picker asking for the deadlift only. Screenshots of the editor in light
// and dark go to target/screenshots/ for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, SHOTS } from "./harness.mjs";
import { addFixedAccessories } from "./story-steps.mjs";
import { join } from "node:path";
import { mkdirSync } from "node:fs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** A viewport-sized screenshot with `locator` at the top. */
async function view(page, locator, name) {
  mkdirSync(SHOTS, { recursive: true });
  await locator.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.evaluate(() => window.scrollBy(0, -70));
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Both colour schemes of the same view. */
async function lightAndDark(page, locator, name) {
  await page.emulateMedia({ colorScheme: "light" });
  await view(page, locator, `${name}-light`);
  await page.emulateMedia({ colorScheme: "dark" });
  await view(page, locator, `${name}-dark`);
  await page.emulateMedia({ colorScheme: "light" });
}

test("the 5s block for the deadlift alone, once a week, with accessories", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  await page.getByLabel("Unit", { exact: true }).selectOption("lb");
  errors.length = 0;
  await open(page, env.origin, "#/plan");
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "5s, then 3s, then singles" });
  await page.getByRole("button", { name: "Copy and edit" }).click();
  const editor = page.getByRole("region", { name: "Edit your copy" });
  await editor.waitFor();
  assert.equal(await page.getByLabel("Program name").inputValue(), "My 5s, then 3s, then singles");

  // Only the deadlift stays.
  for (const lift of ["Squat", "Bench press", "Press"]) {
    await editor.getByRole("button", { name: `Remove ${lift}`, exact: true }).click();
    await editor.getByRole("button", { name: `Remove ${lift}`, exact: true }).waitFor({ state: "detached" });
  }
  // Day 1 is empty now: it says so, and goes.
  await editor.getByText("Nothing on this day yet").waitFor();
  await editor.getByRole("button", { name: "Remove this day" }).click();
  const day = editor.getByLabel("Day", { exact: true });
  await assert.doesNotReject(async () => {
    for (let i = 0; i < 50 && (await day.locator("option").count()) !== 1; i++) await page.waitForTimeout(20);
  });
  // The day that is left is renumbered: sessions read "Week 3 · Day 1".
  assert.deepEqual(await day.locator("option").allTextContents(), ["Day 1"]);
  await editor.getByRole("article", { name: /^Deadlift/ }).waitFor();

  // Two accessories at a fixed weight, then a plank held for 45 s.
  const form = await addFixedAccessories(editor);
  // A bad entry is explained next to its field, and nothing is added.
  await form.getByLabel("Search exercises").fill("Plank");
  await form.getByRole("button", { name: "Plank, timed hold", exact: true }).click();
  await form.getByLabel("Loaded with").selectOption({ label: "Bodyweight" });
  await form.getByLabel("Reps or hold").selectOption({ label: "Timed hold" });
  await form.getByLabel("Seconds").fill("0");
  await form.getByRole("button", { name: "Add accessory" }).click();
  await form.getByText("Seconds: a whole number from 1 to 600.").waitFor();
  await form.getByLabel("Seconds").fill("45");
  await form.getByLabel("Sets", { exact: true }).fill("3");
  await form.getByRole("button", { name: "Add accessory" }).click();
  const plank = editor.getByRole("article", { name: /^Plank/ });
  await plank.waitFor();
  assert.equal(await plank.getByLabel("Seconds").inputValue(), "45");

  // The deadlift's stages are edited here, not in a share link's JSON.
  const deadlift = editor.getByRole("article", { name: /^Deadlift/ });
  assert.deepEqual(
    await deadlift.getByLabel("Stage name").evaluateAll((els) => els.map((e) => e.value)),
    ["5s", "3s", "Singles"],
  );
  await lightAndDark(page, deadlift, "editor-stages");
  const hyper = editor.getByRole("article", { name: /^Leg curl/ });
  await lightAndDark(page, hyper, "editor-accessories");
  await lightAndDark(page, editor.getByRole("region", { name: "Weeks and days" }), "editor-weeks-days");
  await lightAndDark(page, editor.getByRole("region", { name: "Lifts" }), "editor-lifts");

  // The hyperextension climbs by double progression, +5 lb at the top of its reps.
  await editor.getByLabel("Leg curl: progression").selectOption({ label: "Double progression: reps to the top, then weight" });
  assert.equal(await editor.getByLabel("Leg curl: add per success (lb)").inputValue(), "5");
  // The increase per success typed in kg is shown as the lb step it becomes.
  await editor.getByLabel("Deadlift: typed in").selectOption("kg");
  await editor.getByLabel("Deadlift: add per success (kg)").fill("5");
  await editor.getByText("5 kg → 10 lb in your plans").waitFor();

  await page.getByRole("button", { name: "Save program" }).click();
  const picker = page.getByLabel("Program", { exact: true });
  assert.match(await picker.locator("option:checked").textContent(), /Yours: My 5s, then 3s, then singles/);
  // It asks for the deadlift's working weight; the hyperextension, on double
  // progression, shows its own (optional, from its written weight).
  const maxes = page.getByRole("region", { name: "What it runs on" });
  assert.deepEqual(await maxes.getByRole("textbox").count(), 2);
  assert.equal(await maxes.getByLabel("Leg curl working weight (lb)").inputValue(), "30");
  await maxes.getByLabel("Deadlift working weight (lb)").fill("270");
  const week = page.getByRole("region", { name: "Week", exact: true });
  await week.getByText("Leg curl").first().waitFor();
  const plan = await page.locator("section.screen.plan").textContent();
  assert.match(plan, /30 lb × 10/);
  assert.match(plan, /95 lb × 8/);
  assert.match(plan, /45 s/);
  assert.doesNotMatch(plan, /Enter a max for/);
  await lightAndDark(page, maxes, "editor-saved-plan");
  assert.deepEqual(errors, []);
  await context.close();
});
