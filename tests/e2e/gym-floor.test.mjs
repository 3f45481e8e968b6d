// The gym floor, at 390x844 in lb, as a lifter uses the Log between sets:
// - a deadlift day with warm-ups and four accessories (23 sets) in at most
//   three screens, each set one row of at most 64 px with its check, weight,
//   reps and RPE, the last time's numbers in small print, and the next set
//   to do marked;
// - warm-ups folded into one line, and back;
// - the plates each set adds to the last ("+5 a side");
// - kettlebells as he owns them: a 53 lb bell he doesn't have is said and
//   added in one tap, a 24 kg one in an lb gym kept in kg;
// - his StrongLifts export in lb, with 12-hour times, imported;
// - no PR on a first session: it sets the baseline.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, open, shot, ROOT } from "./harness.mjs";
import { addAccessories, addFixedAccessories, checkAllAndFinish, copyAsDeadliftAlone, csvInput, logSquat, tab } from "./story-steps.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** The deadlift alone, once a week, with four fixed-weight accessories
 * (leg curls, good mornings, rows, pulldowns), started at 265 lb. */
async function startDeadliftDay(page) {
  await open(page, env.origin, "#/settings");
  await page.getByLabel("Unit", { exact: true }).selectOption("lb");
  await tab(page, "Program");
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "5s, then 3s, then singles" });
  const editor = await copyAsDeadliftAlone(page, "Deadlift day");
  await addFixedAccessories(editor);
  await addAccessories(editor, [
    ["Barbell row", "5", "5", "135"],
    ["Lat pulldown", "4", "10", "120"],
  ]);
  await page.getByRole("button", { name: "Save program" }).click();
  await page.getByLabel("Deadlift working weight (lb)", { exact: true }).fill("265");
  await page.getByRole("button", { name: "Start this program" }).click();
  await page.getByText("Running: next session Week 1 · Day 1.").waitFor();
  await tab(page, "Log");
  await page.getByRole("button", { name: "Start today's session" }).click();
}

/** Each set row's height in px, in page order. */
async function rowHeights(page) {
  const boxes = page.getByRole("checkbox", { name: / done$/ });
  return boxes.evaluateAll((els) => els.map((el) => el.closest("li").getBoundingClientRect().height));
}

for (const colorScheme of ["light", "dark"]) {
  test(`a 23-set deadlift day in three screens, one row a set (${colorScheme})`, async () => {
    const { page, errors } = await env.phone({ colorScheme });
    await startDeadliftDay(page);
    const boxes = page.getByRole("checkbox", { name: / done$/ });
    assert.equal(await boxes.count(), 23, "warm-ups, five deadlift sets and four accessories");

    const heights = await rowHeights(page);
    const tall = Math.max(...heights);
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`# Log, 23-set session: page ${pageHeight} px, set rows ${Math.min(...heights)}-${tall} px`);
    await shot(page, `gym-floor-log-${colorScheme}`);
    await shot(page, `gym-floor-log-screen-${colorScheme}`, { fullPage: false });
    assert.ok(tall <= 64, `every set row at most 64 px high: ${tall}`);
    assert.ok(pageHeight <= 3 * 844, `the session in three screens: ${pageHeight} px`);
    // Nothing wider than the phone: the small print ends in "…", never
    // pushes the page sideways.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `no sideways scrolling: ${wide} px wide`);

    // The next set to do is marked; ticking it moves the mark on and starts
    // the rest timer.
    const next = page.locator("li[aria-current=step]");
    assert.equal(await next.count(), 1);
    await next.getByRole("checkbox", { name: "Deadlift warm-up 1 done" }).check();
    await next.getByRole("checkbox", { name: "Deadlift warm-up 2 done" }).waitFor();
    await page.getByRole("timer").waitFor();
    await shot(page, `gym-floor-log-next-${colorScheme}`, { fullPage: false });

    assert.deepEqual(errors, []);
  });
}

