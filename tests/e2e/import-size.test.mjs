// Imports that fit (issue 28): an export too big for what this browser keeps
// for Liftsheet is refused in its preview, with the figure and what to do,
// before anything is applied; a file of one endless line is refused as no
// export. Files are made here, never committed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot } from "./harness.mjs";
import { csvInput, stored } from "./story-steps.mjs";
import { strongExport } from "./big-exports.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`an import too big for storage is refused in its preview, nothing applied (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await open(page, env.origin, "#/settings");
    const buffer = strongExport(400_000);
    assert.ok(buffer.length > 23e6, `${buffer.length} bytes`);
    const before = await stored(page);
    await csvInput(page).scrollIntoViewIfNeeded();
    await csvInput(page).setInputFiles({ name: "strong.csv", mimeType: "text/csv", buffer });
    // Read a slice at a time, saying how far it got (seconds of reading).
    const data = page.getByRole("region", { name: "Your data" });
    const progress = data.getByRole("status").filter({ hasText: /^Reading… (\d+ rows|row \d+ of 400000)$/ });
    await progress.waitFor();
    await shot(page, `import-reading-${colorScheme}`, { fullPage: false });
    const preview = page.getByRole("region", { name: "Import preview" });
    const refusal = preview.getByRole("alert").filter({ hasText: "This import needs about" });
    await refusal.waitFor({ timeout: 120_000 });
    assert.match(
      await refusal.textContent(),
      /^This import needs about \d+\.\d MB of storage; this browser has room for about 5\.2 MB of Liftsheet's data, and some must stay free for the sessions to come\. Nothing was changed\. Import fewer years: split the file by date and import the most recent part\.$/,
    );
    // Nothing to press that would apply it.
    assert.equal(await preview.getByRole("button", { name: /^Import / }).count(), 0);
    await shot(page, `import-too-big-${colorScheme}`);
    // The progress is gone with the reading.
    assert.equal(await data.getByRole("status").count(), 0);
    await preview.getByRole("button", { name: "Cancel" }).click();
    assert.equal(await stored(page), before);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a 40,000-row export that fits is read in slices, imported and saved", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  await csvInput(page).setInputFiles({ name: "strong.csv", mimeType: "text/csv", buffer: strongExport(40_000) });
  const preview = page.getByRole("region", { name: "Import preview" });
  await preview.getByRole("button", { name: "Import 2000 sessions" }).click();
  await page.getByRole("status").filter({ hasText: "Imported 2000 sessions (40000 sets) from Strong." }).waitFor();
  const doc = JSON.parse(await stored(page));
  assert.equal(doc.log.length, 2000);
  // The wire form: a session's exercises are `x`, their sets `s`.
  assert.equal(doc.log.reduce((n, s) => n + s.x.reduce((m, l) => m + l.s.length, 0), 0), 40_000);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file of one endless line is refused as no export", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  const buffer = Buffer.from("Date,Exercise Name,".repeat(1_600_000));
  assert.ok(buffer.length > 30e6);
  await csvInput(page).setInputFiles({ name: "line.csv", mimeType: "text/csv", buffer });
  await page
    .getByRole("alert")
    .filter({ hasText: "Nothing was imported. This isn't a Strong, Hevy, FitNotes, StrongLifts or Liftsheet export" })
    .waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
