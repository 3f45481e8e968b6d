// Logging a session like a lifter: start, add a lift and sets, type weights,
// check sets off (rest timer starts), reload mid-session (nothing lost),
// remove + undo, finish, and see the session and its e1RM in History (a
// first session sets the lift's baseline: no PR flags).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot } from "./harness.mjs";
import { startStartingStrength } from "./story-steps.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** Starts an empty session with Squat and two sets at 100 × 5 and 105 × 5. */
async function squatSession(page) {
  await page.getByRole("button", { name: "Start an empty session" }).click();
  await page.getByLabel("Exercise", { exact: true }).selectOption("squat");
  await page.getByRole("button", { name: "Add exercise" }).click();
  const add = page.getByRole("button", { name: "Add a set to Squat" });
  await add.click();
  await page.getByLabel("Squat set 1 Weight (kg)").fill("100");
  await page.getByLabel("Squat set 1 Reps").fill("5");
  await add.click();
  await page.getByLabel("Squat set 2 Weight (kg)").fill("105");
}

for (const colorScheme of ["light", "dark"]) {
  test(`logs a session that survives a reload and shows up in History (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await open(page, env.origin, "#/log");
    await squatSession(page);
    // The second set copied the first: 100 kg × 5, then edited to 105.
    assert.equal(await page.getByLabel("Squat set 2 Reps").inputValue(), "5");
    await page.getByRole("checkbox", { name: "Squat set 1 done" }).check();
    const timer = page.getByRole("timer");
    await timer.waitFor();
    assert.match(await timer.textContent(), /^[23]:\d\d$/);
    assert.match(await page.getByText(/Rest after a work set/).textContent(), /work set/);
    // Plates per side on a barbell lift; set 2 builds on set 1's plates
    // (100 kg is 25/15 a side, 105 kg adds a 2.5).
    // In small print under the fields, short; in full behind "More".
    assert.equal(await page.locator(".plate-change").allTextContents().then((t) => t.join("|")), "+2.5 a side");
    await page.getByRole("button", { name: "More for Squat set 2" }).click();
    await page.getByText("Per side: 25/15/2.5", { exact: true }).waitFor();
    await page.getByText("From the set before: +2.5 a side", { exact: true }).waitFor();
    await page.getByRole("button", { name: "More for Squat set 2" }).click();
    await shot(page, `log-session-${colorScheme}`);

    // A killed tab / reload: the session, the typed weight and the check are still there.
    await page.reload();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    assert.equal(await page.getByRole("checkbox", { name: "Squat set 1 done" }).isChecked(), true);
    assert.equal(await page.getByLabel("Squat set 2 Weight (kg)").inputValue(), "105");
    assert.equal(await page.getByRole("checkbox", { name: "Squat set 2 done" }).isChecked(), false);

    // Remove a set, then undo.
    await page.getByRole("button", { name: "Add a set to Squat" }).click();
    await page.getByRole("button", { name: "More for Squat set 3" }).click();
    await page.getByRole("button", { name: "Remove Squat set 3" }).click();
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByLabel("Squat set 3 Weight (kg)").waitFor();
    await page.getByRole("button", { name: "More for Squat set 3" }).click();
    await page.getByRole("button", { name: "Remove Squat set 3" }).click();
    assert.equal(await page.getByLabel("Squat set 3 Weight (kg)").count(), 0);

    // Bad input is explained next to the field, not saved.
    await page.getByLabel("Squat set 2 Reps").fill("5x");
    await page.getByText("Reps are a whole number.").waitFor();
    await page.getByLabel("Squat set 2 Reps").fill("5");
    await page.getByLabel("Squat set 2 RPE").fill("8.5");
    await page.getByRole("checkbox", { name: "Squat set 2 done" }).check();

    await page.getByRole("button", { name: "Finish session" }).click();
    await page.getByRole("heading", { name: "Session saved" }).waitFor();
    const status = await page.getByRole("status").filter({ hasText: "sets done" }).textContent();
    assert.match(status, /2 of 2 sets done/);
    assert.doesNotMatch(status, /PR/, "the first squat session is its baseline");

    await page.getByRole("link", { name: "See it in History" }).click();
    await page.getByRole("heading", { name: "Records" }).waitFor();
    // One session is one estimate: shown as a value, not as a chart. The
    // 105 × 5 @8.5 set's e1RM is from the RTS chart: 105 / 0.824 = 127.4 kg.
    const single = page.locator(".records .single-value").filter({ hasText: "estimated 1RM" });
    await single.waitFor();
    assert.match(await single.textContent(), /Squat estimated 1RM\s*127\.4 kg\s*on \d{4}-\d\d-\d\d/);
    assert.equal(await page.locator(".records svg[role=img]").count(), 0);
    const session = page.getByRole("article");
    assert.equal(await session.count(), 1);
    assert.match(await session.textContent(), /100 kg × 5.*105 kg × 5 @8\.5/);
    assert.equal(await session.locator(".pr").count(), 0);
    assert.match(await page.locator(".records .big").textContent(), /127\.4 kg/);
    await shot(page, `history-${colorScheme}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the rest timer counts from its start time and says when rest is over", async () => {
  const { page, errors, context } = await env.phone();
  await page.clock.install();
  await open(page, env.origin, "#/log");
  await squatSession(page);
  await page.getByRole("checkbox", { name: "Squat set 1 done" }).check();
  const timer = page.getByRole("timer");
  // Renders are asynchronous: wait for what the lifter would see.
  const showsTimer = (text) =>
    page.waitForFunction((t) => document.querySelector('[role="timer"]')?.textContent === t, text);
  await showsTimer("3:00");
  await page.getByRole("button", { name: "30 seconds more" }).click();
  await showsTimer("3:30");
  // Jump the clock like a sleeping tab would: no ticks ran in between.
  await page.clock.fastForward("02:00");
  await page.waitForFunction(() => document.querySelector('[role="timer"]')?.textContent === "1:30");
  await page.clock.fastForward("01:31");
  await page.getByText("Rest over: next set!").waitFor();
  assert.equal(await timer.textContent(), "0:00");
  await page.getByRole("button", { name: "Dismiss" }).click();
  await timer.waitFor({ state: "detached" });
  // The adjusted length is remembered for the next work set.
  await page.getByRole("checkbox", { name: "Squat set 2 done" }).check();
  await showsTimer("3:30");
  assert.deepEqual(errors.filter((e) => !/AudioContext/.test(e)), []);
  await context.close();
});

