// The calculator tab driven like a lifter on a phone: an e1RM and training max
// from a set, plates for a target, a warm-up ladder; light and dark screenshots.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const section = (page, name) =>
  page.getByRole("group", { name: "Calculator sections" }).getByRole("button", { name });

// The eight formulas at r reps (factor of the weight), written out by hand.
function factors(r) {
  return [
    1 + r / 30, // Epley
    36 / (37 - r), // Brzycki
    r ** 0.1, // Lombardi
    100 / (52.2 + 41.9 * Math.exp(-0.055 * r)), // Mayhew
    1 + 0.025 * r, // O'Conner
    100 / (48.8 + 53.8 * Math.exp(-0.075 * r)), // Wathan
    100 / (101.3 - 2.67123 * r), // Lander
    r * 0.0333 + 1, // Wendler
  ];
}
const nearest = (x, step) => Math.round(x / step) * step;
const kg = (x) => `${Number(x.toFixed(3))} kg`;

test("e1RM of 100 kg x 5 by every formula, and a rounded training max", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/calc");
  assert.equal(await section(page, "1RM & TM").getAttribute("aria-pressed"), "true");
  await page.getByLabel("Weight lifted").fill("100");
  await page.getByLabel("Reps", { exact: true }).fill("5");

  // Epley: 100 x (1 + 5/30) = 116.67 -> shown to a tenth.
  const epley = 100 * (1 + 5 / 30);
  const epleyRow = page.getByRole("row", { name: /Epley/ });
  assert.equal((await epleyRow.getByRole("cell").textContent()).trim(), kg(Math.round(epley * 10) / 10));
  assert.equal((await epleyRow.getByRole("cell").textContent()).trim(), "116.7 kg");

  const mean = (100 * factors(5).reduce((a, b) => a + b)) / 8;
  const meanRow = page.getByRole("row", { name: /Mean/ });
  assert.equal((await meanRow.getByRole("cell").textContent()).trim(), kg(Math.round(mean * 10) / 10));

  // TM at 90 % (default) rounded to the nearest 2.5 kg.
  const tmOut = page.locator(".card", { hasText: "Training max" }).locator("output");
  assert.equal((await tmOut.textContent()).trim(), kg(nearest(mean * 0.9, 2.5)));
  assert.equal((await tmOut.textContent()).trim(), "105 kg");
  await page.getByRole("button", { name: "85 %" }).click();
  assert.equal((await tmOut.textContent()).trim(), kg(nearest(mean * 0.85, 2.5)));
  // A custom percent outside 50-100 is explained next to its field.
  await page.getByRole("button", { name: "Custom" }).click();
  await page.getByLabel("Percent of 1RM").fill("40");
  await page.getByText("Use a whole percent from 50 to 100.").waitFor();
  await page.getByLabel("Percent of 1RM").fill("80");
  assert.equal((await tmOut.textContent()).trim(), kg(nearest(mean * 0.8, 2.5)));

  // High reps warn next to the reps field; zero reps is an error there.
  await page.getByLabel("Reps", { exact: true }).fill("12");
  await page.getByText("Estimates above 10 reps are rough").waitFor();
  await page.getByLabel("Reps", { exact: true }).fill("0");
  await page.getByText("Enter at least one rep.").waitFor();
  await page.getByLabel("Reps", { exact: true }).fill("5");

  // Saved as the squat training max (what 5/3/1 programs run on): the training
  // max shown, at 80 % here, is listed and survives a reload.
  const tm80 = kg(nearest(mean * 0.8, 2.5));
  await page.getByRole("button", { name: /as squat training max$/ }).click();
  const saved = page.locator(".saved-maxes").getByRole("row", { name: /Squat/ });
  await saved.waitFor();
  assert.match(await saved.textContent(), new RegExp(tm80.replace(".", "\\.")));
  await page.getByLabel("Lift", { exact: true }).selectOption("bench");
  await page.getByRole("button", { name: /as bench press training max$/ }).click();
  await page.getByText(`Saved ${tm80} as your bench press training max`).waitFor();
  await page.locator(".saved-maxes").getByRole("row", { name: /Bench press/ }).waitFor();
  await shot(page, "calc-1rm-light");
  await page.reload();
  await page.locator(".saved-maxes").getByRole("row", { name: /Squat/ }).waitFor();

  // RPE: 100 kg x 5 @ 8 is 81.1 % of 1RM on the RTS chart -> 123.3 kg.
  await page.getByLabel("Weight lifted").fill("100");
  await page.getByLabel("Reps", { exact: true }).fill("5");
  await page.getByLabel("Effort").selectOption("rpe");
  await page.getByLabel("RPE", { exact: true }).fill("8");
  const best = page.locator(".card", { hasText: "Estimated 1RM" }).locator("output").first();
  assert.equal((await best.textContent()).trim(), kg(Math.round((100 / 0.811) * 10) / 10));
  await page.getByLabel("RPE", { exact: true }).fill("5");
  await page.getByText("The RPE chart starts at RPE 6.").waitFor();

  // The Program tab runs 5/3/1 on the saved training max as it is.
  await open(page, env.origin, "#/plan");
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "5/3/1 Boring But Big" });
  const squatTm = page.getByLabel("Squat training max (kg)", { exact: true });
  assert.equal(`${await squatTm.inputValue()} kg`, tm80);
  assert.deepEqual(errors, []);
  await context.close();
});

