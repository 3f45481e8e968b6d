// The exercise picker on the Log: search the library ("block" finds Block
// pull, "rdl" its alias), add a picked exercise to the session, add one of
// the lifter's own (it is then found by search and kept over a reload), and
// a name the library has already is refused with a plain message.
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

for (const colorScheme of ["light", "dark"]) {
  test(`picks library and own exercises on the Log (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await open(page, env.origin, "#/log");
    await page.getByRole("button", { name: "Start an empty session" }).click();
    const form = page.getByRole("form", { name: "Add an exercise" });
    await form.getByLabel("Exercise", { exact: true }).selectOption({ label: "Other exercise…" });
    const search = form.getByLabel("Search exercises");
    assert.equal(await search.getAttribute("type"), "search");

    await search.fill("block");
    const results = form.getByRole("list", { name: "Exercises found" });
    const first = results.getByRole("button").first();
    assert.equal(await first.getAttribute("aria-label"), "Block pull, barbell");
    // Rows are big enough for a thumb.
    const box = await first.boundingBox();
    assert.ok(box.height >= 44, `row ${box.height}px high`);
    assert.ok(box.width >= 300, `row ${box.width}px wide`);
    await shot(page, `exercise-picker-${colorScheme}`);
    await first.click();
    await page.getByRole("region", { name: "Block pull" }).waitFor();
    assert.equal(await search.inputValue(), "");

    // Another app's short name finds the library's entry.
    await search.fill("rdl");
    assert.equal(await results.getByRole("button").first().getAttribute("aria-label"), "Romanian deadlift, barbell");
    // ... and can't be added again as the lifter's own.
    await form.getByRole("button", { name: "Add “rdl” as your own exercise" }).click();
    await form.getByText("The library has this one already: pick “Romanian deadlift”.").waitFor();

    // An exercise of the lifter's own, with its kind.
    await search.fill("Sled push");
    await form.getByText("Nothing in the library matches “Sled push”.").waitFor();
    await form.getByLabel("Kind of exercise").selectOption({ label: "Machine or cable" });
    await form.getByRole("button", { name: "Add “Sled push” as your own exercise" }).click();
    await page.getByRole("region", { name: "Sled push" }).waitFor();

    // Kept over a reload, and found by search among the library's.
    await page.reload();
    await page.getByRole("region", { name: "Sled push" }).waitFor();
    await form.getByLabel("Exercise", { exact: true }).selectOption({ label: "Other exercise…" });
    await search.fill("SLED");
    assert.equal(
      await results.getByRole("button").first().getAttribute("aria-label"),
      "Sled push, machine or cable, yours",
    );
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("liftsheet")));
    assert.deepEqual(stored.exercises, [
      { id: "sled-push", name: "Sled push", load: "fixed", implement: "machine" },
    ]);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
