// The second month of use, as a lifter lives it on his phone. So far:
// - sessions on their real dates: yesterday's workout is logged as
//   yesterday's, a wrong date is corrected from History, a future date is
//   refused next to the field, and History follows the dates, not the order
//   things were logged in;
// - a finished session's top set corrected into a miss in History, and the
//   proposal waiting on the Log follows it; once applied, the lifter is told
//   next to the edit and can take the applied change back;
// - a Replace from a backup in one tab, with a second tab open: the second
//   tab takes the new data as it is, says why, and never merges the
//   replaced sessions back;
// - undo where the lifter is: a removed set, an applied proposal and a
//   deleted session each undone from a notice fixed in view, and the undo
//   kept through a reload;
// - the running block edited in place: an accessory raised mid-block, the
//   block's place and working weight kept;
// - stock 5/3/1 trimmed to the deadlift alone, every week: planned from the
//   deadlift's max alone, and its summary says one day a week.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot } from "./harness.mjs";
import {
  buildDeadliftBlock,
  checkAllAndFinish,
  dayFromToday,
  logSquat,
  logWeek,
  nav,
  proposals,
  startStartingStrength,
  tab,
} from "./story-steps.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

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
    await checkAllAndFinish(page);
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

test("a correction after the proposal was applied: told next to the edit, and taken back", async () => {
  const { page, errors, context } = await env.phone();
  await startStartingStrength(page, env.origin);
  await tab(page, "Log");
  await page.getByRole("button", { name: "Start today's session" }).click();
  await checkAllAndFinish(page);
  const card = proposals(page);
  await card.getByRole("button", { name: "Apply" }).click();
  await card.waitFor({ state: "detached" });

  // The last squat set was really 4 reps.
  await tab(page, "History");
  await page.getByRole("button", { name: /^Edit \d{4}-\d\d-\d\d / }).first().click();
  const editor = page.getByRole("article", { name: /^Editing / });
  await editor.getByLabel("Squat set 3 Reps").fill("4");
  const told = editor.getByRole("status").filter({ hasText: "You already applied what this session proposed." });
  await told.waitFor();
  await shot(page, "months-take-back");
  await told.getByRole("button", { name: "Take back the applied changes" }).click();
  await told.waitFor({ state: "detached" });
  await editor.getByRole("button", { name: "Done" }).click();

  // The squat is back at 100 kg, and the corrected session proposes the miss.
  await tab(page, "Log");
  const squat = card.getByRole("listitem").filter({ hasText: /^Squat:/ });
  await squat.waitFor();
  assert.equal(
    (await squat.locator("p.muted").textContent()).trim(),
    "Missed reps (1 of 2 in a row): same weight, 100 kg.",
  );
  assert.deepEqual(errors, []);
  await context.close();
});

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

/** The undo notice: in view (fixed above the tab bar), saying `what`. */
async function undoOffered(page, what) {
  const notice = page.getByRole("status").filter({ hasText: what });
  await notice.waitFor();
  const box = await notice.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `in view: ${JSON.stringify(box)}`);
  return notice;
}