test("warm-ups fold into one line, and a set's plates say what they add", async () => {
  const { page, errors } = await env.phone();
  await startDeadliftDay(page);
  const deadlift = page.getByRole("region", { name: "Deadlift" });
  const warmups = await deadlift.getByRole("checkbox", { name: /warm-up \d+ done$/ }).count();
  assert.ok(warmups >= 3, `a warm-up ladder: ${warmups}`);

  await deadlift.getByRole("button", { name: "Hide warm-ups" }).click();
  assert.equal(await deadlift.getByRole("checkbox", { name: /warm-up \d+ done$/ }).count(), 0);
  // The folded line still says what the ladder is.
  await deadlift.getByText(new RegExp(`${warmups} warm-ups: 45 × `)).waitFor();
  await deadlift.getByRole("button", { name: "Show warm-ups" }).click();
  assert.equal(await deadlift.getByRole("checkbox", { name: /warm-up \d+ done$/ }).count(), warmups);

  // The first work set's plates, and what they add to the last warm-up.
  await deadlift.getByRole("button", { name: "More for Deadlift set 1" }).click();
  await deadlift.getByText(/Per side: .*45/).first().waitFor();
  await deadlift.getByText(/a side$/).first().waitFor();

  await checkAllAndFinish(page);
  await page.getByRole("heading", { name: "Session saved" }).waitFor();
  assert.deepEqual(errors, []);
});

test("each set shows the same set last time", async () => {
  const { page, errors } = await env.phone();
  await open(page, env.origin, "#/log");
  await logSquat(page, 100);
  await tab(page, "Log");
  await page.getByRole("button", { name: "Start an empty session" }).click();
  await page.getByLabel("Exercise", { exact: true }).selectOption("squat");
  await page.getByRole("button", { name: "Add exercise" }).click();
  const squat = page.getByRole("region", { name: "Squat" });
  await squat.getByRole("button", { name: "Add a set to Squat" }).click();
  await squat.getByRole("button", { name: "Add a set to Squat" }).click();
  // Set 1 pairs with last time's set 1; set 2 had no partner.
  assert.deepEqual(await squat.locator(".last-time").allTextContents(), ["last 100 kg × 5"]);
  await squat.getByRole("button", { name: "More for Squat set 1" }).click();
  await squat.getByText("Last time: 100 kg × 5", { exact: true }).waitFor();
  // A long note shows under the set, cut short, and never widens the page.
  await squat.getByLabel("Squat set 1 Note").fill("Grip slipped on rep 4, chalk next time and a hook grip on the top set");
  await squat.getByRole("button", { name: "More for Squat set 1" }).click();
  await squat.getByText(/^Grip slipped on rep 4/).waitFor();
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, "no sideways scrolling");
  assert.deepEqual(errors, []);
});

for (const colorScheme of ["light", "dark"]) {
  test(`kettlebells as he owns them: 53 lb added in one tap, 24 kg kept in kg (${colorScheme})`, async () => {
    const { page, errors } = await env.phone({ colorScheme });
    await open(page, env.origin, "#/settings");
    await page.getByLabel("Unit", { exact: true }).selectOption("lb");
    await tab(page, "Program");
    await page.getByLabel("Program", { exact: true }).selectOption({ label: "5s, then 3s, then singles" });
    const editor = await copyAsDeadliftAlone(page, "Deadlift and bells");
    const form = editor.getByRole("group", { name: "Add an accessory" });
    await form.getByLabel("Search exercises").fill("Kettlebell swing");
    await form.getByRole("button", { name: /^Kettlebell swing, / }).click();
    await form.getByLabel("Reps", { exact: true }).fill("15");

    // 53 lb isn't in the kettlebells he has: said next to the field.
    await form.getByLabel("Weight (lb)").fill("53");
    const weight = form.getByLabel("Weight (lb)");
    const note = form.getByText("53 lb: your kettlebells are 50 and 60 lb.");
    await note.waitFor();
    assert.equal(await weight.getAttribute("aria-describedby"), await note.getAttribute("id"));
    await shot(page, `gym-floor-kettlebell-${colorScheme}`, { fullPage: false });
    await form.getByRole("button", { name: "Add 53 lb to your kettlebells" }).click();
    await note.waitFor({ state: "detached" });
    await form.getByRole("button", { name: "Add accessory" }).click();
    const swing = editor.getByRole("article", { name: /^Kettlebell swing/ });
    await swing.waitFor();

    // A 24 kg bell in an lb gym, typed with its unit: kept in kg. (Each
    // exercise has its own equipment: the goblet squat's bells are still
    // the default set.)
    await form.getByLabel("Search exercises").fill("Goblet squat");
    await form.getByRole("button", { name: /^Goblet squat, / }).click();
    await form.getByLabel("Weight (lb)").fill("24 kg");
    await form.getByText("24 kg: your kettlebells are 50 and 60 lb.").waitFor();
    await form.getByRole("button", { name: "Add 24 kg to your kettlebells" }).click();
    // Picked from the unit list instead, it reads the same.
    await form.getByLabel("In", { exact: true }).selectOption("kg");
    await form.getByLabel("Weight (kg)").fill("24");
    await form.getByRole("button", { name: "Add accessory" }).click();
    await editor.getByRole("article", { name: /^Goblet squat/ }).waitFor();
    await page.getByRole("button", { name: "Save program" }).click();

    // Planned as written: 53 lb and 24 kg, neither replaced.
    await page.getByLabel("Deadlift working weight (lb)", { exact: true }).fill("265");
    await page.getByRole("button", { name: "Start this program" }).click();
    await tab(page, "Log");
    await page.getByRole("button", { name: "Start today's session" }).click();
    assert.equal(await page.getByLabel("Kettlebell swing set 1 Weight (lb)").inputValue(), "53");
    assert.equal(await page.getByLabel("Goblet squat set 1 Weight (kg)").inputValue(), "24");
    assert.deepEqual(errors, []);
  });
}