test("the rest timer keeps counting across a tab switch and a reload", async () => {
  const { page, errors, context } = await env.phone();
  await page.clock.install();
  await open(page, env.origin, "#/log");
  await squatSession(page);
  await page.getByRole("checkbox", { name: "Squat set 1 done" }).check();
  // Renders are asynchronous: wait for what the lifter would see, never read at once.
  const showsTimer = (text) =>
    page.waitForFunction((t) => document.querySelector('[role="timer"]')?.textContent === t, text);
  await showsTimer("3:00");
  await page.getByRole("button", { name: "30 seconds more" }).click();
  await showsTimer("3:30");
  await page.clock.fastForward("00:40");
  await page.waitForFunction(() => document.querySelector('[role="timer"]')?.textContent === "2:50");

  // A glance at the calculator mid-rest: the timer is still running when back.
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Calculate" }).click();
  await page.waitForURL(/#\/calc$/);
  await page.getByRole("timer").waitFor({ state: "detached" });
  await page.clock.fastForward("00:30");
  await nav.getByRole("link", { name: "Log" }).click();
  await page.waitForFunction(() => document.querySelector('[role="timer"]')?.textContent === "2:20");
  assert.match(await page.getByText(/Rest after a work set/).textContent(), /work set/);

  // And across a reload (the tab was killed): same start time, same length.
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  await page.clock.fastForward("00:20");
  await page.waitForFunction(() => {
    const t = document.querySelector('[role="timer"]')?.textContent;
    return t === "2:00" || t === "1:59";
  });
  await page.getByRole("button", { name: "Skip rest" }).click();
  await page.getByRole("timer").waitFor({ state: "detached" });
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  await page.getByLabel("Squat set 1 Weight (kg)").waitFor();
  assert.equal(await page.getByRole("timer").count(), 0, "a skipped rest stays skipped");
  assert.deepEqual(errors.filter((e) => !/AudioContext/.test(e)), []);
  await context.close();
});

test("proposed next maxes wait on the Log tab until applied or dismissed", async () => {
  const { page, errors, context } = await env.phone();
  await startStartingStrength(page, env.origin);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Log" }).click();
  await page.getByRole("button", { name: "Start today's session" }).click();
  const work = page.getByRole("checkbox", { name: /set \d+ done/ });
  const n = await work.count();
  for (let i = 0; i < n; i++) await work.nth(i).check();
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("region", { name: "Proposed for next time" }).waitFor();

  // Away to History and back, then a reload: still there, nothing applied.
  await nav.getByRole("link", { name: "History" }).click();
  await page.getByRole("heading", { name: "Records" }).waitFor();
  // The Program tab points back to them too.
  await nav.getByRole("link", { name: "Program" }).click();
  await page.getByRole("region", { name: "Proposed for next time" }).waitFor();
  await nav.getByRole("link", { name: "Log" }).click();
  const card = page.getByRole("region", { name: "Proposed for next time" });
  await card.waitFor();
  assert.match(await card.textContent(), /Squat: 100 kg → 102\.5 kg/);
  await page.reload();
  await card.waitFor();
  // Starting Strength's squat is a working weight: the program's own number.
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem("liftsheet")).program.progress);
  assert.equal((await stored()).squat.work_weight.milli, 100000);
  // The next session is still planned from the old maxes until applied.
  assert.match(await page.getByRole("region", { name: "Today" }).textContent(), /Squat · 3 sets, top 100 kg/);
  await shot(page, "log-pending-proposals-light");

  await card.getByRole("button", { name: "Apply" }).click();
  await card.waitFor({ state: "detached" });
  assert.equal((await stored()).squat.work_weight.milli, 102500);
  await page.reload();
  await page.getByRole("button", { name: "Start today's session" }).waitFor();
  assert.equal(await page.getByRole("region", { name: "Proposed for next time" }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("discarding a session asks first", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/log");
  await page.getByRole("button", { name: "Start an empty session" }).click();
  await page.getByRole("button", { name: "Discard session" }).click();
  await page.getByRole("button", { name: "Keep it" }).click();
  await page.getByRole("button", { name: "Discard session" }).click();
  await page.getByRole("button", { name: "Yes, discard this session" }).click();
  await page.getByRole("button", { name: "Start an empty session" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("today's session comes from the program; finishing proposes next maxes that change only when applied", async () => {
  const { page, errors, context } = await env.phone();
  await startStartingStrength(page, env.origin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log" }).click();
  await page.getByText(/Starting Strength/).first().waitFor();
  await page.getByRole("button", { name: "Start today's session" }).click();

  // Warm-ups and work sets, prefilled with the plan's weights.
  assert.ok((await page.getByRole("checkbox", { name: /Squat warm-up \d+ done/ }).count()) > 0);
  assert.equal(await page.getByLabel("Squat set 1 Weight (kg)").inputValue(), "100");
  assert.equal(await page.getByLabel("Squat set 1 Reps").inputValue(), "5");
  await shot(page, "log-planned-light");
  const work = page.getByRole("checkbox", { name: /set \d+ done/ });
  const n = await work.count();
  assert.ok(n >= 7, `SS day A has 3+3+1 work sets, found ${n}`);
  for (let i = 0; i < n; i++) await work.nth(i).check();
  await page.getByRole("button", { name: "Finish session" }).click();

  const card = page.getByRole("region", { name: "Proposed for next time" });
  await card.waitFor();
  assert.match(await card.textContent(), /Squat: 100 kg → 102\.5 kg/);
  await shot(page, "log-proposals-light");
  // Nothing changed yet: the stored maxes are still the old ones.
  // Starting Strength's squat is a working weight: the program's own number.
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem("liftsheet")).program.progress);
  assert.equal((await stored()).squat.work_weight.milli, 100000);
  // Edit one, keep another, apply.
  await card.getByLabel("New working weight for Squat (kg)").fill("105");
  await card.getByLabel(/Keep Deadlift as it is \(120 kg\)/).check();
  await card.getByRole("button", { name: "Apply" }).click();
  await card.waitFor({ state: "detached" });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Program" }).click();
  assert.equal(await page.getByLabel("Squat working weight (kg)", { exact: true }).inputValue(), "105");
  assert.equal(await page.getByLabel("Deadlift working weight (kg)", { exact: true }).inputValue(), "120");
  // The program moved on: the next session is the other workout.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log" }).click();
  await page.getByRole("button", { name: "Start today's session" }).click();
  assert.equal(await page.getByLabel("Squat set 1 Weight (kg)").inputValue(), "105");
  assert.deepEqual(errors, []);
  await context.close();
});

test("finishing keeps no number it couldn't read, and asks before logging nothing done", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/log");
  await squatSession(page);
  // A weight past any barbell lift is refused next to the field...
  await page.getByLabel("Squat set 1 Weight (kg)").fill("99999");
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("alert").filter({ hasText: "marked in red" }).waitFor();
  // ...and nothing was finished with the old number in its place.
  await page.getByRole("button", { name: "Discard session" }).waitFor();
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem("liftsheet")).log?.length ?? 0), 0);
  await page.getByLabel("Squat set 1 Weight (kg)").fill("100");
  // Nothing checked off: asked once, then logged on purpose.
  await page.getByRole("button", { name: "Finish session" }).click();
  const ask = page.getByRole("alert").filter({ hasText: "None of these sets is checked off" });
  await ask.waitFor();
  await ask.getByRole("button", { name: "Go back" }).click();
  await ask.waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Finish session" }).click();
  await ask.getByRole("button", { name: "Log it anyway" }).click();
  await page.getByRole("heading", { name: "Session saved" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
