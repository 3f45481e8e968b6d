// The second month of use, as a lifter lives it on his phone. So far:
// - sessions on their real dates: yesterday's workout is logged as
//   yesterday's, a wrong date is corrected from History, a future date is
//   refused next to the field, and History follows the dates, not the order
//   things were logged in;
// - a finished session's top set corrected into a miss in History, and the
//   proposal waiting on the Log follows it;
// - a Replace from a backup in one tab, with a second tab open: the second
//   tab takes the new data as it is, says why, and never merges the
//   replaced sessions back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot } from "./harness.mjs";
import { nav, proposals, startStartingStrength, tab } from "./story-steps.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** The browser's local date `days` from today, as the date picker writes it. */
async function dayFromToday(page, days) {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

/** Logs an empty session of one squat set at `weight` kg × 5, dated `date`
 * (the field's default, today, when `date` is null). */
async function logSquat(page, weight, date) {
  await tab(page, "Log");
  await page.getByRole("button", { name: "Start an empty session" }).click();
  const lifted = page.getByLabel("Lifted on");
  assert.equal(await lifted.inputValue(), await dayFromToday(page, 0), "today by default");
  if (date) await lifted.fill(date);
  await page.getByLabel("Exercise", { exact: true }).selectOption("squat");
  await page.getByRole("button", { name: "Add exercise" }).click();
  await page.getByRole("button", { name: "Add a set to Squat" }).click();
  await page.getByLabel("Squat set 1 Weight (kg)").fill(String(weight));
  await page.getByLabel("Squat set 1 Reps").fill("5");
  await page.getByRole("checkbox", { name: "Squat set 1 done" }).check();
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("heading", { name: "Session saved" }).waitFor();
}

/** History's sessions, newest first, as the dates their Edit buttons name. */
async function historyDates(page) {
  await tab(page, "History");
  const edits = page.getByRole("button", { name: /^Edit \d{4}-\d\d-\d\d / });
  await edits.first().waitFor();
  const names = await edits.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") || e.textContent));
  return names.map((n) => n.match(/\d{4}-\d\d-\d\d/)[0]);
}

for (const colorScheme of ["light", "dark"]) {
  test(`sessions on their real dates: logged late, corrected, never tomorrow (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await open(page, env.origin, "#/log");
    const [today, yesterday, twoAgo, tomorrow] = await Promise.all(
      [0, -1, -2, 1].map((d) => dayFromToday(page, d)),
    );

    // Today's session first, then yesterday's, logged late.
    await logSquat(page, 100, null);
    await tab(page, "Log");
    await page.getByRole("button", { name: "Start an empty session" }).click();
    const lifted = page.getByLabel("Lifted on");
    // Tomorrow is refused next to the field, and Finish won't log over it.
    await lifted.fill(tomorrow);
    await page.getByText("That day hasn't come yet: pick today or earlier.").waitFor();
    assert.equal(await lifted.getAttribute("aria-invalid"), "true");
    assert.equal(await lifted.inputValue(), tomorrow, "the message sits next to the date it is about");
    await shot(page, `months-date-refused-${colorScheme}`);
    await page.getByRole("button", { name: "Discard session" }).click();
    await page.getByRole("button", { name: "Yes, discard this session" }).click();
    await logSquat(page, 95, yesterday);

    // History follows the dates: today's on top, yesterday's below it.
    assert.deepEqual(await historyDates(page), [today, yesterday]);

    // Today's was really the day before yesterday's: corrected in History.
    await page.getByRole("button", { name: new RegExp(`^Edit ${today} `) }).click();
    const editor = page.getByRole("article", { name: /^Editing / });
    await editor.getByLabel("Lifted on").fill(tomorrow);
    await editor.getByText("That day hasn't come yet: pick today or earlier.").waitFor();
    await editor.getByRole("button", { name: "Done" }).click();
    await editor.getByRole("alert").waitFor();
    await editor.getByLabel("Lifted on").fill(twoAgo);
    await shot(page, `months-history-date-${colorScheme}`);
    await editor.getByRole("button", { name: "Done" }).click();
    await editor.waitFor({ state: "detached" });
    assert.deepEqual(await historyDates(page), [yesterday, twoAgo]);

    // Kept through a reload.
    await page.reload();
    await nav(page).waitFor();
    assert.deepEqual(await historyDates(page), [yesterday, twoAgo]);

    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const colorScheme of ["light", "dark"]) {
  test(`a correction in History reaches the proposal that waits (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await startStartingStrength(page, env.origin);
    await tab(page, "Log");
    await page.getByRole("button", { name: "Start today's session" }).click();
    const boxes = page.getByRole("checkbox", { name: / done$/ });
    const n = await boxes.count();
    for (let i = 0; i < n; i++) await boxes.nth(i).check();
    await page.getByRole("button", { name: "Finish session" }).click();
    const card = proposals(page);
    const squat = card.getByRole("listitem").filter({ hasText: /^Squat:/ });
    await squat.waitFor();
    assert.equal((await squat.locator("p.muted").textContent()).trim(), "All reps done: +2.5 kg (102.5 kg).");

    // The last squat set was really 4 reps: corrected in History.
    await tab(page, "History");
    await page.getByRole("button", { name: /^Edit \d{4}-\d\d-\d\d / }).first().click();
    const editor = page.getByRole("article", { name: /^Editing / });
    await editor.getByLabel("Squat set 3 Reps").fill("4");
    await editor.getByRole("button", { name: "Done" }).click();
    await editor.waitFor({ state: "detached" });

    // The Log's waiting proposal now reads the miss.
    await tab(page, "Log");
    await squat.waitFor();
    assert.equal(
      (await squat.locator("p.muted").textContent()).trim(),
      "Missed reps (1 of 2 in a row): same weight, 100 kg.",
    );
    await shot(page, `months-corrected-proposal-${colorScheme}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("Replace means replace: a second tab left open never brings the old sessions back", async () => {
  const { page: a, errors, context } = await env.phone();
  await open(a, env.origin, "#/log");
  await logSquat(a, 100, null);
  // Tab B, opened on History, holds the old session too.
  const b = await context.newPage();
  await open(b, env.origin, "#/history");
  await b.getByRole("button", { name: /^Edit \d{4}-\d\d-\d\d / }).first().waitFor();

  // Tab A restores a one-session backup with Replace.
  await a.goto(`${env.origin}/#/settings`);
  const backup = { schema: 1, log: [{ i: "2023-01-02-aaaaaa", d: "2023-01-02", f: true, x: [{ k: "bench", n: "Bench", s: [{ w: 70, r: 5 }] }] }] };
  await a.getByLabel("Restore a backup (JSON)").setInputFiles({
    name: "backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const preview = a.getByRole("region", { name: "Backup preview" });
  await preview.getByRole("button", { name: "Replace my data" }).click();
  await preview.getByRole("button", { name: "Yes, replace my data" }).click();
  await a.getByText("Your data was replaced by the backup (1 session).").waitFor();

  // Tab B says why its screen changed, in plain words, and shows the backup.
  await b.getByText(/Your data was replaced in another tab/).waitFor();
  assert.deepEqual(await historyDates(b), ["2023-01-02"]);
  await shot(b, "months-replaced-elsewhere");

  // B goes on training: its new session joins the backup, and the replaced
  // session never comes back, in storage or in either tab.
  await logSquat(b, 105, null);
  const stored = async (page) => JSON.parse(await page.evaluate(() => localStorage.getItem("liftsheet")));
  const logged = (doc) => doc.log.map((s) => s.d).sort();
  const today = await dayFromToday(b, 0);
  assert.deepEqual(logged(await stored(b)), ["2023-01-02", today]);
  assert.equal((await stored(b)).log.filter((s) => JSON.stringify(s).includes('"w":100')).length, 0);
  await a.reload();
  await nav(a).waitFor();
  assert.deepEqual(await historyDates(a), [today, "2023-01-02"]);
  assert.deepEqual(errors, []);
  await context.close();
});