test("a lifter's StrongLifts file in lb with 12-hour times comes in, and his first session here flags no PR", async () => {
  const { page, errors } = await env.phone();
  await open(page, env.origin, "#/settings");
  await page.getByLabel("Unit", { exact: true }).selectOption("lb");
  const file = join(ROOT, "crates", "domain", "tests", "fixtures", "import", "stronglifts_lb_12h.csv");
  await csvInput(page).setInputFiles(file);
  const preview = page.getByRole("region", { name: "Import preview" });
  await preview.getByText(/StrongLifts export: \d+ new sessions? to add/).waitFor();
  await preview.getByRole("button", { name: /^Import \d+ sessions?$/ }).click();
  await page.getByText(/^Imported \d+ sessions? \(\d+ sets?\) from StrongLifts\.$/).waitFor();
  await tab(page, "History");
  // 135 lb squats, as he lifted them: pounds, not a kg conversion.
  await page.getByText(/135 lb × 5/).first().waitFor();

  // A new lifter's first session here: every set is a baseline, none a PR.
  const { page: fresh } = await env.phone();
  await open(fresh, env.origin, "#/log");
  await logSquat(fresh, 100);
  const saved = fresh.getByRole("status").filter({ hasText: "sets" });
  assert.doesNotMatch(await saved.first().textContent(), /PR/);
  await tab(fresh, "History");
  await fresh.getByRole("article").first().waitFor();
  assert.equal(await fresh.getByRole("article").first().getByText("PR", { exact: true }).count(), 0);
  assert.deepEqual(errors, []);
});

for (const colorScheme of ["light", "dark"]) {
  test(`the calculator's plates for a list of sets build on the last (${colorScheme})`, async () => {
    const { page, errors } = await env.phone({ colorScheme });
    await open(page, env.origin, "#/settings");
    await page.getByLabel("Unit", { exact: true }).selectOption("lb");
    await tab(page, "Calculate");
    await page.getByRole("button", { name: "Plates", exact: true }).click();
    await page.getByRole("link", { name: "Plates for a list of sets" }).click();
    const weights = page.getByLabel("Weights, in order (lb)");
    await weights.fill("135, 225, 315, 335, 345, 345");
    const sets = page.getByRole("list", { name: "Plates, set by set" }).getByRole("listitem");
    assert.equal(await sets.count(), 6);
    // 335 is three 45s and a 10 a side; 345 adds a 5 rather than rebuilding.
    assert.match(await sets.nth(3).textContent(), /Per side: 3x45\/10(?!\/)/);
    assert.match(await sets.nth(4).textContent(), /\+5 a side.*Per side: 3x45\/10\/5/);
    assert.match(await sets.nth(5).textContent(), /same plates/);
    await shot(page, `gym-floor-plate-path-${colorScheme}`, { fullPage: false });
    // A word that isn't a weight is named next to the field.
    await weights.fill("135, heavy");
    await page.getByText('"heavy": That is not a number.').waitFor();
    assert.deepEqual(errors, []);
  });
}