test("plates for 142.5 kg on the default kg setup", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/calc");
  await section(page, "Plates").click();
  // The section is in the URL: a reload (or a link) opens it again.
  await page.waitForURL(/#\/calc\/plates$/);
  await page.reload();
  await page.getByLabel("Target weight").waitFor();
  assert.equal(await section(page, "Plates").getAttribute("aria-pressed"), "true");
  await page.getByLabel("Target weight").fill("142.5");
  // 142.5 - 20 kg bar = 122.5 = 2 x 61.25: 25 + 25 + 10 + 1.25 a side.
  await page.getByText("25/25/10/1.25", { exact: true }).waitFor();
  const img = page.getByRole("img", { name: "Per side: 25, 25, 10, 1.25 kg" });
  await img.waitFor();
  assert.equal(await img.locator("rect.plate").count(), 4);
  assert.equal((await page.locator("output").textContent()).trim(), "142.5 kg");
  await page.getByText("Exactly on target").waitFor();
  await shot(page, "calc-plates-light");

  // Not loadable exactly: 100.2 kg -> 100 kg at or below, 100.5 at or above.
  await page.getByLabel("Target weight").fill("100.2");
  await page.getByText("0.2 kg under target").waitFor();
  await page.getByLabel("If not exact, load").selectOption("above");
  await page.getByText("0.3 kg over target").waitFor();
  assert.equal((await page.locator("output").textContent()).trim(), "100.5 kg");

  // Lighter than the bar: said plainly.
  await page.getByLabel("Target weight").fill("15");
  await page.getByText("Cannot load 15 kg. That's lighter than the empty bar (20 kg).").waitFor();
  await page.getByLabel("Target weight").fill("abc");
  await page.getByText("That is not a number.").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("Starting Strength warm-up for 140 kg climbs strictly below the work weight", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/calc");
  await section(page, "Warm-up").click();
  await page.getByLabel("Work weight").fill("140");
  assert.equal(await page.getByLabel("Scheme").inputValue(), "ss");
  const steps = page.getByRole("list", { name: "Warm-up sets" }).getByRole("listitem");
  await steps.first().waitFor();
  const lines = await steps.locator("strong").allTextContents();
  assert.match(lines.at(-1), /^Work: 140 kg$/);
  const weights = lines.slice(0, -1).map((l) => Number(l.match(/^([\d.]+) kg/)[1]));
  assert.ok(weights.length >= 3, `ladder ${lines}`);
  assert.equal(weights[0], 20, "starts with the empty bar");
  assert.match(lines[0], /× 5 × 2 sets/);
  for (let i = 1; i < weights.length; i++) assert.ok(weights[i] > weights[i - 1], `increasing: ${weights}`);
  assert.ok(weights.every((w) => w < 140), `below 140: ${weights}`);
  // Every step shows its plates as a drawing with an accessible name.
  assert.equal(await page.getByRole("img", { name: /^(Per side|Empty bar)/ }).count(), lines.length);
  await shot(page, "calc-warmup-light");

  // A custom list, with a bad entry explained next to the field.
  await page.getByLabel("Scheme").selectOption("custom");
  await page.getByLabel("Warm-up sets").fill("20x5, 60x3, 100");
  await page.getByText('"100" is not weight x reps').waitFor();
  await page.getByLabel("Warm-up sets").fill("20x5, 60x3, 100x2");
  const custom = await steps.locator("strong").allTextContents();
  assert.deepEqual(custom, ["20 kg × 5", "60 kg × 3", "100 kg × 2", "Work: 140 kg"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("dark mode screenshots of each section", async () => {
  const { page, errors, context } = await env.phone({ colorScheme: "dark" });
  await open(page, env.origin, "#/calc");
  await page.getByLabel("Weight lifted").fill("100");
  await page.getByLabel("Reps", { exact: true }).fill("5");
  await shot(page, "calc-1rm-dark");
  await section(page, "Plates").click();
  await page.getByLabel("Target weight").fill("187.5");
  await page.getByRole("img", { name: /Per side/ }).waitFor();
  await shot(page, "calc-plates-dark");
  await section(page, "Warm-up").click();
  await page.getByLabel("Work weight").fill("140");
  await page.getByLabel("Only add plates").check();
  await page.getByRole("list", { name: "Warm-up sets" }).waitFor();
  await shot(page, "calc-warmup-dark");
  assert.deepEqual(errors, []);
  await context.close();
});