for (const colorScheme of ["light", "dark"]) {
  test(`undo where the lifter is: a set, a proposal, a session (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await startStartingStrength(page, env.origin);
    await tab(page, "Log");
    await page.getByRole("button", { name: "Start today's session" }).click();

    // A set removed far down the page: the undo is in view, not where the set was.
    const sets = async () => page.getByRole("checkbox", { name: / done$/ }).count();
    const n = await sets();
    await page.getByRole("button", { name: /^More for / }).last().click();
    await page.getByRole("button", { name: /^Remove .* set \d+$/ }).last().click();
    assert.equal(await sets(), n - 1);
    const removed = await undoOffered(page, "Set removed.");
    await shot(page, `months-undo-set-${colorScheme}`);
    await removed.getByRole("button", { name: "Undo" }).click();
    await removed.waitFor({ state: "detached" });
    assert.equal(await sets(), n, "the set is back");

    // Every set done, finished: the proposal applied, then undone.
    assert.equal(await checkAllAndFinish(page), n);
    const card = proposals(page);
    await card.getByRole("button", { name: "Apply" }).click();
    await card.waitFor({ state: "detached" });
    const applied = await undoOffered(page, "Changes applied.");
    await applied.getByRole("button", { name: "Undo" }).click();
    await card.getByRole("button", { name: "Apply" }).waitFor();
    // Undone for good: a reload shows it waiting still.
    await page.reload();
    await nav(page).waitFor();
    await card.getByRole("button", { name: "Apply" }).waitFor();

    // The session deleted from History, then undone, and kept so.
    await tab(page, "History");
    const edit = page.getByRole("button", { name: /^Edit \d{4}-\d\d-\d\d / });
    await edit.first().click();
    await page.getByRole("button", { name: "Delete session" }).click();
    await page.getByRole("button", { name: "Yes, delete this session" }).click();
    await edit.first().waitFor({ state: "detached" });
    const deleted = await undoOffered(page, "Session deleted.");
    await shot(page, `months-undo-delete-${colorScheme}`);
    await deleted.getByRole("button", { name: "Undo" }).click();
    await edit.first().waitFor();
    await page.reload();
    await nav(page).waitFor();
    await edit.first().waitFor();
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("liftsheet")));
    assert.equal(stored.log.length, 1);
    assert.deepEqual(stored.deleted ?? [], [], "no deletion mark left to win a merge");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the running block edited in place: an accessory raised mid-block keeps the place and the working weight", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  await page.getByLabel("Unit", { exact: true }).selectOption("lb");
  await tab(page, "Program");
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "5s, then 3s, then singles" });
  await buildDeadliftBlock(page, async () => {});
  await page.getByLabel("Deadlift working weight (lb)", { exact: true }).fill("265");
  await page.getByRole("button", { name: "Start this program" }).click();
  await logWeek(page, 5);
  await proposals(page).getByRole("button", { name: "Apply" }).click();
  await proposals(page).waitFor({ state: "detached" });

  // Week 2 is next, at 275 lb. Good mornings go from 95 to 105 lb.
  await tab(page, "Program");
  await page.getByText("Running: next session Week 2 · Day 1.").waitFor();
  const work = page.getByLabel("Deadlift working weight (lb)", { exact: true });
  assert.equal(await work.inputValue(), "275");
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const editor = page.getByRole("region", { name: "Edit the running program" });
  await editor.waitFor();
  const gm = editor.getByRole("article", { name: /^Good morning/ });
  await gm.getByLabel("Weight (lb)").fill("105");
  await shot(page, "months-edit-running");
  await page.getByRole("button", { name: "Save program" }).click();
  await editor.waitFor({ state: "detached" });
  await undoOffered(page, "Program changed.");

  // One entry, running; same place, same working weight.
  const options = await page.getByLabel("Program", { exact: true }).locator("option").allTextContents();
  assert.equal(options.filter((o) => /Deadlift block/.test(o)).length, 1, options.join(" | "));
  await page.getByText("Running: next session Week 2 · Day 1.").waitFor();
  assert.equal(await work.inputValue(), "275");

  // The next session has the deadlift at 275 and good mornings at 105.
  await tab(page, "Log");
  await page.getByRole("button", { name: "Start today's session" }).click();
  assert.equal(await page.getByLabel("Good morning set 1 Weight (lb)").inputValue(), "105");
  const deadlift = await page.getByLabel(/^Deadlift set \d+ Weight \(lb\)/).evaluateAll((els) => els.map((e) => e.value));
  assert.ok(deadlift.includes("275"), deadlift.join(","));
  assert.deepEqual(errors, []);
  await context.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`5/3/1 trimmed to the deadlift alone, every week (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await open(page, env.origin, "#/settings");
    await page.getByLabel("Unit", { exact: true }).selectOption("lb");
    await tab(page, "Program");
    await page.getByLabel("Program", { exact: true }).selectOption({ label: "5/3/1" });
    // Only the deadlift has a max: its plan shows, the others are asked for.
    await page.getByLabel("Deadlift training max (lb)", { exact: true }).fill("300");
    await page.getByText("Enter a max above for Squat, Bench press and Press to plan them.").waitFor();
    await page.getByRole("table", { name: "Deadlift", exact: true }).first().waitFor();
    await shot(page, `months-531-partial-${colorScheme}`);

    await page.getByRole("button", { name: "Copy and edit" }).click();
    const editor = page.getByRole("region", { name: "Edit your copy" });
    await editor.waitFor();
    const day = editor.getByLabel("Day", { exact: true });
    for (let i = 0; i < 3; i++) {
      // The day shown, unless it is the deadlift's: then the next one.
      if (await editor.getByRole("article", { name: /^Deadlift/ }).count()) {
        await day.selectOption({ index: 1 });
      }
      const days = await day.locator("option").count();
      await editor.getByRole("button", { name: "Remove this day from every week" }).click();
      await page.waitForFunction((n) => document.querySelectorAll("#edit-day option").length === n - 1, days);
    }
    await shot(page, `months-531-trimmed-${colorScheme}`);
    // Every week is the deadlift day alone.
    const weeks = await editor.getByLabel("Week", { exact: true }).locator("option").count();
    for (let w = 0; w < weeks; w++) {
      await editor.getByLabel("Week", { exact: true }).selectOption({ index: w });
      assert.equal(await day.locator("option").count(), 1, `week ${w + 1}`);
      await editor.getByRole("article", { name: /^Deadlift/ }).waitFor();
    }
    await page.getByRole("button", { name: "Save program" }).click();
    await editor.waitFor({ state: "detached" });
    await page.getByText(/^One day a week, one main lift/).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}
