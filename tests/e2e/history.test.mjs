// Correcting history like a lifter: a finished session's set is fixed from
// History (records follow), a bad number is explained and not saved, and a
// session can be deleted after a confirm.
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

/** Logs and finishes a Squat session of 100 × 5 and 105 × 5, both done. */
async function logSquats(page) {
  await open(page, env.origin, "#/log");
  await page.getByRole("button", { name: "Start an empty session" }).click();
  await page.getByLabel("Exercise", { exact: true }).selectOption("squat");
  await page.getByRole("button", { name: "Add exercise" }).click();
  const add = page.getByRole("button", { name: "Add a set to Squat" });
  await add.click();
  await page.getByLabel("Squat set 1 Weight (kg)").fill("100");
  await page.getByLabel("Squat set 1 Reps").fill("5");
  await add.click();
  await page.getByLabel("Squat set 2 Weight (kg)").fill("105");
  await page.getByRole("checkbox", { name: "Squat set 1 done" }).check();
  await page.getByRole("checkbox", { name: "Squat set 2 done" }).check();
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("heading", { name: "Session saved" }).waitFor();
}

for (const colorScheme of ["light", "dark"]) {
  test(`a logged set is corrected from History and the records follow (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await logSquats(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
    const best = page.locator(".records .big");
    await best.waitFor();
    assert.match(await best.textContent(), /^122\.5 kg$/);

    await page.getByRole("button", { name: /^Edit \d{4}-\d\d-\d\d Session$/ }).click();
    const editor = page.getByRole("article", { name: /^Editing / });
    await editor.waitFor();
    const reps = editor.getByLabel("Squat set 2 Reps");
    assert.equal(await reps.inputValue(), "5");
    // A slip is explained next to the field and not saved.
    await reps.fill("8x");
    await editor.getByText("Reps are a whole number.").waitFor();
    assert.match(await best.textContent(), /^122\.5 kg$/);
    // Done does not close over it: the card would show a number that isn't kept.
    await editor.getByRole("button", { name: "Done" }).click();
    await editor.getByRole("alert").getByText("A field above is marked in red").waitFor();
    assert.equal(await reps.inputValue(), "8x");
    await shot(page, `history-edit-${colorScheme}`);
    await reps.fill("8");
    // 105 kg × 8: the best e1RM and the rep records update as typed.
    await page.waitForFunction(() => document.querySelector(".records .big")?.textContent === "133 kg");
    await page.getByRole("table").getByRole("row", { name: /^8 105 kg/ }).waitFor();
    await editor.getByRole("button", { name: "Done" }).click();
    const session = page.getByRole("article", { name: /Session$/ });
    assert.match(await session.textContent(), /100 kg × 5.*105 kg × 8/);

    // Kept through a reload.
    await page.reload();
    await page.getByRole("heading", { name: "Records" }).waitFor();
    assert.match(await page.getByRole("article").textContent(), /105 kg × 8/);
    assert.equal(await page.locator(".records .big").textContent(), "133 kg");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a session is deleted from History only after a confirm", async () => {
  const { page, errors, context } = await env.phone();
  await logSquats(page);
  await page.getByRole("link", { name: "See it in History" }).click();
  await page.getByRole("button", { name: /^Edit .* Session$/ }).click();
  const editor = page.getByRole("article", { name: /^Editing / });
  await editor.getByRole("button", { name: "Delete session" }).click();
  await editor.getByRole("button", { name: "Keep it" }).click();
  assert.equal(await page.getByRole("article").count(), 1);
  await editor.getByRole("button", { name: "Delete session" }).click();
  await editor.getByRole("button", { name: "Yes, delete this session" }).click();
  await page.getByRole("heading", { name: "No sessions yet" }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: "No sessions yet" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
