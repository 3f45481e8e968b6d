// Steps that more than one story takes, as a lifter takes them: by labels
// and roles.
import assert from "node:assert/strict";

/** The tab bar. */
export const nav = (page) => page.getByRole("navigation", { name: "Main" });

/** Settings > Your data's CSV import: the file input, by its label. */
export const csvInput = (page) => page.getByLabel("Import from Strong, Hevy, FitNotes or StrongLifts (CSV)");

/** The stored document, as text. */
export const stored = (page) => page.evaluate(() => localStorage.getItem("liftsheet"));

/** Taps the tab named `name` ("Program", "Log", ...). */
export const tab = (page, name) => nav(page).getByRole("link", { name }).click();

/** Starts Starting Strength on the Program tab at these working weights (kg). */
export async function startStartingStrength(page, origin) {
  await page.goto(`${origin}/#/plan`);
  await nav(page).waitFor();
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "Starting Strength" });
  const weights = { Squat: 100, "Bench press": 60, Press: 40, Deadlift: 120 };
  for (const [lift, w] of Object.entries(weights)) {
    await page.getByLabel(`${lift} working weight (kg)`, { exact: true }).fill(String(w));
  }
  await page.getByRole("button", { name: "Start this program" }).click();
}

/** The card of proposals waiting for the lifter (Log and Program tabs). */
export const proposals = (page) => page.getByRole("region", { name: "Proposed for next time" });

/** Copies the block shown ("5s, then 3s, then singles") as `name` and cuts
 * it to the deadlift alone, one day a week. Returns the editor region. */
export async function copyAsDeadliftAlone(page, name) {
  await page.getByRole("button", { name: "Copy and edit" }).click();
  const editor = page.getByRole("region", { name: "Edit your copy" });
  await editor.waitFor();
  await page.getByLabel("Program name").fill(name);
  for (const lift of ["Squat", "Bench press", "Press"]) {
    await editor.getByRole("button", { name: `Remove ${lift}`, exact: true }).click();
    await editor.getByRole("button", { name: `Remove ${lift}`, exact: true }).waitFor({ state: "detached" });
  }
  await editor.getByText("Nothing on this day yet").waitFor();
  await editor.getByRole("button", { name: "Remove this day" }).click();
  await editor.getByText("Nothing on this day yet").waitFor({ state: "detached" });
  return editor;
}

/** Copy and edit the block shown into the deadlift alone, one day a week,
 * with two fixed-weight accessories; saves it. */
export async function buildDeadliftBlock(page, s) {
  const editor = await copyAsDeadliftAlone(page, "Deadlift block");
  await addFixedAccessories(editor);
  await s("editor");
  await page.getByRole("button", { name: "Save program" }).click();
  const picker = page.getByLabel("Program", { exact: true });
  assert.match(await picker.locator("option:checked").textContent(), /Deadlift block/);
}

/** Logs the running program's next day: every set checked off, the deadlift
 * top set done for `reps`. Returns with the "Session saved" card shown. */
export async function logWeek(page, reps) {
  await tab(page, "Log");
  await page.getByRole("button", { name: "Start today's session" }).click();
  await page.getByLabel("Deadlift set 1 Reps").fill(String(reps));
  const n = await checkAllAndFinish(page);
  assert.ok(n >= 4, `warm-ups, the top set and accessories: ${n}`);
  await page.getByRole("heading", { name: "Session saved" }).waitFor();
  if (reps < 5) await page.getByText("one fell short of its reps").waitFor();
}

/** In the program editor: leg curls 5×10 at 30 lb and good mornings 3×8 at
 * 95 lb, added to the day shown from the "Add an accessory" form. */
export async function addFixedAccessories(editor) {
  return addAccessories(editor, [
    ["Leg curl", "5", "10", "30"],
    ["Good morning", "3", "8", "95"],
  ]);
}

/** In the program editor: each [name, sets, reps, weight] added to the day
 * shown from the "Add an accessory" form. Returns the form. */
export async function addAccessories(editor, accessories) {
  const form = editor.getByRole("group", { name: "Add an accessory" });
  for (const [name, sets, reps, weight] of accessories) {
    await form.getByLabel("Search exercises").fill(name);
    await form.getByRole("button", { name: new RegExp(`^${name}, `) }).click();
    await form.getByLabel("Weight (lb)").fill(weight);
    await form.getByLabel("Sets", { exact: true }).fill(sets);
    await form.getByLabel("Reps", { exact: true }).fill(reps);
    await form.getByRole("button", { name: "Add accessory" }).click();
    await editor.getByRole("article", { name: new RegExp(`^${name}`) }).waitFor();
  }
  return form;
}

/** Checks off every set of the session in progress and taps Finish.
 * Returns how many sets there were. */
export async function checkAllAndFinish(page) {
  const boxes = page.getByRole("checkbox", { name: / done$/ });
  const n = await boxes.count();
  for (let i = 0; i < n; i++) await boxes.nth(i).check();
  await page.getByRole("button", { name: "Finish session" }).click();
  return n;
}

/** The browser's local date `days` from today, as the date picker writes it. */
export async function dayFromToday(page, days) {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

/** Logs an empty session of one squat set at `weight` kg × 5, dated `date`
 * (the field's default, today, when `date` is null), and finishes it. */
export async function logSquat(page, weight = 100, date = null) {
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
