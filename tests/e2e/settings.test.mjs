// Settings persist in the stored document across reloads, and the plate
// calculator uses them.
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

test("unit lb and a 45 lb bar survive a reload and drive the plates", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  assert.equal(await page.getByLabel("Unit").inputValue(), "kg");
  await page.getByLabel("Unit").selectOption("lb");
  await page.getByLabel("Bar", { exact: true }).selectOption("45lb");
  await page.getByLabel("Collars").selectOption("comp");
  await page.getByText("Empty bar with collars: 56.023 lb").waitFor();
  await page.getByLabel("Collars").selectOption("none");
  await shot(page, "settings-light");

  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  assert.equal(await page.getByLabel("Unit").inputValue(), "lb");
  assert.equal(await page.getByLabel("Bar", { exact: true }).inputValue(), "45lb");
  assert.equal(await page.getByLabel("Round to").inputValue(), "5 lb");

  await page.goto(`${env.origin}/#/calc`);
  await page.getByRole("group", { name: "Calculator sections" }).getByRole("button", { name: "Plates" }).click();
  await page.getByText("45 lb bar, no collars").waitFor();
  await page.getByLabel("Target weight (lb)").fill("225");
  // 225 - 45 = 180 = 2 x 90: 45 + 45 a side.
  await page.getByRole("img", { name: "Per side: 45, 45 lb" }).waitFor();
  assert.equal((await page.locator("output").textContent()).trim(), "225 lb");
  assert.deepEqual(errors, []);
  await context.close();
});

test("plate inventory: counts, add, remove, presets; TM percent and rounding", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  // Only one pair of 25s: 170 kg now needs 25 + 20 + 20 a side... at most.
  await page.getByLabel("25 kg plates", { exact: true }).fill("2");
  await page.getByLabel("Plate weight").fill("2");
  await page.getByRole("button", { name: "Add plate" }).click();
  await page.getByLabel("2 kg plates", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Remove 0.25 kg plates" }).click();
  assert.equal(await page.getByLabel("0.25 kg plates", { exact: true }).count(), 0);
  await page.getByLabel("25 kg plates", { exact: true }).fill("x");
  await page.getByText("Enter a whole number from 0 to 99.").waitFor();
  await page.getByLabel("25 kg plates", { exact: true }).fill("2");
  await page.getByLabel("Default training max").fill("85");
  await page.getByLabel("Rounding", { exact: true }).selectOption("up");

  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  assert.equal(await page.getByLabel("25 kg plates", { exact: true }).inputValue(), "2");
  assert.equal(await page.getByLabel("2 kg plates", { exact: true }).inputValue(), "2");
  assert.equal(await page.getByLabel("Default training max").inputValue(), "85");
  assert.equal(await page.getByLabel("Rounding", { exact: true }).inputValue(), "up");

  await page.goto(`${env.origin}/#/calc`);
  await page.getByRole("group", { name: "Calculator sections" }).getByRole("button", { name: "Plates" }).click();
  await page.getByLabel("Target weight").fill("160");
  // 70 a side with one 25 a side: 25 + 20 + 20 + 5.
  await page.getByText("25/20/20/5", { exact: true }).waitFor();
  // The TM card starts at the saved 85 %, rounded up to 2.5 kg: 100 x 1 -> 85.
  await page.getByRole("group", { name: "Calculator sections" }).getByRole("button", { name: "1RM & TM" }).click();
  assert.equal(await page.getByRole("button", { name: "85 %" }).getAttribute("aria-pressed"), "true");
  await page.getByLabel("Training max from").selectOption("tested");
  await page.getByLabel("Tested 1RM").fill("101");
  // 85.85 rounded up to 2.5 -> 87.5
  const tm = page.locator(".card", { hasText: "Training max" }).locator("output");
  assert.equal((await tm.textContent()).trim(), "87.5 kg");

  await page.goto(`${env.origin}/#/settings`);
  await page.getByRole("button", { name: "Standard kg plates" }).click();
  assert.equal(await page.getByLabel("25 kg plates", { exact: true }).inputValue(), "4");
  assert.equal(await page.getByLabel("2 kg plates", { exact: true }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("settings in dark mode", async () => {
  const { page, errors, context } = await env.phone({ colorScheme: "dark" });
  await open(page, env.origin, "#/settings");
  await page.getByLabel("Bar", { exact: true }).selectOption("custom");
  await page.getByLabel("Bar weight").fill("-3");
  await page.getByText("A weight can't be negative.").waitFor();
  await shot(page, "settings-dark");
  assert.deepEqual(errors, []);
  await context.close();
});
